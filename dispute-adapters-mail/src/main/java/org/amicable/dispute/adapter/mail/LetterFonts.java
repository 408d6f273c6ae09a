package org.amicable.dispute.adapter.mail;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import java.util.BitSet;

/**
 * The letters' fonts: DejaVu Sans and DejaVu Sans Bold (Bitstream Vera licence, see
 * {@code fonts/LICENSE-DejaVu.txt}), bundled with the module and embedded in every PDF as a subset of
 * the glyphs the letter uses. They draw Latin, Greek, Cyrillic, Hebrew, Arabic and many symbols; not
 * CJK nor most emoji.
 *
 * <p>Both fonts are parsed once per JVM (about 80 ms) and shared by every renderer and thread:
 * OpenPDF keeps the glyphs a document uses in the document's writer, not in the font.
 */
final class LetterFonts {

    private static final BitSet SPACE_GLYPHS = new BitSet();
    private static final BaseFont REGULAR_FONT = load("DejaVuSans.ttf", 'A');
    private static final BaseFont BOLD_FONT = load("DejaVuSans-Bold.ttf", 'B');

    static final Font REGULAR = new Font(REGULAR_FONT, 10, Font.NORMAL);
    static final Font BOLD = new Font(BOLD_FONT, 10, Font.NORMAL);
    static final Font SMALL = new Font(REGULAR_FONT, 9, Font.NORMAL);

    private LetterFonts() {
    }

    /** Whether both fonts have a glyph for the code point (a value may be printed in either). */
    static boolean canDraw(int codePoint) {
        return REGULAR_FONT.charExists(codePoint) && BOLD_FONT.charExists(codePoint);
    }

    /**
     * Whether a glyph number is that of a space character in either font: a glyph without an outline
     * whose metrics {@link LetterPdfWriter} keeps in the embedded subset.
     */
    static boolean isSpaceGlyph(int glyph) {
        return SPACE_GLYPHS.get(glyph);
    }

    private static BaseFont load(String file, char tag) {
        try (InputStream in = LetterFonts.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " missing from the module's resources");
            }
            // Identity-H: any Unicode character the font has, not only a one-byte encoding.
            byte[] bytes = in.readAllBytes();
            SPACE_GLYPHS.or(spaceGlyphs(bytes));
            BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            // Subset: only the glyphs used (a few KB), not the whole font (about 700 KB) in every letter.
            font.setSubset(true);
            // OpenPDF names a subset "XXXXXX+DejaVuSans" with six letters drawn at random, which would make
            // two renders of the same letter differ. A fixed tag per font keeps the bytes reproducible; the
            // tags only need to differ between the subsets of one file, and the two fonts' tags do.
            font.setSecureRandom(new FixedTag(tag));
            // Fastest compression for what OpenPDF compresses per font (the subset, its ToUnicode map):
            // LetterPdfWriter inflates the subset again, trims it and compresses it fully, once.
            font.setCompressionLevel(PdfStream.BEST_SPEED);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot load font " + file, e);
        }
    }

    /**
     * The glyph numbers of the space characters (U+0020, U+00A0, U+2000 to U+200A, U+202F...), from the
     * font's Unicode BMP character map (format 4, platform 3 encoding 1).
     */
    static BitSet spaceGlyphs(byte[] font) {
        ByteBuffer in = ByteBuffer.wrap(font);
        BitSet glyphs = new BitSet();
        int tables = in.getShort(4) & 0xFFFF;
        int cmap = -1;
        for (int i = 0; i < tables; i++) {
            if ("cmap".equals(new String(font, 12 + 16 * i, 4, StandardCharsets.ISO_8859_1))) {
                cmap = in.getInt(12 + 16 * i + 8);
            }
        }
        int map = -1;
        for (int i = 0; cmap >= 0 && i < (in.getShort(cmap + 2) & 0xFFFF); i++) {
            int record = cmap + 4 + 8 * i;
            if (in.getShort(record) == 3 && in.getShort(record + 2) == 1 && in.getShort(cmap + in.getInt(record + 4)) == 4) {
                map = cmap + in.getInt(record + 4);
            }
        }
        if (map < 0) {
            throw new IllegalStateException("font without a Unicode BMP character map");
        }
        int segments = (in.getShort(map + 6) & 0xFFFF) / 2;
        int ends = map + 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int rangeOffsets = deltas + 2 * segments;
        for (int cp = 0; cp <= 0xFFFF; cp++) {
            if (!Character.isSpaceChar(cp)) {
                continue;
            }
            for (int s = 0; s < segments; s++) {
                int end = in.getShort(ends + 2 * s) & 0xFFFF;
                int start = in.getShort(starts + 2 * s) & 0xFFFF;
                if (cp > end || cp < start) {
                    continue;
                }
                int delta = in.getShort(deltas + 2 * s);
                int rangeOffset = in.getShort(rangeOffsets + 2 * s) & 0xFFFF;
                int glyph = rangeOffset == 0 ? cp + delta
                        : in.getShort(rangeOffsets + 2 * s + rangeOffset + 2 * (cp - start)) & 0xFFFF;
                if (rangeOffset != 0 && glyph != 0) {
                    glyph += delta;
                }
                glyphs.set(glyph & 0xFFFF);
                break;
            }
        }
        return glyphs;
    }

    /**
     * The "random" that OpenPDF draws a subset tag from ({@code BaseFont.createSubsetPrefix()}: six calls
     * to {@code nextDouble()}, each mapped to 'A' + (int) (value * 26)): always the same letter, so the
     * tag is e.g. "AAAAAA+". Stateless, hence safe to share between threads. Nothing else may use it.
     */
    private static final class FixedTag extends SecureRandom {

        private static final long serialVersionUID = 1L;
        private final double value;

        FixedTag(char letter) {
            super(new NoBytes(), null);
            this.value = (letter - 'A' + 0.5) / 26;
        }

        @Override
        public double nextDouble() {
            return value;
        }
    }

    private static final class NoBytes extends SecureRandomSpi {

        private static final long serialVersionUID = 1L;

        @Override
        protected void engineSetSeed(byte[] seed) {
            // Nothing to seed: the tag is fixed.
        }

        @Override
        protected void engineNextBytes(byte[] bytes) {
            throw new UnsupportedOperationException("only for the font subset tag, never for anything secret");
        }

        @Override
        protected byte[] engineGenerateSeed(int numBytes) {
            throw new UnsupportedOperationException("only for the font subset tag, never for anything secret");
        }
    }
}
