package org.amicable.dispute.adapter.mail;

import static org.amicable.dispute.adapter.mail.LetterFonts.Style.BOLD;
import static org.amicable.dispute.adapter.mail.LetterFonts.Style.REGULAR;
import static org.amicable.dispute.adapter.mail.LetterFonts.Style.SMALL;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.adapter.mail.ComposedLetter.Amounts;
import org.amicable.dispute.adapter.mail.ComposedLetter.Block;
import org.amicable.dispute.adapter.mail.ComposedLetter.Row;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.CustomerLetter;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterChannel;
import org.amicable.dispute.domain.model.LetterNotPrintableException;
import org.amicable.dispute.domain.port.out.CustomerLinks;
import org.amicable.dispute.domain.port.out.LetterRenderer;
import org.amicable.dispute.domain.model.RenderedLetter;

/**
 * Renders a letter as a French business letter on A4 (OpenPDF), and as an email body in plain text
 * and HTML. The same letter always gives the same PDF bytes: dates are the letter's date, the
 * document id is derived from the letter's id and the embedded fonts' subset tags are fixed
 * ({@link LetterFonts}). The fonts are parsed at the first letter rendered, not when a renderer is made: a
 * server starts without them.
 */
public final class PdfLetterRenderer implements LetterRenderer {

    private static final System.Logger LOG = System.getLogger(PdfLetterRenderer.class.getName());
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
    private final LetterTemplates templates;
    private final LetterComposer composer;
    private final CustomerLinks links;

    /** A renderer with the bundled wording, overridden from {@code settings.templateFolder()} where present. */
    public PdfLetterRenderer(MailSettings settings) {
        this(settings, CustomerLinks.none());
    }

    /** The same, each letter ending with the customer's personal link, and its QR code on the PDF. */
    public PdfLetterRenderer(MailSettings settings, CustomerLinks links) {
        this.company = Objects.requireNonNull(settings, "settings").company();
        this.templates = new LetterTemplates(settings.templateFolder());
        this.composer = new LetterComposer(templates, company);
        this.links = Objects.requireNonNull(links, "links");
    }

    /**
     * {@inheritDoc}
     *
     * @throws LetterNotPrintableException where the customer's name, address or reference, or the letter's
     *         reference, holds a character that no font of the letters draws: such a letter would go out
     *         with replacement marks in place of who it is for. (A quoted free text, a complaint say, keeps
     *         a replacement mark instead: the email and the timeline keep what the customer wrote.)
     */
    @Override
    public RenderedLetter render(Letter letter) {
        requirePrintable(letter);
        ComposedLetter composed = composer.compose(letter);
        Frame frame = frame(letter, composed);
        Optional<CustomerLinkBlock> link = CustomerLinkBlock.of(letter, links);
        return new RenderedLetter(letter, composed.subject(), plainText(letter, composed, frame, link),
                html(letter, composed, frame, link), pdf(letter, composed, frame, link));
    }

    /**
     * {@inheritDoc} The letter's date, recipient, language and channel are those of its first letter
     * (a group shares them); its PDF's id is derived from that letter's id.
     */
    @Override
    public RenderedLetter render(CustomerLetter letter) {
        if (letter.isSingle()) {
            return render(letter.first());
        }
        Letter first = letter.first();
        requirePrintable(first);
        ComposedLetter composed = composer.compose(letter);
        Frame frame = frame(first, composed);
        // The customer's link is his, whichever of his claims the letter lists.
        Optional<CustomerLinkBlock> link = CustomerLinkBlock.of(first, links);
        return new RenderedLetter(first, composed.subject(), plainText(first, composed, frame, link),
                html(first, composed, frame, link), pdf(first, composed, frame, link));
    }

    private static void requirePrintable(Letter letter) {
        Customer customer = letter.recipient();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("customer.name", customer.name());
        for (int i = 0; i < customer.address().lines().size(); i++) {
            facts.put("customer.address.lines[" + i + "]", customer.address().lines().get(i));
        }
        facts.put("customer.address.postalCode", customer.address().postalCode());
        facts.put("customer.address.city", customer.address().city());
        facts.put("customer.reference", customer.reference());
        facts.put("reference", letter.reference());
        for (Map.Entry<String, String> fact : facts.entrySet()) {
            List<Integer> undrawable = SafeText.undrawable(fact.getValue(), LetterFonts::canDraw);
            if (!undrawable.isEmpty()) {
                LetterNotPrintableException refusal = new LetterNotPrintableException(fact.getKey(), undrawable,
                        SafeText.codePoints(undrawable));
                LOG.log(System.Logger.Level.WARNING, "letter {0} of dispute {1} cannot be printed: {2}", letter.id(),
                        letter.disputeId(), refusal.getMessage());
                throw refusal;
            }
        }
    }

    /** The parts around the body, filled once for the three forms. */
    private record Frame(String placeAndDate, String reference, String subjectLine, String registered, String greeting,
            String closing, String emailGreeting, String emailIntro, String emailClosing, String registeredCopy,
            String recipientName, List<String> recipientAddress, List<String> signature, List<String> footer) {
    }

