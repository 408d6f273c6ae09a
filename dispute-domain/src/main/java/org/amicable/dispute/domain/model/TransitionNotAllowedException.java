package org.amicable.dispute.domain.model;

/** The dispute's current state does not allow the action; the message names both. */
public final class TransitionNotAllowedException extends DisputeException {

    private final String currentState;
    private final String action;

    public TransitionNotAllowedException(DisputeId disputeId, String currentState, String action, String why) {
        super("cannot " + action + ": dispute " + disputeId + " is " + currentState + (why.isEmpty() ? "" : "; " + why));
        this.currentState = currentState;
        this.action = action;
    }

    /** The state the dispute is in. */
    public String currentState() {
        return currentState;
    }

    /** What was attempted. */
    public String action() {
        return action;
    }
}
