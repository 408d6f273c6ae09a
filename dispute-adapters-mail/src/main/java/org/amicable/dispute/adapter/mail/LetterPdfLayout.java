package org.amicable.dispute.adapter.mail;

import static org.amicable.dispute.adapter.mail.LetterFonts.Style.BOLD;
import static org.amicable.dispute.adapter.mail.LetterFonts.Style.REGULAR;
import static org.amicable.dispute.adapter.mail.LetterFonts.Style.SMALL;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import org.amicable.dispute.adapter.mail.ComposedLetter.Amounts;
import org.amicable.dispute.adapter.mail.ComposedLetter.Block;
import org.amicable.dispute.adapter.mail.ComposedLetter.Row;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterChannel;

/**
 * Lays a letter out as a French business letter on A4 (OpenPDF): the sender, the recipient where a window
 * envelope shows it, the body flowing onto further pages, the company's identity at the foot of each.
 */
final class LetterPdfLayout {

    private static final float MM = 72f / 25.4f;
    private static final float PAGE_HEIGHT = PageSize.A4.getHeight();
    private static final float PAGE_WIDTH = PageSize.A4.getWidth();
    /**
     * Every text goes through OpenPDF's bidi layout (ColumnText, table cells) with a left-to-right base:
     * the letter reads left to right, and a right-to-left run in it (an Arabic or Hebrew name, address or
     * description) is reordered and, for Arabic, its letters joined.
     */
    private static final int RUN_DIRECTION = PdfWriter.RUN_DIRECTION_LTR;
    private static final int MAX_PAGES = 50;

    private final MailSettings.Company company;

    LetterPdfLayout(MailSettings.Company company) {
        this.company = company;
    }

    byte[] pdf(Letter letter, ComposedLetter composed, LetterFrame frame, Optional<CustomerLinkBlock> link) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        // Page 1 leaves room above the body for the sender block and the envelope window.
        Document document = new Document(PageSize.A4, 20 * MM, 20 * MM, 95 * MM, 20 * MM);
        try {
            PdfWriter writer = LetterPdfWriter.create(document, bytes, LetterFonts::isSpaceGlyph);
            writer.setPageEvent(new Footer(frame.footer()));
            PdfDate date = new PdfDate(GregorianCalendar.from(letter.issuedOn().atStartOfDay(ZoneOffset.UTC)));
            document.addCreationDate(date);
            document.addModificationDate(date);
            // Metadata needs no font: the text is kept whole (PDF text strings are UTF-16 where needed).
            document.addTitle(SafeText.line(composed.subject()));
            document.addAuthor(SafeText.line(company.name()));
            document.open();
            // OpenPDF stamps the creation date with the clock; the letter's date makes the bytes reproducible.
            writer.getInfo().put(PdfName.CREATIONDATE, date);
            writer.getInfo().put(PdfName.MODDATE, date);

            // Sender block, top left.
            List<Paragraph> sender = new ArrayList<>();
            sender.add(paragraph(company.name(), BOLD, 12));
            company.addressLines().forEach(line -> sender.add(paragraph(line, SMALL, 12)));
            column(writer, 20 * MM, 15 * MM, 100 * MM, 45 * MM, sender);

            // Recipient block, where a French window envelope (DL, window on the right) shows it.
            List<Paragraph> recipient = new ArrayList<>();
            recipient.add(paragraph(frame.recipientName(), BOLD, 12));
            frame.recipientAddress().forEach(line -> recipient.add(paragraph(line, REGULAR, 12)));
            column(writer, 110 * MM, 50 * MM, 195 * MM, 90 * MM, recipient);

            // The body, in one column that flows onto further pages (margins of 20 mm there). Not
            // document.add(): OpenPDF lays out a document's paragraphs without bidi, a column with it.
            ColumnText body = new ColumnText(writer.getDirectContent());
            body.setRunDirection(RUN_DIRECTION);
            Paragraph placeAndDate = paragraph(frame.placeAndDate(), REGULAR, 12);
            placeAndDate.setAlignment(Element.ALIGN_RIGHT);
            body.addElement(placeAndDate);
            if (letter.channel() == LetterChannel.REGISTERED_POST) {
                body.addElement(spaced(paragraph(frame.registered(), BOLD, 12), 8));
            }
            body.addElement(spaced(paragraph(frame.reference(), REGULAR, 12), 8));
            body.addElement(spaced(paragraph(frame.subjectLine(), BOLD, 12), 4));
            body.addElement(spaced(paragraph(frame.greeting(), REGULAR, 12), 14));
            for (Block block : composed.body()) {
                if (block instanceof ComposedLetter.Paragraph paragraph) {
                    Paragraph text = spaced(paragraph(paragraph.text(), REGULAR, 14), 8);
                    text.setAlignment(Element.ALIGN_JUSTIFIED);
                    body.addElement(text);
                } else if (block instanceof Amounts amounts) {
                    body.addElement(table(amounts));
                } else {
                    throw new IllegalStateException("unknown block " + block);
                }
            }
            body.addElement(spaced(paragraph(frame.closing(), REGULAR, 14), 8));
            Paragraph signature = spaced(paragraph(frame.signature().get(0), BOLD, 12), 24);
            signature.setIndentationLeft(90 * MM);
            signature.setKeepTogether(true);
            signature.add(Chunk.NEWLINE);
            signature.add(LetterFonts.phrase(frame.signature().get(1), REGULAR));
            signature.add(Chunk.NEWLINE);
            signature.add(LetterFonts.phrase(frame.signature().get(2), REGULAR));
            body.addElement(signature);
            link.ifPresent(block -> body.addElement(block.pdf(writer)));
            float top = 95 * MM;
            for (int page = 1; ; page++) {
                body.setSimpleColumn(20 * MM, 20 * MM, PAGE_WIDTH - 20 * MM, PAGE_HEIGHT - top);
                if (!ColumnText.hasMoreText(body.go())) {
                    break;
                }
                if (page == MAX_PAGES) {
                    // Something that fits on no page would otherwise add empty pages forever.
                    throw new IllegalStateException("letter " + letter.id() + " needs more than " + MAX_PAGES + " pages");
                }
                document.newPage();
                top = 20 * MM;
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out letter " + letter.id(), e);
        }
        return PdfDocumentId.withDocumentId(bytes.toByteArray(), letter);
    }

