package org.amicable.dispute.domain.model;

/** Every kind of letter Amicable sends. */
public enum LetterKind {
    FIRST_REMINDER,
    SECOND_REMINDER,
    /** Mise en demeure. */
    FORMAL_NOTICE,
    /** Notice that the claim is referred to a mediator. */
    MEDIATION_REFERRAL,
    REPAYMENT_PLAN_CONFIRMATION,
    GRIEVANCE_ACKNOWLEDGMENT,
    SETTLEMENT_PROPOSAL,
    AGREEMENT_CONFIRMATION,
    RESOLUTION_CONFIRMATION
}
