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
    /** The media types of images (scans). */
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    /** The largest scan kept: 5 MB. */
    public static final int LARGEST_SCAN = 5 * 1024 * 1024;

    /**
     * A scan (of an acknowledgment-of-receipt card, of a returned envelope): a PDF, PNG or JPEG, told by
     * its content rather than by what the sender claims, of at most 5 MB.
     *
     * @throws InvalidCommandException naming {@code scan} when it is none of those, empty or too large
     */
    public static KeptDocument scan(byte[] content) {
        return received(content, "scan");
    }

    /**
     * A document received from outside (a scan, a customer's attachment): a PDF, PNG or JPEG, told by its
     * content, of at most 5 MB.
     *
     * @param field the field to name when it is refused
     * @throws InvalidCommandException naming {@code field} when it is none of those, empty or too large
     */
    public static KeptDocument received(byte[] content, String field) {
        if (content == null || content.length == 0) {
            throw new InvalidCommandException(field, "is empty");
        }
        if (content.length > LARGEST_SCAN) {
            throw new InvalidCommandException(field, "is larger than 5 MB (" + content.length + " bytes)");
        }
        String type = startsWith(content, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII)) ? PDF
                : startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}) ? PNG
                : startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}) ? JPEG
                : null;
        if (type == null) {
            throw new InvalidCommandException(field, "is not a PDF, PNG or JPEG file (checked by its content)");
        }
        return of(type, content);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

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