    private Frame frame(Letter letter, ComposedLetter composed) {
        Language language = letter.language();
        LetterFormat format = new LetterFormat(language);
        String reference = composed.reference();
        String date = format.date(letter.issuedOn());
        Customer customer = letter.recipient();
        String name = SafeText.shortened(SafeText.line(customer.name()), LetterComposer.MAX_LINE);
        List<String> address = new ArrayList<>();
        customer.address().lines().forEach(line -> address.add(SafeText.line(line)));
        address.add(SafeText.line(customer.address().postalCode()) + " " + SafeText.line(customer.address().city()));
        if (!"FR".equals(customer.address().country())) {
            address.add(customer.address().country());
        }
        return new Frame(
                templates.fill(language, "letter.placeAndDate", Map.of("place", company.place(), "date", date)),
                templates.fill(language, "letter.reference", Map.of("reference", reference, "case", composed.caseReference())),
                templates.fill(language, "letter.subject", Map.of("subject", composed.subject())),
                templates.fill(language, "letter.registered"),
                templates.fill(language, "letter.greeting"),
                templates.fill(language, "letter.closing"),
                templates.fill(language, "email.greeting", Map.of("name", name)),
                templates.fill(language, "email.intro", Map.of("date", date, "reference", reference,
                        "case", composed.caseReference())),
                templates.fill(language, "email.closing"),
                templates.fill(language, "email.registeredCopy"),
                name, address,
                List.of(composed.signatory().name(), composed.signatory().title(), company.name()),
                composer.footer(language));
    }

    /** The name of the PDF attached to the email. */
    static String attachmentName(RenderedLetter rendered) {
        return (rendered.letter().language() == Language.FR ? "courrier-" : "letter-") + rendered.letter().id() + ".pdf";
    }

    // ---- plain text

    private String plainText(Letter letter, ComposedLetter composed, Frame frame, Optional<CustomerLinkBlock> link) {
        StringBuilder out = new StringBuilder(2048);
        out.append(frame.emailGreeting()).append("\n\n");
        if (letter.channel() == LetterChannel.REGISTERED_POST) {
            out.append(frame.registeredCopy()).append("\n\n");
        }
        out.append(frame.emailIntro()).append("\n\n");
        out.append(frame.subjectLine()).append("\n\n");
        for (Block block : composed.body()) {
            if (block instanceof ComposedLetter.Paragraph paragraph) {
                out.append(paragraph.text()).append("\n\n");
            } else if (block instanceof Amounts amounts) {
                for (Row row : amounts.rows()) {
                    out.append("  ").append(row.label()).append(" : ").append(row.amount()).append('\n');
                }
                out.append('\n');
            } else {
                throw new IllegalStateException("unknown block " + block);
            }
        }
        out.append(frame.emailClosing()).append("\n\n");
        frame.signature().forEach(line -> out.append(line).append('\n'));
        out.append('\n');
        link.ifPresent(block -> out.append(block.plainText()));
        out.append("-- \n");
        frame.footer().forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    // ---- HTML: every text is escaped, values and wording alike

    private String html(Letter letter, ComposedLetter composed, Frame frame, Optional<CustomerLinkBlock> link) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(letter.language().name().toLowerCase())
                .append("\"><head><meta charset=\"utf-8\"><title>").append(SafeText.html(composed.subject()))
                .append("</title></head>\n<body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px\">\n");
        htmlParagraph(out, frame.emailGreeting());
        if (letter.channel() == LetterChannel.REGISTERED_POST) {
            out.append("<p><strong>").append(SafeText.html(frame.registeredCopy())).append("</strong></p>\n");
        }
        htmlParagraph(out, frame.emailIntro());
        out.append("<p><strong>").append(SafeText.html(frame.subjectLine())).append("</strong></p>\n");
        for (Block block : composed.body()) {
            if (block instanceof ComposedLetter.Paragraph paragraph) {
                htmlParagraph(out, paragraph.text());
            } else if (block instanceof Amounts amounts) {
                out.append("<table style=\"border-collapse:collapse\">\n");
                for (int i = 0; i < amounts.rows().size(); i++) {
                    Row row = amounts.rows().get(i);
                    boolean total = amounts.lastIsTotal() && i == amounts.rows().size() - 1;
                    String style = total ? " style=\"font-weight:bold;border-top:1px solid #000\"" : "";
                    out.append("<tr><td").append(style).append('>').append(SafeText.html(row.label()))
                            .append("</td><td").append(style.isEmpty() ? " style=\"text-align:right;padding-left:2em\""
                                    : " style=\"font-weight:bold;border-top:1px solid #000;text-align:right;padding-left:2em\"")
                            .append('>').append(SafeText.html(row.amount())).append("</td></tr>\n");
                }
                out.append("</table>\n");
            } else {
                throw new IllegalStateException("unknown block " + block);
            }
        }
        htmlParagraph(out, frame.emailClosing());
        out.append("<p>").append(String.join("<br>", frame.signature().stream().map(SafeText::html).toList())).append("</p>\n");
        link.ifPresent(block -> out.append(block.html()));
        out.append("<p style=\"font-size:11px;color:#555\">")
                .append(String.join("<br>", frame.footer().stream().map(SafeText::html).toList())).append("</p>\n");
        out.append("</body></html>\n");
        return out.toString();
    }

    private static void htmlParagraph(StringBuilder out, String text) {
        out.append("<p>").append(SafeText.html(text).replace("\n", "<br>\n")).append("</p>\n");
    }

    // ---- PDF

    private byte[] pdf(Letter letter, ComposedLetter composed, Frame frame, Optional<CustomerLinkBlock> link) {
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
        return withDocumentId(bytes.toByteArray(), letter);
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

    /**
     * OpenPDF writes a document id made from the clock and memory into the trailer; replace it, byte for
     * byte at the same length, with one derived from the letter's id, so that a render is reproducible.
     */
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
