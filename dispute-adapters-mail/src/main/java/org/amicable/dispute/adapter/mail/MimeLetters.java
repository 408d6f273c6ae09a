package org.amicable.dispute.adapter.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.amicable.dispute.domain.model.LetterId;
import org.amicable.dispute.domain.model.RenderedLetter;

/** Turns a rendered letter into the MIME message that goes out (RFC 5322). */
final class MimeLetters {

    static final String LETTER_ID_HEADER = "X-Amicable-Letter-Id";

    private final MailSettings settings;
    private final String messageIdDomain;

    MimeLetters(MailSettings settings) {
        this.settings = settings;
        String from = settings.from();
        this.messageIdDomain = from.substring(from.lastIndexOf('@') + 1).replaceAll("[^A-Za-z0-9.-]", "");
    }

    /** {@code <letter-id@sender-domain>}: a letter sent again carries the same Message-ID. */
    String messageId(LetterId id) {
        return "<" + id + "@" + messageIdDomain + ">";
    }

    /**
     * The message for the customer's email address.
     *
     * @throws AddressException when the customer's address is not one a server would accept
     */
    MimeMessage message(Session session, RenderedLetter rendered, String recipient, Instant sentAt)
            throws MessagingException {
        String messageId = messageId(rendered.letter().id());
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(address(settings.from(), settings.company().name()));
        if (settings.replyTo().isPresent()) {
            message.setReplyTo(new InternetAddress[] {new InternetAddress(settings.replyTo().get(), true)});
        }
        InternetAddress to = address(recipient, rendered.letter().recipient().name());
        to.validate();
        message.setRecipient(MimeMessage.RecipientType.TO, to);
        // Header values: no CR/LF can reach them, and non-ASCII is RFC 2047-encoded by Jakarta Mail.
        message.setSubject(SafeText.line(rendered.subject()), "UTF-8");
        message.setSentDate(Date.from(sentAt));
        message.setHeader(LETTER_ID_HEADER, rendered.letter().id().toString());
        message.setHeader("Auto-Submitted", "auto-generated");

        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(rendered.plainText(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(rendered.html(), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative", plain, html);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);

        MimeBodyPart pdf = new MimeBodyPart();
        pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(rendered.document(), "application/pdf")));
        pdf.setFileName(PdfLetterRenderer.attachmentName(rendered));
        pdf.setDisposition(Part.ATTACHMENT);

        message.setContent(new MimeMultipart("mixed", body, pdf));
        message.saveChanges();
        return message;
    }

    /** The customer's email address, if the letter can go by email at all. */
    static Optional<String> recipient(RenderedLetter rendered) {
        return rendered.letter().recipient().email();
    }

    private static InternetAddress address(String email, String name) throws AddressException {
        InternetAddress address = new InternetAddress(email, true);
        try {
            address.setPersonal(SafeText.shortened(SafeText.line(name), LetterComposer.MAX_LINE), "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("every JDK has UTF-8", e);
        }
        return address;
    }
}
