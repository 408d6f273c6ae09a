package org.amicable.dispute.adapter.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import org.amicable.dispute.domain.model.RenderedLetter;

/**
 * Without an SMTP server: each message is written as it would have been sent (RFC 5322) to
 * {@code <pickup folder>/<letter id>.eml}, under a temporary name first and then renamed.
 */
public final class PickupFolderLetterSender extends MailDispatch {

    private final Path folder;
    private final Session session;

    public PickupFolderLetterSender(MailSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public PickupFolderLetterSender(MailSettings settings, Clock clock) {
        super(settings, clock);
        this.folder = settings.pickupFolder()
                .orElseThrow(() -> new IllegalArgumentException("the pickup sender needs a pickup folder"));
        this.session = Session.getInstance(new Properties());
    }

    @Override
    Session session() {
        return session;
    }

    @Override
    Delivery openDelivery() {
        return new Delivery() {
            @Override
            public SendResult deliver(RenderedLetter letter, MimeMessage message, String messageId) {
                try {
                    FolderDrop.write(folder, emlFile(folder, letter.letter().id()).getFileName().toString(), out -> {
                        try {
                            message.writeTo(out);
                        } catch (MessagingException e) {
                            throw new IOException(e);
                        }
                    });
                    return new SendResult.Sent(letter.letter().id(), messageId);
                } catch (IOException e) {
                    return new SendResult.TransientFailure(letter.letter().id(), "cannot write to the pickup folder: " + e);
                }
            }

            @Override
            public void close() {
            }
        };
    }
}
