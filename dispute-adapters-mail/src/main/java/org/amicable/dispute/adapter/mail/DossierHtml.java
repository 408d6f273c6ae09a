package org.amicable.dispute.adapter.mail;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Lays out the dossier of a hand-over pack ({@link DossierText}) as one self-contained web page: no script,
 * no external resource, readable on a phone and printable. It says what the PDF says, in the same words.
 */
final class DossierHtml {

    private DossierHtml() {
    }

    static byte[] write(DossierText text) {
        StringBuilder html = new StringBuilder(32 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(text.language().name().toLowerCase(Locale.ROOT))
                .append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(text.title())).append("</title><style>")
                .append("body{font-family:'DejaVu Sans',Verdana,sans-serif;max-width:50em;margin:1.5em auto;padding:0 1em;")
                .append("line-height:1.45;color:#111}h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}")
                .append("p{margin:.25em 0;overflow-wrap:anywhere}p.note{font-size:.9em;color:#333}")
                .append("ol.chronology{padding-left:1.5em}ol.chronology li{margin:.3em 0;overflow-wrap:anywhere}")
                .append("table{border-collapse:collapse;width:100%;margin:.5em 0}td{border-bottom:1px solid #999;padding:.3em}")
                .append("td.amount{text-align:right;white-space:nowrap}tr.total td{font-weight:bold}")
                .append("</style></head><body>\n<h1>").append(escape(text.title())).append("</h1>\n");
        boolean inList = false;
        for (DossierText.Block block : text.blocks()) {
            boolean entry = block instanceof DossierText.Text paragraph && paragraph.kind() == DossierText.Kind.ENTRY;
            if (entry && !inList) {
                html.append("<ol class=\"chronology\">\n");
            } else if (!entry && inList) {
                html.append("</ol>\n");
            }
            inList = entry;
            append(html, block);
        }
        if (inList) {
            html.append("</ol>\n");
        }
        html.append("</body></html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void append(StringBuilder html, DossierText.Block block) {
        if (block instanceof DossierText.Heading heading) {
            html.append("<h2>").append(escape(heading.text())).append("</h2>\n");
        } else if (block instanceof DossierText.Sums sums) {
            html.append("<table>\n");
            for (DossierText.Sums.Row row : sums.rows()) {
                html.append(row.total() ? "<tr class=\"total\">" : "<tr>").append("<td>").append(escape(row.label()))
                        .append("</td><td class=\"amount\">").append(escape(row.amount())).append("</td></tr>\n");
            }
            html.append("</table>\n");
        } else {
            DossierText.Text text = (DossierText.Text) block;
            switch (text.kind()) {
                case ENTRY -> html.append("<li>").append(escape(text.text())).append("</li>\n");
                case NOTE -> html.append("<p class=\"note\">").append(escape(text.text())).append("</p>\n");
                default -> html.append("<p>").append(escape(text.text())).append("</p>\n");
            }
        }
    }

    /** The text with HTML's special characters, and control characters other than a new line, as references. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isISOControl(c) && c != '\n') {
                        out.append("&#").append(c).append(';');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
