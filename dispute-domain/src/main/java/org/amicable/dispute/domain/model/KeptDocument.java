package org.amicable.dispute.domain.model;

import java.util.Objects;

/**
 * A document kept as evidence exactly as it went out (a letter's PDF, the email as sent),
 * addressed by the SHA-256 of its bytes. The timeline records the hash; the storage keeps the bytes.
 *
 * @param sha256    SHA-256 of the content, 64 lowercase hex digits: its address
 * @param mediaType what it is, e.g. {@code application/pdf}, {@code message/rfc822}
 * @param content   the bytes
 */
public record KeptDocument(String sha256, String mediaType, byte[] content) {

    /** The media type of a letter's document. */
    public static final String PDF = "application/pdf";
    /** The media type of an email as sent: the whole MIME message. */
    public static final String EMAIL = "message/rfc822";

    public KeptDocument {
        Objects.requireNonNull(sha256, "sha256");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits");
        }
        Text.line(mediaType, "mediaType", 100);
        Objects.requireNonNull(content, "content");
    }

    /** The document for these bytes, its address computed from them. */
    public static KeptDocument of(String mediaType, byte[] content) {
        return new KeptDocument(Timeline.sha256Hex(content), mediaType, content.clone());
    }

    /** Whether the bytes still hash to the address they were kept under. */
    public boolean matchesItsHash() {
        return Timeline.sha256Hex(content).equals(sha256);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeptDocument document && document.sha256.equals(sha256)
                && document.mediaType.equals(mediaType) && java.util.Arrays.equals(document.content, content);
    }

    @Override
    public int hashCode() {
        return sha256.hashCode();
    }

    @Override
    public String toString() {
        return "KeptDocument[" + mediaType + ", " + content.length + " bytes, sha256=" + sha256 + "]";
    }
}
