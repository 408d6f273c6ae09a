package org.amicable.dispute.domain.model;

import java.util.Objects;

/**
 * A letter as the customer reads it: the document kept as evidence (a PDF) and its email form.
 *
 * @param letter    the letter rendered
 * @param subject   the subject line
 * @param plainText the email body as plain text
 * @param html      the email body as HTML
 * @param document  the letter itself, as a PDF; its SHA-256 is the letter's content hash
 */
public record RenderedLetter(Letter letter, String subject, String plainText, String html, byte[] document) {

    public RenderedLetter {
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(plainText, "plainText");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(document, "document");
    }

    /** SHA-256 of the document, in lowercase hex: what the timeline records. */
    public String contentHash() {
        return Timeline.sha256Hex(document);
    }
}
