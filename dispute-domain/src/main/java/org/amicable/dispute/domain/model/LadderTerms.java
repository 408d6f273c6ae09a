package org.amicable.dispute.domain.model;

import java.time.Period;

/** The delays of the unpaid-claim ladder that a claim reads itself: its letters' terms and its limitation. */
public interface LadderTerms {

    /** Days the formal notice gives to pay: eight, sous huitaine. */
    int formalNoticeDeadlineDays();

    /** Days of grace after an instalment's due date before it counts as missed. */
    int instalmentGraceDays();

    /** Where a missed instalment takes the case: IN_MEDIATION or LITIGATION. */
    ClaimState afterMissedInstalment();

    /** How the ladder's letters travel. */
    LetterChannel reminderChannel();

    /** How long the claim lives before it expires, from its due date or its last acknowledgment. */
    Period limitationPeriod();
}
