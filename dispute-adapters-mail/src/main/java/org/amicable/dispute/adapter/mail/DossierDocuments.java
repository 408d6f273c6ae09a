package org.amicable.dispute.adapter.mail;

import java.util.Objects;
import org.amicable.dispute.domain.port.out.Dossier;
import org.amicable.dispute.domain.port.out.DossierRenderer;
import org.amicable.dispute.domain.model.RenderedDossier;

/**
 * The dossier of a hand-over pack, in the customer's language with the company's identity as the letters
 * give it: a PDF ({@code dossier.pdf}) for the pack, or one web page ({@code dossier.html}) that says the
 * same in the same words.
 */
final class DossierDocuments implements DossierRenderer {

    private final MailSettings.Company company;
    private final LetterComposer composer;

    DossierDocuments(MailSettings settings) {
        this.company = Objects.requireNonNull(settings, "settings").company();
        this.composer = new LetterComposer(new LetterTemplates(settings.templateFolder()), company);
    }

    @Override
    public RenderedDossier render(Dossier dossier, Format format) {
        DossierText text = DossierText.of(dossier, company, composer);
        return switch (format) {
            case PDF -> new RenderedDossier("dossier.pdf", DossierPdf.write(text, dossier.dispute(), company.name()));
            case HTML -> new RenderedDossier("dossier.html", DossierHtml.write(text));
        };
    }
}
