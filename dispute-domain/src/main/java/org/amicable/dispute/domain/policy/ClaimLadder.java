package org.amicable.dispute.domain.policy;

import java.time.Period;
import java.util.Objects;
import org.amicable.dispute.domain.model.ClaimState;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.LadderTerms;
import org.amicable.dispute.domain.model.LetterChannel;

/**
 * The delays and choices of the unpaid-claim ladder for one kind of customer. Immutable; build one
 * from {@link #defaults(CustomerKind)} and the {@code with…} methods. Invalid settings are refused
 * with an {@link InvalidPolicyException} that names the setting.
 *
 * @param firstReminderDays         days after the due date before the first reminder (default 5)
 * @param secondReminderDays        days after the first reminder, or the customer's last reaction, before the second (10)
 * @param formalNoticeDays          days after the second reminder, or the last reaction, before the formal notice (10)
 * @param formalNoticeDeadlineDays  days the formal notice gives to pay: eight, sous huitaine (8)
 * @param paymentTermDays           days a reminder gives to pay (8)
 * @param promiseGraceDays          days of grace after a promised date before the promise counts as broken (3)
 * @param instalmentGraceDays       days of grace after an instalment's due date before it counts as missed (5)
 * @param afterMissedInstalment     where a missed instalment takes the case: IN_MEDIATION or LITIGATION
 * @param confirmByPhone            whether a written reminder is followed by a confirmation call, when the customer has a phone
 * @param reminderChannel           how reminders and the formal notice travel (registered post by default)
 * @param limitationPeriod          how long the claim lives: two years toward a consumer, five between businesses
 * @param limitationWarningDays     how many days before the limitation date the product warns (90)
 */
