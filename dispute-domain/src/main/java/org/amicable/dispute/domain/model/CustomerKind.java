package org.amicable.dispute.domain.model;

/** Whether the customer is a consumer or a business: the law and the policy differ between them. */
public enum CustomerKind {
    /** A person acting outside any trade (consommateur). */
    CONSUMER,
    /** A company or a professional (professionnel). */
    BUSINESS
}
