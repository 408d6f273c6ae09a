package org.amicable.dispute.adapter.mail;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.List;
import org.amicable.dispute.domain.port.in.DisputeView;

/** Lays out the dossier of a hand-over pack ({@link DossierText}) as a PDF. */
final class DossierPdf {

    private static final float MM = 72f / 25.4f;

    private DossierPdf() {
    }

    /** The dossier as a PDF: A4, the letters' fonts embedded; the same dossier gives the same bytes. */
    static byte[] write(DossierText text, DisputeView dispute, String author) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
        Document document = new Document(PageSize.A4, 20 * MM, 20 * MM, 20 * MM, 20 * MM);
        try {
            PdfWriter writer = LetterPdfWriter.create(document, bytes, LetterFonts::isSpaceGlyph);
            PdfDate date = new PdfDate(GregorianCalendar.from(dispute.asOf().atStartOfDay(ZoneOffset.UTC)));
            document.addCreationDate(date);
            document.addModificationDate(date);
            document.addTitle(SafeText.line(text.title()));
            document.addAuthor(SafeText.line(author));
            document.open();
            // OpenPDF stamps the creation date with the clock; the dossier's day makes the bytes reproducible.
            writer.getInfo().put(PdfName.CREATIONDATE, date);
            writer.getInfo().put(PdfName.MODDATE, date);

            document.add(paragraph(text.title(), LetterFonts.Style.BOLD, 16, 0));
            for (DossierText.Block block : text.blocks()) {
                document.add(element(block));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the dossier of dispute " + dispute.id(), e);
        }
        return PdfDocumentId.withDocumentId(bytes.toByteArray(),
                "amicable-dossier:" + dispute.id() + ":" + dispute.version() + ":" + dispute.asOf());
    }

    private static Element element(DossierText.Block block) {
        if (block instanceof DossierText.Heading heading) {
            return paragraph(heading.text(), LetterFonts.Style.BOLD, 15, 12);
        }
        if (block instanceof DossierText.Sums sums) {
            PdfPTable table = new PdfPTable(new float[] {72, 28});
            table.setWidthPercentage(100);
            table.setSpacingBefore(4);
            for (DossierText.Sums.Row row : sums.rows()) {
                row(table, row.label(), row.amount(), row.total());
            }
            return table;
        }
        DossierText.Text text = (DossierText.Text) block;
        return switch (text.kind()) {
            case INTRODUCTION -> paragraph(text.text(), LetterFonts.Style.REGULAR, 14, 4);
            case FACT -> paragraph(text.text(), LetterFonts.Style.REGULAR, 13, 2);
            case ENTRY -> paragraph(text.text(), LetterFonts.Style.REGULAR, 13, 3);
            case NOTE -> paragraph(text.text(), LetterFonts.Style.SMALL, 12, 3);
        };
    }

    private static void row(PdfPTable table, String label, String amount, boolean bold) {
        LetterFonts.Style style = bold ? LetterFonts.Style.BOLD : LetterFonts.Style.REGULAR;
        PdfPCell left = new PdfPCell(LetterFonts.phrase(label, style));
        PdfPCell right = new PdfPCell(LetterFonts.phrase(amount, style));
        right.setHorizontalAlignment(Element.ALIGN_RIGHT);
        for (PdfPCell cell : List.of(left, right)) {
            cell.setBorder(Rectangle.BOTTOM);
            cell.setPaddingBottom(4);
            table.addCell(cell);
        }
    }

    private static Paragraph paragraph(String text, LetterFonts.Style style, float leading, float before) {
        Paragraph paragraph = new Paragraph(leading);
        paragraph.setFont(style.main());
        paragraph.add(LetterFonts.phrase(text, style));
        paragraph.setSpacingBefore(before);
        return paragraph;
    }
}
