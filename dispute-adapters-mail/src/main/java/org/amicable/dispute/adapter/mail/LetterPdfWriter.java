package org.amicable.dispute.adapter.mail;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfDocument;
import com.lowagie.text.pdf.PdfIndirectObject;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.function.IntPredicate;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A PdfWriter that makes the embedded font subsets smaller. OpenPDF's TrueType subset keeps the glyph
 * numbers of the whole font, so it copies the whole horizontal metrics table ({@code hmtx}: 4 bytes for
 * each of DejaVu Sans' 6,253 glyphs, about 9 KB once compressed, half of each subset). This writer sets
 * to zero the metrics of the glyphs the subset left empty, which then compress to almost nothing.
 * Positions in the PDF come from the font dictionary's /W array, not from {@code hmtx}, and the metrics
 * of every glyph drawn with an outline are kept, as are those of the space characters' glyphs (a space
 * has no outline, but is drawn).
 */
final class LetterPdfWriter extends PdfWriter {

    private final IntPredicate keepGlyph;

    private LetterPdfWriter(PdfDocument document, OutputStream out, IntPredicate keepGlyph) {
        super(document, out);
        this.keepGlyph = keepGlyph;
    }

    /** What {@link PdfWriter#getInstance(Document, OutputStream)} does, with this writer. */
    static PdfWriter create(Document document, OutputStream out, IntPredicate keepGlyph) throws DocumentException {
        PdfDocument pdf = new PdfDocument();
        pdf.setTextRenderingOptions(document.getTextRenderingOptions());
        document.addDocListener(pdf);
        LetterPdfWriter writer = new LetterPdfWriter(pdf, out, keepGlyph);
        pdf.addWriter(writer);
        return writer;
    }

    @Override
    public PdfIndirectObject addToBody(PdfObject object) throws IOException {
        // A TrueType font program (/FontFile2) is the only stream with a /Length1.
        if (object instanceof PdfStream stream && stream.get(PdfName.LENGTH1) != null
                && PdfName.FLATEDECODE.equals(stream.get(PdfName.FILTER))) {
            ByteArrayOutputStream compressed = new ByteArrayOutputStream(32 * 1024);
            stream.writeContent(compressed);
            byte[] font = inflate(compressed.toByteArray());
            if (font != null) {
                // Compressed here, once: the fonts hand their programs over uncompressed (LetterFonts).
                blankUnusedMetrics(font, keepGlyph);
                PdfStream trimmed = new PdfStream(font);
                trimmed.put(PdfName.LENGTH1, new PdfNumber(font.length));
                trimmed.flateCompress(getCompressionLevel());
                return super.addToBody(trimmed);
            }
        }
        return super.addToBody(object);
    }

    private static byte[] inflate(byte[] deflated) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream(deflated.length * 4);
            byte[] buffer = new byte[16 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return null;
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }

    /**
     * Zeroes, in a TrueType font, the advance and side bearing of every glyph without an outline that
     * {@code keepGlyph} does not keep (glyph 0, .notdef, is always kept), and fixes the checksums. Returns
     * false, leaving the font as it was, if the font is not laid out as expected.
     */
    static boolean blankUnusedMetrics(byte[] font, IntPredicate keepGlyph) {
        ByteBuffer in = ByteBuffer.wrap(font);
        try {
            int tables = in.getShort(4) & 0xFFFF;
            int head = -1;
            int hhea = -1;
            int maxp = -1;
            int loca = -1;
            int hmtx = -1;
            int hmtxEntry = -1;
            int hmtxLength = 0;
            for (int i = 0; i < tables; i++) {
                int entry = 12 + 16 * i;
                String tag = new String(font, entry, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
                int offset = in.getInt(entry + 8);
                switch (tag) {
                    case "head" -> head = offset;
                    case "hhea" -> hhea = offset;
                    case "maxp" -> maxp = offset;
                    case "loca" -> loca = offset;
                    case "hmtx" -> {
                        hmtx = offset;
                        hmtxEntry = entry;
                        hmtxLength = in.getInt(entry + 12);
                    }
                    default -> {
                        // Other tables are copied as they are.
                    }
                }
            }
            if (head < 0 || hhea < 0 || maxp < 0 || loca < 0 || hmtx < 0) {
                return false;
            }
            int glyphs = in.getShort(maxp + 4) & 0xFFFF;
            int longMetrics = in.getShort(hhea + 34) & 0xFFFF;
            boolean longLoca = in.getShort(head + 50) != 0;
            if (longMetrics == 0 || longMetrics > glyphs || hmtxLength < 4 * longMetrics + 2 * (glyphs - longMetrics)) {
                return false;
            }
            for (int glyph = 1; glyph < glyphs; glyph++) {
                long start = longLoca ? in.getInt(loca + 4 * glyph) & 0xFFFFFFFFL : 2L * (in.getShort(loca + 2 * glyph) & 0xFFFF);
                long end = longLoca ? in.getInt(loca + 4 * glyph + 4) & 0xFFFFFFFFL
                        : 2L * (in.getShort(loca + 2 * glyph + 2) & 0xFFFF);
                if (end != start || keepGlyph.test(glyph)) {
                    continue;
                }
                if (glyph < longMetrics) {
                    in.putInt(hmtx + 4 * glyph, 0);
                } else {
                    in.putShort(hmtx + 4 * longMetrics + 2 * (glyph - longMetrics), (short) 0);
                }
            }
            in.putInt(hmtxEntry + 4, checksum(font, hmtx, hmtxLength));
            // head.checkSumAdjustment: 0xB1B0AFBA minus the sum of the whole font with the field at 0.
            in.putInt(head + 8, 0);
            in.putInt(head + 8, 0xB1B0AFBA - checksum(font, 0, font.length));
            return true;
        } catch (IndexOutOfBoundsException e) {
            return false;
        }
    }

    /** The TrueType checksum: the sum of big-endian 32-bit words, the last one padded with zeros. */
    private static int checksum(byte[] data, int offset, int length) {
        ByteBuffer in = ByteBuffer.wrap(data);
        int end = Math.min(offset + length, data.length);
        int sum = 0;
        int i = offset;
        for (; i + 4 <= end; i += 4) {
            sum += in.getInt(i);
        }
        for (int shift = 24; i < end; i++, shift -= 8) {
            sum += (data[i] & 0xFF) << shift;
        }
        return sum;
    }
}
