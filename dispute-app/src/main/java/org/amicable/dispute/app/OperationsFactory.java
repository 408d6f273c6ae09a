package org.amicable.dispute.app;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.util.List;
import org.amicable.dispute.adapter.mail.MailSettings;
import org.amicable.dispute.domain.port.out.LetterOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What an operator sees: the outbox in the metrics, and where everything is, logged at start. */
@Factory
final class OperationsFactory {

    private static final Logger LOG = LoggerFactory.getLogger("amicable");

    /** The outbox is looked up lazily: the datasource's own metrics need the registry first. */
    @Singleton
    MeterBinder outboxMetrics(BeanProvider<LetterOutbox> outbox) {
        return registry -> {
            for (String status : List.of("PENDING", "SENT", "FAILED")) {
                Gauge.builder("amicable.letters", outbox, box -> box.get().counts().getOrDefault(status, 0L))
                        .tag("status", status.toLowerCase())
                        .description("Letters in the outbox, by status")
                        .register(registry);
            }
        };
    }

    @Singleton
    ApplicationEventListener<ServerStartupEvent> whereEverythingIs(MailSettings mail,
            @Value("${datasources.default.url}") String databaseUrl) {
        return event -> {
            String url = event.getSource().getURL().toString();
            LOG.info("Amicable is up at {}", url);
            LOG.info("API documentation: {}/swagger-ui/index.html (OpenAPI at {}/swagger/)", url, url);
            LOG.info("Health: {}/health, metrics: {}/prometheus", url, url);
            LOG.info("Database: {}", databaseUrl);
            LOG.info("Letters: {}", mail.host().map(host -> "SMTP " + host + ":" + mail.port())
                    .orElse("dropped as .eml files in " + mail.pickupFolder().map(path -> path.toAbsolutePath().toString())
                            .orElse("?") + ", registered letters' PDFs in "
                            + mail.printFolder().map(path -> path.toAbsolutePath().toString()).orElse("?")));
        };
    }

}
