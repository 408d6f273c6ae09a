package org.amicable.dispute.domain.port.out;

import org.amicable.dispute.domain.model.RenderedDossier;

/** Writes the dossier of a hand-over pack: the dispute, the sums due and the chronology, in words. */
public interface DossierRenderer {

    /** The dossier as a document of {@code format}, in the customer's language. The same dossier renders to the same bytes. */
    RenderedDossier render(Dossier dossier, Format format);

    /** How a dossier is laid out. */
    enum Format {
        /** A printable document, the one the hand-over pack holds. */
        PDF,
        /** One self-contained web page, for reading in a browser. */
        HTML
    }
}
