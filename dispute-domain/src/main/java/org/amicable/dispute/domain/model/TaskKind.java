package org.amicable.dispute.domain.model;

/**
 * What a person must do about a dispute. Each kind is closed by one action ({@link TaskAction}), and
 * derived from the dispute's state by {@link OpenTasks}: a task is never stored as a fact of its own.
 */
public enum TaskKind {
    /** Call the customer to confirm a registered reminder, where the ladder asks for a call. */
    CONFIRM_BY_PHONE,
    /** The formal notice's deadline passed unpaid: a manager confirms the (costly) mediation. */
    CONFIRM_MEDIATION,
    /** A grievance was received and nobody handles it yet. */
    TAKE_GRIEVANCE,
    /** The grievance's manager has not made first contact with the customer yet. */
    MAKE_FIRST_CONTACT,
    /** A settlement proposal waits for the customer's answer, which someone records. */
    PROPOSAL_AWAITING_ANSWER,
    /** The customer accepted a proposal: the remedy is due by the agreed deadline (or is overdue). */
    DELIVER_AGREED_REMEDY,
    /** A registered letter went out and its tracking number is not recorded yet. */
    RECORD_TRACKING,
    /** A registered letter is tracked; its acknowledgment of receipt (or its return) is not recorded yet. */
    RECORD_ACKNOWLEDGMENT,
    /**
     * A registered letter came back: addressee unknown (NPAI), the address must be corrected; unclaimed
     * or refused, it took effect and the returned envelope's scan is kept as evidence.
     */
    LETTER_RETURNED,
    /** A letter could not be sent, for good; the mail server's reason says why. */
    LETTER_FAILED,
    /** A letter was not sent because a value holds characters no font of the letters can draw. */
    LETTER_NOT_PRINTABLE,
    /**
     * A letter of a reviewed kind waits for a manager, who approves it (it goes out) or holds it; a held
     * letter stays in the queue, with its reason, until it is approved.
     */
    LETTER_AWAITING_REVIEW,
    /** The customer promised to pay by a date: the payment is awaited. */
    PROMISE_DUE,
    /**
     * The customer proposed a repayment plan beyond the limits accepted on the spot: a manager agrees it (or
     * another plan) or declines it, within {@link OpenTasks#PLAN_DECISION_DAYS} days of the proposal.
     */
    DECIDE_PROPOSED_PLAN,
    /** An instalment of the repayment plan was missed: a new plan, or court. */
    INSTALMENT_MISSED,
    /** The claim will expire soon unless acknowledged or taken to court. */
    LIMITATION_WARNING
}
