package org.amicable.dispute.adapter.web;

import java.util.Locale;
import org.amicable.dispute.domain.model.NextStep;

/**
 * A dispute's next step in the English sentence the API has always given in its {@code nextStep}
 * field: clients and tests read these words, so they do not change.
 */
final class NextStepWords {

    private NextStepWords() {
    }

    /** The step in English. */
    static String english(NextStep step) {
        return switch (step.kind()) {
            case HELD_BY_GRIEVANCE -> "held by grievance " + reference(step);
            case CORRECT_ADDRESS -> "correct the customer's address: letter " + reference(step)
                    + " came back, addressee unknown (NPAI); it is sent again once the address is corrected";
            case DECIDE_PROPOSED_PLAN -> "a manager decides on the repayment plan of " + step.number()
                    + " instalments the customer proposed";
            case AWAIT_PROMISED_PAYMENT -> "waiting for the promised payment of " + date(step);
            case REVIEW_LETTER -> "a manager reviews the " + letter(step) + " before it goes out; the ladder waits for it";
            case SEND_APPROVED_LETTER -> "the approved " + letter(step)
                    + " goes out with the next dispatch; the ladder waits for it";
            case FIRST_REMINDER -> "first reminder";
            case SECOND_REMINDER -> "second reminder";
            case FORMAL_NOTICE -> "formal notice";
            case MEDIATION_AFTER_NOTICE -> "mediation, once the formal notice's deadline has passed";
            case CONFIRM_MEDIATION -> "a manager confirms the mediation";
            case PLAN_OR_COURT -> "a repayment plan, or court";
            case INSTALMENT_DUE -> "instalment " + step.number() + " due";
            case ASSIGN_MANAGER -> "assign a manager, who makes first contact by " + date(step);
            case MAKE_FIRST_CONTACT -> "make first contact by " + date(step);
            case MAKE_PROPOSAL -> "make a proposal";
            case CUSTOMER_ANSWERS -> "the customer answers by " + date(step);
            case DELIVER_REMEDY -> "deliver the remedy by " + date(step);
            case DELIVER_OVERDUE_REMEDY -> "deliver the overdue remedy (raised above the manager)";
            case MEDIATOR_OUTCOME -> "the mediator's outcome";
        };
    }

    private static String reference(NextStep step) {
        return step.reference().orElseThrow();
    }

    private static String date(NextStep step) {
        return step.date().orElseThrow().toString();
    }

    private static String letter(NextStep step) {
        return step.letter().orElseThrow().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
