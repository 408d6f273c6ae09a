package org.amicable.dispute.adapter.web;

import jakarta.inject.Singleton;

/**
 * The evidence file as one self-contained HTML document (no script, no external resource), in words: the
 * dispute, every timeline entry as a sentence with who made it and its hashes, every letter with its hash,
 * tracking number and acknowledgment, the check of the hash chain and how to repeat it. No raw JSON: the
 * machine-readable form is the JSON evidence and the hand-over pack.
 */
@Singleton
class EvidenceDocument {

    String render(Responses.Evidence evidence) {
        Responses.Dispute dispute = evidence.dispute();
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Evidence file, dispute ").append(escape(dispute.id())).append("</title>")
                .append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #999;padding:4px;vertical-align:top;font-size:12px}")
                .append("code,pre{font-size:11px;white-space:pre-wrap;word-break:break-all}</style></head><body>\n");
        html.append("<h1>Evidence file</h1>\n<table>");
        row(html, "Dispute", dispute.id());
        row(html, "Track", dispute.track().name());
        row(html, "State", dispute.state());
        row(html, "Customer", dispute.customer().name() + " (" + dispute.customer().reference() + ")");
        row(html, "Opened on", String.valueOf(dispute.openedOn()));
        row(html, "As of", String.valueOf(dispute.asOf()));
        row(html, "Version", String.valueOf(dispute.version()));
        row(html, "Hash chain", (evidence.verification().intact() ? "INTACT: " : "BROKEN: ")
                + evidence.verification().explanation());
        html.append("</table>\n<h2>Timeline</h2>\n<table><tr><th>#</th><th>recorded at</th><th>on</th><th>event</th>")
                .append("<th>by</th><th>what happened</th><th>previous hash / hash</th></tr>\n");
        for (Responses.TimelineEntry entry : evidence.timeline()) {
            html.append("<tr><td>").append(entry.sequence()).append("</td><td>").append(escape(String.valueOf(entry.recordedAt())))
                    .append("</td><td>").append(escape(String.valueOf(entry.on()))).append("</td><td>")
                    .append(escape(entry.type())).append("</td><td>")
                    .append(escape(entry.actor() == null ? "(not recorded)" : entry.actor().description()))
                    .append("</td><td>").append(escape(entry.summary()))
                    .append("</td><td><code>").append(escape(entry.previousHash())).append("<br>")
                    .append(escape(entry.hash())).append("</code></td></tr>\n");
        }
        html.append("</table>\n<h2>Letters</h2>\n<table><tr><th>letter</th><th>kind</th><th>channel</th><th>issued</th>")
                .append("<th>status</th><th>sent at</th><th>content SHA-256</th><th>tracking number</th>")
                .append("<th>acknowledged on</th></tr>\n");
        for (Responses.Letter letter : evidence.letters()) {
            html.append("<tr>");
            for (Object cell : new Object[] {letter.id(), letter.kind(), letter.channel(), letter.issuedOn(),
                    letter.status(), letter.sentAt(), letter.contentHash(), letter.trackingNumber(),
                    letter.acknowledgedOn()}) {
                html.append("<td>").append(cell == null ? "" : escape(String.valueOf(cell))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n<h2>How to check this file</h2>\n<p>Each entry's hash is SHA-256 of the hash of the entry ")
                .append("before it (64 hexadecimal characters; 64 zeros for the first) followed by the entry exactly as ")
                .append("stored. The stored entries are in the hand-over pack (timeline.jsonl), with every letter as sent ")
                .append("and SHA256SUMS; the pack's README.txt gives the commands. The hash of the last entry is ")
                .append(evidence.timeline().isEmpty() ? "" : "<code>" + escape(evidence.timeline()
                        .get(evidence.timeline().size() - 1).hash()) + "</code>")
                .append(".</p>\n</body></html>\n");
        return html.toString();
    }

    private static void row(StringBuilder html, String name, String value) {
        html.append("<tr><th>").append(escape(name)).append("</th><td>").append(escape(value)).append("</td></tr>");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isISOControl(c) && c != '\n' && c != '\t') {
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
