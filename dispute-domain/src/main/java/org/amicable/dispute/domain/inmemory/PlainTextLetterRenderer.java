package org.amicable.dispute.domain.inmemory;

import java.nio.charset.StandardCharsets;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.port.out.LetterPreview;
import org.amicable.dispute.domain.port.out.LetterRenderer;
import org.amicable.dispute.domain.port.out.RenderedLetter;

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

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
