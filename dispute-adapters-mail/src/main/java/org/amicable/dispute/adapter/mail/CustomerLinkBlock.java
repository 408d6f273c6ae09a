package org.amicable.dispute.adapter.mail;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import io.nayuki.qrcodegen.QrCode;
import java.net.URI;
import java.util.Optional;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.port.out.CustomerLinks;

/**
 * The customer's personal link at the end of a letter, and its QR code on the PDF: where he sees what he
 * owes and why and answers without an account. Part of the letter as sent, and so of its hash.
 */
final class CustomerLinkBlock {

    private static final float MM = 72f / 25.4f;
    /** The printed side of the QR code, its quiet zone included: large enough for any phone. */
    private static final float QR_SIDE = 28 * MM;
    private static final int QUIET_MODULES = 4;

    private final URI link;
    private final Language language;

    private CustomerLinkBlock(URI link, Language language) {
        this.link = link;
        this.language = language;
    }

    /** The block for this letter, if the application has a customer page. */
    static Optional<CustomerLinkBlock> of(Letter letter, CustomerLinks links) {
        return links.linkFor(letter.recipient().reference(), letter.issuedOn())
                .map(link -> new CustomerLinkBlock(link, letter.language()));
    }

    URI link() {
        return link;
    }

    /** What the link is for, in the letter's language. */
    String invitation() {
        return language == Language.FR
                ? "Votre espace personnel, sans créer de compte : le détail de ce que vous devez et pourquoi, vos courriers,"
                        + " et pour proposer un échéancier, signaler un paiement, contester ou demander le juge :"
                : "Your personal page, no account needed: what you owe and why, your letters, and where to propose"
                        + " a repayment plan, tell us you have paid, contest, or ask for a judge:";
    }

    String plainText() {
        return invitation() + "\n" + link + "\n\n";
    }

    String html() {
        String url = SafeText.html(link.toString());
        return "<p>" + SafeText.html(invitation()) + "<br>\n<a href=\"" + url + "\">" + url + "</a></p>\n";
    }

    /** The QR code beside the invitation and the link, as one row that flows with the letter's body. */
    PdfPTable pdf(PdfWriter writer) {
        PdfPTable table = new PdfPTable(new float[] {QR_SIDE, 100 * MM});
        table.setTotalWidth(QR_SIDE + 100 * MM);
        table.setLockedWidth(true);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSpacingBefore(14);
        table.setKeepTogether(true);
        PdfPCell code = new PdfPCell(qrCode(writer), false);
        code.setBorder(Rectangle.NO_BORDER);
        code.setPadding(0);
        Paragraph words = new Paragraph(12);
        words.add(LetterFonts.phrase(invitation(), LetterFonts.Style.SMALL));
        words.add(Chunk.NEWLINE);
        Phrase url = LetterFonts.phrase(link.toString(), LetterFonts.Style.SMALL);
        for (Object chunk : url.getChunks()) {
            ((Chunk) chunk).setAnchor(link.toString());
        }
        words.add(url);
        PdfPCell text = new PdfPCell();
        text.addElement(words);
        text.setBorder(Rectangle.NO_BORDER);
        text.setVerticalAlignment(Element.ALIGN_MIDDLE);
        table.addCell(code);
        table.addCell(text);
        return table;
    }

    /** The link as a QR code, drawn module by module as filled squares: vector, sharp at any print size. */
    private Image qrCode(PdfWriter writer) {
        QrCode qr = QrCode.encodeText(link.toString(), QrCode.Ecc.MEDIUM);
        int modules = qr.size + 2 * QUIET_MODULES;
        float module = QR_SIDE / modules;
        PdfTemplate template = writer.getDirectContent().createTemplate(QR_SIDE, QR_SIDE);
        template.setGrayFill(0f);
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    // PDF's y axis points up: the code's first row is at the top.
                    template.rectangle((x + QUIET_MODULES) * module, QR_SIDE - (y + QUIET_MODULES + 1) * module,
                            module, module);
                }
            }
        }
        template.fill();
        try {
            return Image.getInstance(template);
        } catch (BadElementException e) {
            throw new IllegalStateException("cannot place the QR code", e);
        }
    }
}
