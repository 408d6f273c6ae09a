package org.amicable.dispute.domain.model;

/** How a confirmation call went. */
public enum PhoneCallOutcome {
    REACHED,
    UNREACHABLE,
    /** Reached, and the customer promised to pay by a date. */
    PROMISED
}
