package org.amicable.dispute.adapter.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;

/** Reads the parts of a letter's message back, as a mail client would. */
final class Mails {

    final String plain;
    final String html;
    final byte[] pdf;
    final String pdfName;

    Mails(MimeMessage message) throws MessagingException, IOException {
        Multipart mixed = (Multipart) message.getContent();
        if (mixed.getCount() != 2) {
            throw new AssertionError("expected the body and the PDF, got " + mixed.getCount() + " parts");
        }
        BodyPart body = mixed.getBodyPart(0);
        if (!body.isMimeType("multipart/alternative")) {
            throw new AssertionError("first part is " + body.getContentType());
        }
        Multipart alternative = (Multipart) body.getContent();
        this.plain = (String) alternative.getBodyPart(0).getContent();
        this.html = (String) alternative.getBodyPart(1).getContent();
        if (!alternative.getBodyPart(0).isMimeType("text/plain") || !alternative.getBodyPart(1).isMimeType("text/html")) {
            throw new AssertionError("alternatives are not text/plain then text/html");
        }
        BodyPart attachment = mixed.getBodyPart(1);
        if (!attachment.isMimeType("application/pdf") || !Part.ATTACHMENT.equalsIgnoreCase(attachment.getDisposition())) {
            throw new AssertionError("second part is " + attachment.getContentType());
        }
        this.pdfName = attachment.getFileName();
        try (InputStream in = attachment.getInputStream()) {
            this.pdf = in.readAllBytes();
        }
    }
}
