package org.amicable.dispute.domain.model;

/** The action whose record closes a task: each names one use case of the domain. */
public enum TaskAction {
    RECORD_PHONE_CALL,
    CONFIRM_MEDIATION,
    ASSIGN_MANAGER,
    RECORD_CONTACT,
    ANSWER_PROPOSAL,
    RECORD_RESOLUTION,
    RECORD_TRACKING,
    RECORD_ACKNOWLEDGMENT,
    CORRECT_CONTACT_DETAILS,
    ATTACH_SCAN,
    /** A manager approves (or holds) a letter that waits for review. */
    REVIEW_LETTER,
    RECORD_PAYMENT,
    AGREE_REPAYMENT_PLAN,
    /** A manager agrees the plan the customer proposed (or another), or declines it with a reason. */
    DECIDE_PROPOSED_PLAN,
    TAKE_TO_COURT
}
