package org.amicable.dispute.domain.port.out;

/** Writes the dossier of a hand-over pack: the dispute, the sums due and the chronology, in words. */
public interface DossierRenderer {

    /** The dossier as a document, in the customer's language. The same dossier renders to the same bytes. */
    RenderedDossier render(Dossier dossier);
}
