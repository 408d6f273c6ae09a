package org.amicable.dispute.adapter.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.LetterChannel;
import org.amicable.dispute.domain.model.LetterId;
import org.amicable.dispute.domain.port.out.LetterSender;
import org.amicable.dispute.domain.model.RenderedLetter;

/**
 * What both senders share: a registered letter's PDF goes to the print folder and only a copy goes by
 * email; a letter with no address is refused for good; the rest is handed to the medium.
 */
abstract class MailDispatch implements LetterSender {

    private static final System.Logger LOG = System.getLogger(MailDispatch.class.getName());

    final MailSettings settings;
    final MimeLetters mime;
    final Clock clock;

    MailDispatch(MailSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.mime = new MimeLetters(settings);
    }

    /** The medium for one batch: one SMTP connection, or one folder. */
    interface Delivery extends AutoCloseable {
        SendResult deliver(RenderedLetter letter, MimeMessage message, String messageId);

        @Override
        void close();
    }

    abstract Session session();

    abstract Delivery openDelivery();

    @Override
    public final Batch open() {
        Delivery delivery = openDelivery();
        return new Batch() {
            @Override
            public SendResult send(RenderedLetter letter) {
                return sendOne(letter, delivery);
            }

            @Override
            public void close() {
                delivery.close();
            }
        };
    }

    private SendResult sendOne(RenderedLetter rendered, Delivery delivery) {
        LetterId id = rendered.letter().id();
        String messageId = mime.messageId(id);
        boolean printed = false;
        if (rendered.letter().channel() == LetterChannel.REGISTERED_POST) {
            if (settings.printFolder().isPresent()) {
                try {
                    // A letter retried after its email copy failed, or re-sent after a crash, is printed once.
                    FolderDrop.writeOnce(settings.printFolder().get(), id + ".pdf", out -> out.write(rendered.document()));
                    printed = true;
                } catch (IOException e) {
                    return new SendResult.TransientFailure(id, "cannot write the PDF for printing: " + e);
                }
            } else if (rendered.letter().recipient().email().isEmpty()) {
                return new SendResult.PermanentFailure(id,
                        "a registered letter to a customer without email needs a print folder, and none is configured");
            }
        }
        Optional<String> recipient = MimeLetters.recipient(rendered);
        if (recipient.isEmpty()) {
            return printed ? new SendResult.Sent(id, messageId)
                    : new SendResult.PermanentFailure(id, "the customer has no email address");
        }
        MimeMessage message;
        try {
            message = mime.message(session(), rendered, recipient.get(), clock.instant());
        } catch (AddressException e) {
            return printedOr(printed, id, messageId,
                    new SendResult.PermanentFailure(id, "invalid address: " + SafeText.line(e.getMessage())));
        } catch (MessagingException e) {
            return printedOr(printed, id, messageId,
                    new SendResult.PermanentFailure(id, "cannot build the message: " + SafeText.line(String.valueOf(e.getMessage()))));
        }
        SendResult result = delivery.deliver(rendered, message, messageId);
        if (result instanceof SendResult.Sent) {
            // The message as it went out, kept as evidence beside the letter's PDF.
            try {
                return new SendResult.Sent(id, messageId, Optional.of(asSent(message)));
            } catch (IOException | MessagingException e) {
                LOG.log(System.Logger.Level.ERROR, "letter {0} went out but its email cannot be serialised: {1}", id, e);
                return result;
            }
        }
        return result instanceof SendResult.PermanentFailure ? printedOr(printed, id, messageId, result) : result;
    }

    /** The original of a registered letter is on its way by post: a copy that cannot be emailed does not fail it. */
    private static SendResult printedOr(boolean printed, LetterId id, String messageId, SendResult failure) {
        if (!printed) {
            return failure;
        }
        LOG.log(System.Logger.Level.WARNING, "registered letter {0} printed, but its email copy failed: {1}", id, failure);
        return new SendResult.Sent(id, messageId);
    }

    /** The MIME message's bytes; once saved (its headers fixed), it writes the same bytes every time. */
    static byte[] asSent(MimeMessage message) throws IOException, MessagingException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(64 * 1024);
        message.writeTo(out);
        return out.toByteArray();
    }

    static Path emlFile(Path folder, LetterId id) {
        return folder.resolve(id + ".eml");
    }
}
