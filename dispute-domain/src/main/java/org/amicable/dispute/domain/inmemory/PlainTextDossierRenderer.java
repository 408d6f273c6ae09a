package org.amicable.dispute.domain.inmemory;

import java.nio.charset.StandardCharsets;
import org.amicable.dispute.domain.model.EventFormat;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.amicable.dispute.domain.port.out.Dossier;
import org.amicable.dispute.domain.port.out.DossierRenderer;
import org.amicable.dispute.domain.model.RenderedDossier;

/**
 * Writes a dossier as plain text of its facts ({@code dossier.txt}), or that text as a web page
 * ({@code dossier.html}): deterministic, no layout. For tests and for teams without the mail adapter, which
 * writes the real PDF and web page.
 */
public final class PlainTextDossierRenderer implements DossierRenderer {

    @Override
    public RenderedDossier render(Dossier dossier, Format format) {
        StringBuilder text = new StringBuilder();
        text.append("Dispute ").append(dossier.dispute().id()).append(", ").append(dossier.dispute().customer().name())
                .append(", as of ").append(dossier.dispute().asOf()).append('\n');
        dossier.dispute().balance().ifPresent(balance -> text.append("Due: ").append(balance.total()).append('\n'));
        for (TimelineEntry entry : dossier.timeline()) {
            text.append(entry.sequence()).append(' ').append(entry.recordedAt()).append(' ')
                    .append(EventFormat.typeOf(entry.event()).name()).append('\n');
        }
        text.append(dossier.verification().explanation()).append('\n');
        if (format == Format.HTML) {
            String escaped = text.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            return new RenderedDossier("dossier.html", ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Dossier</title>"
                    + "</head><body><pre>" + escaped + "</pre></body></html>\n").getBytes(StandardCharsets.UTF_8));
        }
        return new RenderedDossier("dossier.txt", text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
