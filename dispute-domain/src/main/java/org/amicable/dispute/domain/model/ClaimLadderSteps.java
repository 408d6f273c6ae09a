package org.amicable.dispute.domain.model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeEvent.ClaimEscalated;

/**
 * How an unpaid claim carries out what the ladder's schedule decided: the events it records and the
 * letters it issues, with the balance and rate of the day; and how its next step reads.
 */
final class ClaimLadderSteps {

    private final UnpaidClaim claim;
    private final DisputeTerms terms;
    private final Clock clock;

    ClaimLadderSteps(UnpaidClaim claim, DisputeTerms terms, Clock clock) {
        this.claim = claim;
        this.terms = terms;
        this.clock = clock;
    }

    void carryOut(ClaimDecision decision, LocalDate date) {
        if (decision instanceof ClaimDecision.WarnOfLimitation warning) {
            claim.record(new DisputeEvent.LimitationWarning(date, warning.limitationDate()), clock);
        } else if (decision instanceof ClaimDecision.BreakPromise broken) {
            claim.record(new DisputeEvent.PromiseBroken(date, broken.promisedFor()), clock);
        } else if (decision instanceof ClaimDecision.SendReminder reminder) {
            sendReminder(reminder, date);
        } else if (decision instanceof ClaimDecision.SendFormalNotice notice) {
            sendFormalNotice(notice, date);
        } else if (decision instanceof ClaimDecision.AskForMediation) {
            claim.record(new ClaimEscalated(date, claim.state(), ClaimState.MEDIATION_TO_CONFIRM), clock);
        } else if (decision instanceof ClaimDecision.MissInstalment missed) {
            claim.record(new DisputeEvent.InstalmentMissed(date, missed.number(), missed.returnTo()), clock);
        } else {
            throw new IllegalStateException("an unpaid claim does not carry out " + decision);
        }
    }

    private void sendReminder(ClaimDecision.SendReminder reminder, LocalDate date) {
        LetterKind kind = reminder.rank() == 1 ? LetterKind.FIRST_REMINDER : LetterKind.SECOND_REMINDER;
        ClaimState next = reminder.rank() == 1 ? ClaimState.FIRST_REMINDER_SENT : ClaimState.SECOND_REMINDER_SENT;
        Invoice invoice = claim.invoice().orElseThrow();
        claim.record(new ClaimEscalated(date, claim.state(), next), clock);
        claim.issueLetter(kind, reminder.channel(), date, invoice.number(), new LetterContent.Reminder(reminder.rank(),
                invoice, claim.figures(terms).balanceOn(date), date.plusDays(reminder.paymentTermDays()),
                Optional.of(claim.figures(terms).lateChargeRateOn(date)), claim.invoiceCorrection()), clock);
        Optional<String> phone = claim.customer().phone();
        if (reminder.confirmByPhone() && phone.isPresent()) {
            claim.record(new DisputeEvent.PhoneTaskCreated(date, phone.get(), kind), clock);
        }
    }

    private void sendFormalNotice(ClaimDecision.SendFormalNotice notice, LocalDate date) {
        Invoice invoice = claim.invoice().orElseThrow();
        claim.record(new ClaimEscalated(date, claim.state(), ClaimState.FORMAL_NOTICE_SENT), clock);
        int days = notice.deadlineDays();
        claim.issueLetter(LetterKind.FORMAL_NOTICE, notice.channel(), date, invoice.number(),
                new LetterContent.FormalNotice(invoice, claim.figures(terms).balanceOn(date), days, date.plusDays(days),
                        LegalMention.ofFormalNotice(claim.customer().kind()),
                        Optional.of(claim.figures(terms).lateChargeRateOn(date)), claim.invoiceCorrection()),
                clock);
    }

    /** What comes next on the claim, for people reading it. */
    static Optional<NextStep> nextStep(UnpaidClaim claim) {
        ClaimState state = claim.state();
        if (state.isTerminal()) {
            return Optional.empty();
        }
        if (claim.heldByGrievance().isPresent()) {
            return Optional.of(NextStep.about(NextStep.Kind.HELD_BY_GRIEVANCE, claim.heldByGrievance().get().toString()));
        }
        if (claim.standing().returnedToSender().isPresent()) {
            return Optional.of(NextStep.about(NextStep.Kind.CORRECT_ADDRESS,
                    claim.standing().returnedToSender().get().toString()));
        }
        if (!claim.proposedPlan().isEmpty()) {
            return Optional.of(NextStep.counting(NextStep.Kind.DECIDE_PROPOSED_PLAN, claim.proposedPlan().size()));
        }
        if (claim.promisedFor().isPresent()) {
            return Optional.of(NextStep.on(NextStep.Kind.AWAIT_PROMISED_PAYMENT, claim.promisedFor().get()));
        }
        Optional<LetterId> awaited = claim.standing().stepLetterAwaited();
        if (awaited.isPresent()) {
            LetterKind kind = claim.letter(awaited.get()).orElseThrow().kind();
            boolean approved = claim.review(awaited.get()).filter(LetterReview::waiting).isEmpty();
            return Optional.of(NextStep.forLetter(approved ? NextStep.Kind.SEND_APPROVED_LETTER
                    : NextStep.Kind.REVIEW_LETTER, kind));
        }
        return Optional.of(switch (state) {
            case OPEN -> NextStep.of(NextStep.Kind.FIRST_REMINDER);
            case FIRST_REMINDER_SENT -> NextStep.of(NextStep.Kind.SECOND_REMINDER);
            case SECOND_REMINDER_SENT -> NextStep.of(NextStep.Kind.FORMAL_NOTICE);
            case FORMAL_NOTICE_SENT -> NextStep.of(NextStep.Kind.MEDIATION_AFTER_NOTICE);
            case MEDIATION_TO_CONFIRM -> NextStep.of(NextStep.Kind.CONFIRM_MEDIATION);
            case IN_MEDIATION -> NextStep.of(NextStep.Kind.PLAN_OR_COURT);
            case REPAYMENT_PLAN -> NextStep.counting(NextStep.Kind.INSTALMENT_DUE, claim.instalmentsPaid() + 1);
            case LITIGATION, SETTLED, WRITTEN_OFF, CANCELLED -> throw new IllegalStateException("closed in " + state);
        });
    }
}
