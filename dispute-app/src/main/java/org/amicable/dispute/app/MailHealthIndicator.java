package org.amicable.dispute.app;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.amicable.dispute.adapter.mail.MailSettings;
import org.amicable.dispute.domain.port.out.LetterOutbox;

/**
 * Mail is UP when the SMTP server accepts a connection, or the pickup folder can be written; else
 * DEGRADED, which is still operational: letters wait in the outbox and go out when mail is back, so
 * an outage of the mail server must not make a probe restart or unroute the application.
 */
@Singleton
@Readiness
final class MailHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    /** Operational, and less severe than DOWN. */
    static final HealthStatus DEGRADED = new HealthStatus("DEGRADED", "letters wait in the outbox until mail is back",
            true, 500);

    private final MailSettings settings;
    private final LetterOutbox outbox;

    MailHealthIndicator(MailSettings settings, LetterOutbox outbox) {
        this.settings = settings;
        this.outbox = outbox;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("letters", outbox.counts());
        if (settings.host().isPresent()) {
            String host = settings.host().get();
            details.put("smtp", host + ":" + settings.port());
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, settings.port()), 2000);
                healthStatus = HealthStatus.UP;
            } catch (IOException e) {
                details.put("error", e.getMessage());
                healthStatus = DEGRADED;
            }
        } else {
            Path folder = settings.pickupFolder().orElseThrow();
            details.put("pickupFolder", folder.toAbsolutePath().toString());
            try {
                Files.createDirectories(folder);
                healthStatus = Files.isWritable(folder) ? HealthStatus.UP : DEGRADED;
            } catch (IOException e) {
                details.put("error", e.getMessage());
                healthStatus = DEGRADED;
            }
        }
        return details;
    }

    @Override
    protected String getName() {
        return "mail";
    }
}
