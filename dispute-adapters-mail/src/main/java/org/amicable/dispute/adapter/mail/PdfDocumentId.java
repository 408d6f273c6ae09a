package org.amicable.dispute.adapter.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.amicable.dispute.domain.model.Letter;

/**
 * OpenPDF writes a document id made from the clock and memory into the trailer; this replaces it, byte for
 * byte at the same length, with one derived from what the document is, so that a render is reproducible.
 */
final class PdfDocumentId {

    private PdfDocumentId() {
    }

    /** The PDF with its id derived from the letter's id. */
    static byte[] withDocumentId(byte[] pdf, Letter letter) {
        return withDocumentId(pdf, "amicable-letter:" + letter.id());
    }

    /** The same, with the id derived from {@code seed}. */
    static byte[] withDocumentId(byte[] pdf, String seed) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int trailer = text.lastIndexOf("trailer");
        int id = trailer < 0 ? -1 : text.indexOf("/ID", trailer);
        if (id < 0) {
            return pdf;
        }
        int open = text.indexOf('<', id);
        int close = text.indexOf('>', open);
        int length = close - open - 1;
        String hex = HexFormat.of().formatHex(sha256(seed.getBytes(StandardCharsets.UTF_8)));
        String replacement = hex.repeat(length / hex.length() + 1).substring(0, length);
        StringBuilder patched = new StringBuilder(text);
        int from = open;
        // The id is an array of two strings; both get the derived value.
        for (int i = 0; i < 2 && from >= 0; i++) {
            int start = text.indexOf('<', from);
            int end = text.indexOf('>', start);
            if (start < 0 || end < 0 || end - start - 1 != length) {
                break;
            }
            patched.replace(start + 1, end, replacement);
            from = end + 1;
        }
        return patched.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
