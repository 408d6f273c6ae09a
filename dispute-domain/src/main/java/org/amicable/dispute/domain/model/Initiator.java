package org.amicable.dispute.domain.model;

/** Which side took a step. */
public enum Initiator {
    COMPANY,
    CUSTOMER
}
