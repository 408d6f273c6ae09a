package org.amicable.dispute.domain.inmemory;

import java.nio.charset.StandardCharsets;
import org.amicable.dispute.domain.model.CustomerLetter;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.port.out.LetterPreview;
import org.amicable.dispute.domain.port.out.LetterRenderer;
import org.amicable.dispute.domain.model.RenderedLetter;

/**
 * Renders a letter as plain text of its facts: deterministic, no layout. For tests and for teams
 * that render letters elsewhere; the mail adapter renders the real PDF. Its preview is the same text: it
 * has no wording to edit.
 */
public final class PlainTextLetterRenderer implements LetterRenderer, LetterPreview {

    @Override
    public RenderedLetter preview(Letter letter) {
        return render(letter);
    }

    @Override
    public RenderedLetter render(Letter letter) {
        String subject = letter.kind() + " " + letter.reference();
        String body = subject + "\n" + letter.recipient().name() + "\n" + letter.issuedOn() + "\n" + letter.content();
        return new RenderedLetter(letter, subject, body, "<pre>" + escape(body) + "</pre>",
                body.getBytes(StandardCharsets.UTF_8));
    }

    /** The letters one after the other, then the other open invoices: the same facts, in one document. */
    @Override
    public RenderedLetter render(CustomerLetter letter) {
        if (letter.isSingle()) {
            return render(letter.first());
        }
        StringBuilder body = new StringBuilder();
        for (Letter carried : letter.letters()) {
            body.append(render(carried).plainText()).append("\n\n");
        }
        letter.otherOpenInvoices().forEach(other -> body.append("also open: ").append(other.invoiceNumber()).append(' ')
                .append(other.state()).append('\n'));
        String subject = letter.first().kind() + " " + letter.first().recipient().reference() + " ("
                + letter.letters().size() + " invoices)";
        String text = subject + "\n" + body;
        return new RenderedLetter(letter.first(), subject, text, "<pre>" + escape(text) + "</pre>",
                text.getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
