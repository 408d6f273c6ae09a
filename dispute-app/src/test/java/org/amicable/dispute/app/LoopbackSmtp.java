package org.amicable.dispute.app;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A real SMTP server (GreenMail) on a free loopback port, for application processes to send their letters to. */
final class LoopbackSmtp implements AutoCloseable {

    private final GreenMail server;

    private LoopbackSmtp(GreenMail server) {
        this.server = server;
    }

    static LoopbackSmtp start() throws IOException {
        GreenMail server = new GreenMail(new ServerSetup(AppProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return new LoopbackSmtp(server);
    }

    /** Settings of an application that sends here, prints into {@code printFolder} and dispatches every 100 ms. */
    Map<String, Object> applicationSettings(Path printFolder) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("amicable.mail.host", "127.0.0.1");
        settings.put("amicable.mail.port", server.getSmtp().getPort());
        settings.put("amicable.mail.print-folder", printFolder.toString());
        settings.put("amicable.escalation.schedule.enabled", "false");
        settings.put("amicable.dispatch.interval", "100ms");
        settings.put("amicable.dispatch.initial-delay", "100ms");
        return settings;
    }

    MimeMessage[] messages() {
        return server.getReceivedMessages();
    }

    int received() {
        return server.getReceivedMessages().length;
    }

    /** The Message-IDs received, each once however often its letter came. */
    Set<String> distinctMessageIds() {
        Set<String> ids = new HashSet<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            try {
                ids.add(message.getMessageID());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return ids;
    }

    @Override
    public void close() {
        server.stop();
    }
}
