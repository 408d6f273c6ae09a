package org.amicable.dispute.adapter.mail;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.PdfStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * The letters' fonts, bundled with the module and embedded in every PDF as a subset of the glyphs the
 * letter uses: DejaVu Sans and DejaVu Sans Bold (Bitstream Vera licence, {@code fonts/LICENSE-DejaVu.txt})
 * for Latin, Greek, Cyrillic, Hebrew, Arabic and symbols; then, for what DejaVu cannot draw, Noto Sans
 * Thai and Noto Sans Devanagari (SIL Open Font License, {@code fonts/LICENSE-Noto.txt}) and Droid Sans
 * Fallback for CJK ideographs and kana (Apache License 2.0, {@code fonts/LICENSE-DroidSansFallback.txt}) and
 * NanumGothic for Hangul (SIL Open Font License, {@code fonts/LICENSE-Nanum.txt}). All are TrueType, read
 * from the module's resources, never from the host. The last two have no bold here: bold CJK and Hangul
 * print in their regular weight.
 *
 * <p>A text is cut into runs, each in the first font of the chain that draws its characters
 * ({@link #phrase(String, Style)}). Devanagari is shaped: its runs are laid out by Java's text layout
 * (OpenPDF's {@link LayoutProcessor}), so that conjuncts, the reph and the vowel sign i print as a reader
 * of Hindi writes them; each such run carries its text as /ActualText, so that it extracts in the order
 * typed although its glyphs are drawn in another. The other scripts need no shaping here: their glyphs
 * are drawn one per character.
 *
 * <p>The fonts are parsed once per JVM and shared by every renderer and thread: OpenPDF keeps the
 * glyphs a document uses in the document's writer, not in the font.
 */
final class LetterFonts {

    private static final BitSet SPACE_GLYPHS = new BitSet();
    private static final BaseFont REGULAR_FONT = load("DejaVuSans.ttf", 'A');
    private static final BaseFont BOLD_FONT = load("DejaVuSans-Bold.ttf", 'B');
    private static final BaseFont FALLBACK_CJK = load("DroidSansFallbackFull.ttf", 'C');
    private static final BaseFont FALLBACK_HANGUL = load("NanumGothic.ttf", 'H');
    private static final BaseFont DEVANAGARI = load("NotoSansDevanagari-Regular.ttf", 'E');
    private static final BaseFont DEVANAGARI_BOLD = load("NotoSansDevanagari-Bold.ttf", 'G');
    /** The fonts tried in turn for a regular and for a bold text; the first is the letter's own font. */
    private static final List<BaseFont> REGULAR_CHAIN = List.of(REGULAR_FONT, load("NotoSansThai-Regular.ttf", 'D'),
            DEVANAGARI, FALLBACK_CJK, FALLBACK_HANGUL);
    private static final List<BaseFont> BOLD_CHAIN = List.of(BOLD_FONT, load("NotoSansThai-Bold.ttf", 'F'),
            DEVANAGARI_BOLD, FALLBACK_CJK, FALLBACK_HANGUL);

    /**
     * For each character of the Basic Multilingual Plane, the index in each chain of the first font that
     * draws it, or -1: looked up once here rather than in five fonts for every character of every letter.
     */
    private static final byte[] FIRST_REGULAR = firstFonts(REGULAR_CHAIN);
    private static final byte[] FIRST_BOLD = firstFonts(BOLD_CHAIN);

    static {
        // Once every font is made: the layout processor is global, and once enabled OpenPDF offers it each
        // font created after (BaseFont.createFont), which it would look for by file name. Only the fonts
        // handed to it here are laid out by it; the others keep OpenPDF's own glyph-per-character output.
        LayoutProcessor.enable();
        LayoutProcessor.setWriteActualText();
        shaped(DEVANAGARI, "NotoSansDevanagari-Regular.ttf");
        shaped(DEVANAGARI_BOLD, "NotoSansDevanagari-Bold.ttf");
    }

    /** The sizes and weights a letter uses. */
    enum Style {
        REGULAR(10, false), BOLD(10, true), SMALL(9, false), FOOTER(7, false);

        private final List<Font> fonts;
        private final byte[] first;
        private final List<BaseFont> chain;

        Style(float size, boolean bold) {
            this.chain = bold ? BOLD_CHAIN : REGULAR_CHAIN;
            this.fonts = chain.stream().map(font -> new Font(font, size, Font.NORMAL)).toList();
            this.first = bold ? FIRST_BOLD : FIRST_REGULAR;
        }

        /** The letter's own font in this style (DejaVu Sans), for layout that holds no text. */
        Font main() {
            return fonts.get(0);
        }
    }

    private LetterFonts() {
    }

    /** Whether some font of both chains has a glyph for the code point (a value may be printed in either weight). */
    static boolean canDraw(int codePoint) {
        return first(REGULAR_CHAIN, FIRST_REGULAR, codePoint) >= 0 && first(BOLD_CHAIN, FIRST_BOLD, codePoint) >= 0;
    }

    private static int first(List<BaseFont> chain, byte[] table, int codePoint) {
        if (codePoint >= 0 && codePoint < table.length) {
            return table[codePoint];
        }
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).charExists(codePoint)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] firstFonts(List<BaseFont> chain) {
        byte[] table = new byte[0x10000];
        for (int cp = 0; cp < table.length; cp++) {
            table[cp] = -1;
            for (int i = 0; i < chain.size(); i++) {
                if (chain.get(i).charExists(cp)) {
                    table[cp] = (byte) i;
                    break;
                }
            }
        }
        return table;
    }

    /** The text made drawable ({@link SafeText#drawable}) and cut into runs of one font each. */
    static Phrase phrase(String text, Style style) {
        String drawable = SafeText.drawable(text, LetterFonts::canDraw);
        Phrase phrase = new Phrase();
        phrase.setFont(style.main());
        int runFont = -1;
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < drawable.length(); i += Character.charCount(drawable.codePointAt(i))) {
            int cp = drawable.codePointAt(i);
            int font = fontFor(style, cp, runFont);
            if (font != runFont && run.length() > 0) {
                phrase.add(new Chunk(run.toString(), style.fonts.get(runFont)));
                run.setLength(0);
            }
            runFont = font;
            run.appendCodePoint(cp);
        }
        if (run.length() > 0) {
            phrase.add(new Chunk(run.toString(), style.fonts.get(runFont)));
        }
        return phrase;
    }

    /**
     * The font for a code point: the current run's where it draws a character shared by the scripts
     * (a space, punctuation, a digit, a combining mark), so that a name stays one run; otherwise the
     * first of the chain that draws it.
     */
    private static int fontFor(Style style, int cp, int runFont) {
        if (cp == '\n') {
            return runFont < 0 ? 0 : runFont;
        }
        int first = first(style.chain, style.first, cp);
        if (first == runFont) {
            // The run's font is the first to draw it: whatever its script, the run goes on.
            return runFont;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        boolean shared = script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED;
        if (shared && runFont >= 0 && style.fonts.get(runFont).getBaseFont().charExists(cp)) {
            return runFont;
        }
        // SafeText.drawable left only what some font draws; U+FFFD is in DejaVu Sans.
        return Math.max(first, 0);
    }

    /**
     * Whether a glyph number is that of a space character in one of the fonts: a glyph without an outline
     * whose metrics {@link LetterPdfWriter} keeps in the embedded subset.
     */
    static boolean isSpaceGlyph(int glyph) {
        return SPACE_GLYPHS.get(glyph);
    }

    private static void shaped(BaseFont font, String file) {
        // A URL, so that the font is read from the module's resources wherever they are (a directory, a jar).
        LayoutProcessor.loadFont(font, Objects.requireNonNull(LetterFonts.class.getResource("fonts/" + file), file).toString());
        if (!LayoutProcessor.supportsFont(font)) {
            throw new IllegalStateException("the text layout did not take font " + file);
        }
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
            // Subset: only the glyphs used (a few KB), not the whole font (700 KB to 4 MB) in every letter.
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