    private static void column(PdfWriter writer, float left, float top, float right, float bottom, List<Paragraph> lines)
            throws DocumentException {
        ColumnText column = new ColumnText(writer.getDirectContent());
        column.setRunDirection(RUN_DIRECTION);
        // A too long block is clipped at the box rather than running into the letter's body.
        column.setSimpleColumn(left, PAGE_HEIGHT - bottom, right, PAGE_HEIGHT - top);
        for (Paragraph line : lines) {
            line.setLeading(12);
            column.addElement(line);
        }
        column.go();
    }

    private static PdfPTable table(Amounts amounts) {
        PdfPTable table = new PdfPTable(new float[] {70, 30});
        table.setRunDirection(RUN_DIRECTION);
        table.setWidthPercentage(90);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        for (int i = 0; i < amounts.rows().size(); i++) {
            Row row = amounts.rows().get(i);
            boolean total = amounts.lastIsTotal() && i == amounts.rows().size() - 1;
            LetterFonts.Style font = total ? BOLD : REGULAR;
            PdfPCell label = new PdfPCell(LetterFonts.phrase(row.label(), font));
            PdfPCell amount = new PdfPCell(LetterFonts.phrase(row.amount(), font));
            amount.setHorizontalAlignment(Element.ALIGN_RIGHT);
            for (PdfPCell cell : List.of(label, amount)) {
                cell.setBorder(total ? Rectangle.TOP : Rectangle.NO_BORDER);
                cell.setPaddingBottom(3);
                cell.setRunDirection(RUN_DIRECTION);
                table.addCell(cell);
            }
        }
        return table;
    }

    private static Paragraph spaced(Paragraph paragraph, float before) {
        paragraph.setSpacingBefore(before);
        return paragraph;
    }

    /** A paragraph of text in the style, each run in the font of the chain that draws it. */
    private static Paragraph paragraph(String text, LetterFonts.Style style, float leading) {
        Paragraph paragraph = new Paragraph(leading);
        paragraph.setFont(style.main());
        paragraph.add(LetterFonts.phrase(text, style));
        return paragraph;
    }

    /** The company's identity at the foot of every page (Code de commerce, art. R123-237), and the page number. */
    private static final class Footer extends PdfPageEventHelper {

        private final List<String> lines;

        Footer(List<String> lines) {
            this.lines = lines;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText column = new ColumnText(writer.getDirectContent());
            column.setRunDirection(RUN_DIRECTION);
            column.setSimpleColumn(20 * MM, 5 * MM, PAGE_WIDTH - 20 * MM, 17 * MM);
            for (String line : lines) {
                Paragraph text = paragraph(line, LetterFonts.Style.FOOTER, 8.5f);
                text.setAlignment(Element.ALIGN_CENTER);
                column.addElement(text);
            }
            try {
                column.go();
            } catch (DocumentException e) {
                throw new IllegalStateException("cannot lay out the footer", e);
            }
        }
    }
}
