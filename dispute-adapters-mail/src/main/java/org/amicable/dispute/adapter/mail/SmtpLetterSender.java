package org.amicable.dispute.adapter.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;
import org.amicable.dispute.domain.model.RenderedLetter;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Sends letters through an SMTP server (Jakarta Mail, Angus): one connection per batch, TCP_NODELAY
 * on, failures classified from the server's reply: 4xx or no answer is transient, 5xx is permanent.
 */
public final class SmtpLetterSender extends MailDispatch {

    private final Session session;
    private final String host;

    public SmtpLetterSender(MailSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public SmtpLetterSender(MailSettings settings, Clock clock) {
        super(settings, clock);
        this.host = settings.host().orElseThrow(() -> new IllegalArgumentException("the SMTP sender needs a host"));
        Authenticator authenticator = settings.user().isPresent() ? new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user().get(), settings.password().orElse(""));
            }
        } : null;
        // Never the JVM-wide default session: other code (and GreenMail) would share or change it.
        this.session = Session.getInstance(properties(settings), authenticator);
    }

    static Properties properties(MailSettings settings) {
        Properties props = new Properties();
        String timeout = Long.toString(settings.timeout().toMillis());
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", settings.host().orElse("localhost"));
        props.put("mail.smtp.port", Integer.toString(settings.port()));
        props.put("mail.smtp.connectiontimeout", timeout);
        props.put("mail.smtp.timeout", timeout);
        props.put("mail.smtp.from", settings.from());
        props.put("mail.smtp.localhost", settings.from().substring(settings.from().lastIndexOf('@') + 1));
        props.put("mail.smtp.quitwait", "false");
        props.put("mail.smtp.socketFactory", new NoDelaySocketFactory(SocketFactory.getDefault()));
        props.put("mail.smtp.socketFactory.fallback", "false");
        props.put("mail.smtp.ssl.socketFactory", new NoDelaySocketFactory.Tls((SSLSocketFactory) SSLSocketFactory.getDefault()));
        props.put("mail.smtp.ssl.checkserveridentity", "true");
        if (settings.security() == MailSettings.Security.STARTTLS) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        } else if (settings.security() == MailSettings.Security.SMTPS) {
            props.put("mail.smtp.ssl.enable", "true");
        }
        if (settings.user().isPresent()) {
            props.put("mail.smtp.auth", "true");
        }
        return props;
    }

    @Override
    Session session() {
        return session;
    }

    @Override
    Delivery openDelivery() {
        return new Connection();
    }

    /** One SMTP connection, opened at the first message and kept for the batch. */
    private final class Connection implements Delivery {
        private Transport transport;
        private String unreachable;

        @Override
        public SendResult deliver(RenderedLetter letter, MimeMessage message, String messageId) {
            if (unreachable != null) {
                return new SendResult.TransientFailure(letter.letter().id(), unreachable);
            }
            if (transport == null) {
                try {
                    transport = session.getTransport("smtp");
                    transport.connect(host, settings.port(), settings.user().orElse(null), settings.password().orElse(null));
                } catch (MessagingException e) {
                    transport = null;
                    // No point trying again for every letter of the batch: they all wait for the next run.
                    unreachable = "cannot connect to " + host + ":" + settings.port() + ": " + describe(e);
                    return new SendResult.TransientFailure(letter.letter().id(), unreachable);
                }
            }
            try {
                transport.sendMessage(message, message.getAllRecipients());
                return new SendResult.Sent(letter.letter().id(), messageId);
            } catch (MessagingException e) {
                int code = replyCode(e);
                if (code >= 500 && code < 600) {
                    return new SendResult.PermanentFailure(letter.letter().id(), describe(e));
                }
                if (code < 400 && !(e instanceof SendFailedException failed && hasInvalid(failed))) {
                    // No SMTP reply: the connection is in doubt; the next letter opens a new one.
                    close();
                } else if (code < 400) {
                    return new SendResult.PermanentFailure(letter.letter().id(), describe(e));
                }
                return new SendResult.TransientFailure(letter.letter().id(), describe(e));
            }
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    // The batch's results are already known; a failed QUIT changes none of them.
                }
                transport = null;
            }
        }
    }

    private static boolean hasInvalid(SendFailedException e) {
        return e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0
                && (e.getValidSentAddresses() == null || e.getValidSentAddresses().length == 0);
    }

    /** The SMTP reply code found in the exception chain, or -1 when the server gave none. */
    static int replyCode(Exception e) {
        for (Throwable t : chain(e)) {
            int code = -1;
            if (t instanceof SMTPAddressFailedException failed) {
                code = failed.getReturnCode();
            } else if (t instanceof SMTPSenderFailedException failed) {
                code = failed.getReturnCode();
            } else if (t instanceof SMTPSendFailedException failed) {
                code = failed.getReturnCode();
            }
            if (code > 0) {
                return code;
            }
        }
        return -1;
    }

    /** What went wrong, on one line: the server's replies, or the network error. */
    static String describe(Exception e) {
        Set<String> parts = new LinkedHashSet<>();
        for (Throwable t : chain(e)) {
            String message = t.getMessage();
            if (message != null && !message.isBlank()) {
                parts.add(SafeText.line(message));
            } else {
                parts.add(t.getClass().getSimpleName());
            }
        }
        return SafeText.shortened(String.join(" / ", parts), 1000);
    }

    private static List<Throwable> chain(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        Throwable current = e;
        while (current != null && !chain.contains(current) && chain.size() < 10) {
            chain.add(current);
            Throwable next = current instanceof MessagingException messaging && messaging.getNextException() != null
                    ? messaging.getNextException() : current.getCause();
            current = next;
        }
        return chain;
    }
}
