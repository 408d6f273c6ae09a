package org.amicable.dispute.domain.model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
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
    static Optional<String> nextStep(UnpaidClaim claim) {
        ClaimState state = claim.state();
        if (state.isTerminal()) {
            return Optional.empty();
        }
        if (claim.heldByGrievance().isPresent()) {
            return Optional.of("held by grievance " + claim.heldByGrievance().get());
        }
        if (claim.standing().returnedToSender().isPresent()) {
            return Optional.of("correct the customer's address: letter " + claim.standing().returnedToSender().get()
                    + " came back, addressee unknown (NPAI); it is sent again once the address is corrected");
        }
        if (!claim.proposedPlan().isEmpty()) {
            return Optional.of("a manager decides on the repayment plan of " + claim.proposedPlan().size()
                    + " instalments the customer proposed");
        }
        if (claim.promisedFor().isPresent()) {
            return Optional.of("waiting for the promised payment of " + claim.promisedFor().get());
        }
        Optional<LetterId> awaited = claim.standing().stepLetterAwaited();
        if (awaited.isPresent()) {
            String kind = claim.letter(awaited.get()).orElseThrow().kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            boolean approved = claim.review(awaited.get()).filter(LetterReview::waiting).isEmpty();
            return Optional.of((approved ? "the approved " + kind + " goes out with the next dispatch"
                    : "a manager reviews the " + kind + " before it goes out") + "; the ladder waits for it");
        }
        return Optional.of(switch (state) {
            case OPEN -> "first reminder";
            case FIRST_REMINDER_SENT -> "second reminder";
            case SECOND_REMINDER_SENT -> "formal notice";
            case FORMAL_NOTICE_SENT -> "mediation, once the formal notice's deadline has passed";
            case MEDIATION_TO_CONFIRM -> "a manager confirms the mediation";
            case IN_MEDIATION -> "a repayment plan, or court";
            case REPAYMENT_PLAN -> "instalment " + (claim.instalmentsPaid() + 1) + " due";
            case LITIGATION, SETTLED, WRITTEN_OFF, CANCELLED -> "nothing";
        });
    }
}
