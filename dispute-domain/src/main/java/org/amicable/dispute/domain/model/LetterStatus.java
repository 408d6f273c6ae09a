package org.amicable.dispute.domain.model;

/** Where a letter is on its way out. */
public enum LetterStatus {
    /** Decided and recorded; waiting for the dispatcher. */
    PENDING,
    SENT,
    /** Refused for good (invalid address, rejected by the server); a manager must act. */
    FAILED
}
