package org.amicable.dispute.domain.model;

/** Why a registered letter came back to the company instead of being delivered. */
public enum ReturnReason {
    /**
     * Pli avisé et non réclamé: presented, a notice left, never collected. The letter still takes
     * effect from its first presentation.
     */
    UNCLAIMED,
    /** Refused by the addressee when presented: it takes effect from that presentation. */
    REFUSED,
    /**
     * NPAI (n'habite pas à l'adresse indiquée): the addressee is unknown at that address. It reached
     * nobody: the address must be corrected and the letter sent again.
     */
    ADDRESSEE_UNKNOWN;

    /** Whether the letter takes effect from its first presentation although nobody signed for it. */
    public boolean takesEffectOnPresentation() {
        return this != ADDRESSEE_UNKNOWN;
    }
}
