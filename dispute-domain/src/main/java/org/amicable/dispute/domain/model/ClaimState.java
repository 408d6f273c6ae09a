package org.amicable.dispute.domain.model;

/** Where an unpaid claim stands on the ladder. */
public enum ClaimState implements DisputeState {
    /** Opened; the first reminder is due a few days after the due date. */
    OPEN(false),
    FIRST_REMINDER_SENT(false),
    SECOND_REMINDER_SENT(false),
    /** The formal notice went out; the eight days run. */
    FORMAL_NOTICE_SENT(false),
    /** The eight days passed unpaid; a manager must confirm the (costly) mediation. */
    MEDIATION_TO_CONFIRM(false),
    IN_MEDIATION(false),
    /** The customer follows a repayment plan (échéancier). */
    REPAYMENT_PLAN(false),
    /** The case went to court: the amicable phase is over. */
    LITIGATION(true),
    /** Paid in full. */
    SETTLED(true),
    WRITTEN_OFF(true),
    CANCELLED(true);

    private final boolean terminal;

    ClaimState(boolean terminal) {
        this.terminal = terminal;
    }

    /** Whether the amicable phase of the claim is over. */
    public boolean isTerminal() {
        return terminal;
    }
}
