package org.amicable.dispute.domain.model;

/** Where a grievance stands. */
public enum GrievanceState implements DisputeState {
    /** Received; no manager yet. */
    RECEIVED(false),
    /** A manager is assigned and negotiates; no proposal is waiting for an answer. */
    IN_NEGOTIATION(false),
    /** A settlement proposal waits for the customer's answer. */
    PROPOSAL_PENDING(false),
    /** The customer accepted; the company must deliver the remedy by the agreed deadline. */
    AGREED(false),
    /** The agreed deadline passed without the remedy: raised above the manager. */
    OVERDUE(false),
    /** Referred to a mediator (the consumer mediator for a consumer). */
    IN_MEDIATION(false),
    RESOLVED_ON_TIME(true),
    RESOLVED_LATE(true),
    WITHDRAWN(true);

    private final boolean terminal;

    GrievanceState(boolean terminal) {
        this.terminal = terminal;
    }

    /** Whether the grievance has ended. */
    public boolean isTerminal() {
        return terminal;
    }
}
