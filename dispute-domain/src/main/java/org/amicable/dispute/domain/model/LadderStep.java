package org.amicable.dispute.domain.model;

import java.util.Optional;

/**
 * The highest rung of the ladder an unpaid claim reached, in the ladder's order: what a claim settled
 * "after", when the reports ask which step recovers the money.
 */
public enum LadderStep {
    /** No letter of the ladder went out yet. */
    NONE,
    FIRST_REMINDER,
    SECOND_REMINDER,
    FORMAL_NOTICE,
    /** A mediator was engaged (a manager confirmed it). */
    MEDIATION;

    /** The step a claim reached on entering {@code state}; empty for a state that is no rung. */
    static Optional<LadderStep> reachedIn(ClaimState state) {
        return switch (state) {
            case FIRST_REMINDER_SENT -> Optional.of(FIRST_REMINDER);
            case SECOND_REMINDER_SENT -> Optional.of(SECOND_REMINDER);
            case FORMAL_NOTICE_SENT, MEDIATION_TO_CONFIRM -> Optional.of(FORMAL_NOTICE);
            case IN_MEDIATION -> Optional.of(MEDIATION);
            case OPEN, REPAYMENT_PLAN, LITIGATION, SETTLED, WRITTEN_OFF, CANCELLED -> Optional.empty();
        };
    }

    /** The higher of the two steps. */
    LadderStep orHigher(LadderStep other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
