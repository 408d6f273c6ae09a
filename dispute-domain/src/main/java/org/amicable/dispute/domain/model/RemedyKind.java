package org.amicable.dispute.domain.model;

/** What the company offers to put things right. */
public enum RemedyKind {
    REFUND(true),
    REPLACEMENT(false),
    /** A credit note: its amount is deducted from what the customer owes. */
    CREDIT_NOTE(true),
    DISCOUNT(true),
    /** The invoice is corrected: its amount is the corrected invoice amount. */
    INVOICE_CORRECTION(true),
    REPAIR(false),
    OTHER(false);

    private final boolean requiresAmount;

    RemedyKind(boolean requiresAmount) {
        this.requiresAmount = requiresAmount;
    }

    /** Whether a proposal of this kind must state an amount. */
    public boolean requiresAmount() {
        return requiresAmount;
    }
}
