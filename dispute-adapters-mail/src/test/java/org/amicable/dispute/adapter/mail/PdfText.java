package org.amicable.dispute.adapter.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;

/** The text of a PDF, as a reader (or a court) extracts it, with spaces and line breaks normalised. */
final class PdfText {

    private PdfText() {
    }

    static String of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            return text.replace('\u00A0', ' ').replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text has each word's letters of that script, in order or reversed: pdfbox may extract a
     * right-to-left run either way. Arabic presentation forms (the joined letters) are folded back by NFKC.
     */
    static void assertHasWords(String text, Character.UnicodeScript script, String... words) {
        String letters = letters(Normalizer.normalize(text, Normalizer.Form.NFKC), script);
        for (String word : words) {
            String expected = letters(word, script);
            Assertions.assertThat(letters).as("%s letters of %s in %s", script, word, text)
                    .containsAnyOf(expected, new StringBuilder(expected).reverse().toString());
        }
    }

    private static String letters(String text, Character.UnicodeScript script) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(cp -> Character.isLetter(cp) && Character.UnicodeScript.of(cp) == script)
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
