package org.amicable.dispute.adapter.mail;

import com.lowagie.text.Paragraph;
import java.util.Optional;
import org.amicable.dispute.adapter.mail.ComposedLetter.Amounts;
import org.amicable.dispute.adapter.mail.ComposedLetter.Block;
import org.amicable.dispute.adapter.mail.ComposedLetter.Row;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterChannel;

/** A letter as the body of its email: in plain text, and in HTML where every text is escaped. */
final class LetterEmailBodies {

    private LetterEmailBodies() {
    }

    // ---- plain text

    static String plainText(Letter letter, ComposedLetter composed, LetterFrame frame, Optional<CustomerLinkBlock> link) {
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

    static String html(Letter letter, ComposedLetter composed, LetterFrame frame, Optional<CustomerLinkBlock> link) {
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
}