public record ClaimLadder(
        int firstReminderDays,
        int secondReminderDays,
        int formalNoticeDays,
        int formalNoticeDeadlineDays,
        int paymentTermDays,
        int promiseGraceDays,
        int instalmentGraceDays,
        ClaimState afterMissedInstalment,
        boolean confirmByPhone,
        LetterChannel reminderChannel,
        Period limitationPeriod,
        int limitationWarningDays) implements LadderTerms {

    public ClaimLadder {
        InvalidPolicyException.requireAtLeast(firstReminderDays, 0, "firstReminderDays");
        InvalidPolicyException.requireAtLeast(secondReminderDays, 1, "secondReminderDays");
        InvalidPolicyException.requireAtLeast(formalNoticeDays, 1, "formalNoticeDays");
        InvalidPolicyException.requireAtLeast(formalNoticeDeadlineDays, 1, "formalNoticeDeadlineDays");
        InvalidPolicyException.requireAtLeast(paymentTermDays, 1, "paymentTermDays");
        InvalidPolicyException.requireAtLeast(promiseGraceDays, 0, "promiseGraceDays");
        InvalidPolicyException.requireAtLeast(instalmentGraceDays, 0, "instalmentGraceDays");
        InvalidPolicyException.requireAtLeast(limitationWarningDays, 0, "limitationWarningDays");
        if (afterMissedInstalment != ClaimState.IN_MEDIATION && afterMissedInstalment != ClaimState.LITIGATION) {
            throw new InvalidPolicyException("afterMissedInstalment", "must be IN_MEDIATION or LITIGATION, was "
                    + afterMissedInstalment);
        }
        if (reminderChannel == null) {
            throw new InvalidPolicyException("reminderChannel", "is required");
        }
        if (limitationPeriod == null || limitationPeriod.isNegative() || limitationPeriod.isZero()) {
            throw new InvalidPolicyException("limitationPeriod", "must be a positive period, was " + limitationPeriod);
        }
    }

    /**
     * DESIGN.md's default ladder: 5, 10 and 10 days, eight days to answer the formal notice,
     * registered post, phone confirmation; two years' limitation toward a consumer (Code de la
     * consommation, art. L218-2), five between businesses (Code de commerce, art. L110-4).
     */
    public static ClaimLadder defaults(CustomerKind kind) {
        Objects.requireNonNull(kind, "kind");
        Period limitation = kind == CustomerKind.CONSUMER ? Period.ofYears(2) : Period.ofYears(5);
        return new ClaimLadder(5, 10, 10, 8, 8, 3, 5, ClaimState.IN_MEDIATION, true, LetterChannel.REGISTERED_POST,
                limitation, 90);
    }

    public ClaimLadder withFirstReminderDays(int days) {
        return new ClaimLadder(days, secondReminderDays, formalNoticeDays, formalNoticeDeadlineDays, paymentTermDays,
                promiseGraceDays, instalmentGraceDays, afterMissedInstalment, confirmByPhone, reminderChannel,
                limitationPeriod, limitationWarningDays);
    }

    public ClaimLadder withSecondReminderDays(int days) {
        return new ClaimLadder(firstReminderDays, days, formalNoticeDays, formalNoticeDeadlineDays, paymentTermDays,
                promiseGraceDays, instalmentGraceDays, afterMissedInstalment, confirmByPhone, reminderChannel,
                limitationPeriod, limitationWarningDays);
    }

    public ClaimLadder withFormalNoticeDays(int days) {
        return new ClaimLadder(firstReminderDays, secondReminderDays, days, formalNoticeDeadlineDays, paymentTermDays,
                promiseGraceDays, instalmentGraceDays, afterMissedInstalment, confirmByPhone, reminderChannel,
                limitationPeriod, limitationWarningDays);
    }

    public ClaimLadder withFormalNoticeDeadlineDays(int days) {
        return new ClaimLadder(firstReminderDays, secondReminderDays, formalNoticeDays, days, paymentTermDays,
                promiseGraceDays, instalmentGraceDays, afterMissedInstalment, confirmByPhone, reminderChannel,
                limitationPeriod, limitationWarningDays);
    }

    public ClaimLadder withPromiseGraceDays(int days) {
        return new ClaimLadder(firstReminderDays, secondReminderDays, formalNoticeDays, formalNoticeDeadlineDays,
                paymentTermDays, days, instalmentGraceDays, afterMissedInstalment, confirmByPhone, reminderChannel,
                limitationPeriod, limitationWarningDays);
    }

    public ClaimLadder withInstalmentGraceDays(int days) {
        return new ClaimLadder(firstReminderDays, secondReminderDays, formalNoticeDays, formalNoticeDeadlineDays,
                paymentTermDays, promiseGraceDays, days, afterMissedInstalment, confirmByPhone, reminderChannel,
                limitationPeriod, limitationWarningDays);
    }

    public ClaimLadder withAfterMissedInstalment(ClaimState state) {
        return new ClaimLadder(firstReminderDays, secondReminderDays, formalNoticeDays, formalNoticeDeadlineDays,
                paymentTermDays, promiseGraceDays, instalmentGraceDays, state, confirmByPhone, reminderChannel,
                limitationPeriod, limitationWarningDays);
    }

    public ClaimLadder withConfirmByPhone(boolean confirm) {
        return new ClaimLadder(firstReminderDays, secondReminderDays, formalNoticeDays, formalNoticeDeadlineDays,
                paymentTermDays, promiseGraceDays, instalmentGraceDays, afterMissedInstalment, confirm, reminderChannel,
                limitationPeriod, limitationWarningDays);
    }

    public ClaimLadder withReminderChannel(LetterChannel channel) {
        return new ClaimLadder(firstReminderDays, secondReminderDays, formalNoticeDays, formalNoticeDeadlineDays,
                paymentTermDays, promiseGraceDays, instalmentGraceDays, afterMissedInstalment, confirmByPhone, channel,
                limitationPeriod, limitationWarningDays);
    }

    public ClaimLadder withLimitationWarningDays(int days) {
        return new ClaimLadder(firstReminderDays, secondReminderDays, formalNoticeDays, formalNoticeDeadlineDays,
                paymentTermDays, promiseGraceDays, instalmentGraceDays, afterMissedInstalment, confirmByPhone,
                reminderChannel, limitationPeriod, days);
    }
}
