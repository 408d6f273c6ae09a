package org.amicable.dispute.domain.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.ClaimDecision;
import org.amicable.dispute.domain.model.LadderFacts;
import org.amicable.dispute.domain.model.LadderSchedule;

/**
 * The unpaid-claim ladder of DESIGN.md as a schedule: from what a claim says of itself and a date, the
 * one step that is due (a reminder, the formal notice, mediation, a missed instalment, a broken promise,
 * the limitation warning), or a wait until the next one.
 *
 * <ul>
 *   <li>The limitation warning comes first: it is due whatever the claim waits for.</li>
 *   <li>A promise to pay holds the ladder until the promised date plus grace; broken, the ladder resumes.</li>
 *   <li>A claim held by a grievance, or whose letter came back addressee unknown, waits for someone.</li>
 *   <li>A reminder's delay runs from the step's start or the customer's last reaction, whichever is later;
 *       the formal notice's eight days run from its sending and no reaction stops them.</li>
 * </ul>
 */
public final class ClaimSchedule implements LadderSchedule {

    private final ClaimLadder ladder;

    public ClaimSchedule(ClaimLadder ladder) {
        this.ladder = Objects.requireNonNull(ladder, "ladder");
    }

    @Override
    public Optional<LocalDate> nextDueOn(LadderFacts claim) {
        if (claim.state().isTerminal()) {
            return Optional.empty();
        }
        Optional<LocalDate> warning = limitationWarningDue(claim);
        Optional<LocalDate> step = nextStepDue(claim);
        if (warning.isPresent() && step.isPresent()) {
            return Optional.of(warning.get().isBefore(step.get()) ? warning.get() : step.get());
        }
        return warning.isPresent() ? warning : step;
    }

    @Override
    public ClaimDecision decide(LadderFacts claim, LocalDate date) {
        Optional<LocalDate> due = nextDueOn(claim);
        if (due.isEmpty() || due.get().isAfter(date)) {
            return new ClaimDecision.Wait(due);
        }
        Optional<LocalDate> warning = limitationWarningDue(claim);
        if (warning.isPresent() && !warning.get().isAfter(date)) {
            return new ClaimDecision.WarnOfLimitation(limitationDate(claim));
        }
        if (claim.promisedFor().isPresent()) {
            return new ClaimDecision.BreakPromise(claim.promisedFor().get());
        }
        return switch (claim.state()) {
            case OPEN -> new ClaimDecision.SendReminder(1, ladder.reminderChannel(), ladder.paymentTermDays(),
                    ladder.confirmByPhone());
            case FIRST_REMINDER_SENT -> new ClaimDecision.SendReminder(2, ladder.reminderChannel(),
                    ladder.paymentTermDays(), ladder.confirmByPhone());
            case SECOND_REMINDER_SENT -> new ClaimDecision.SendFormalNotice(ladder.reminderChannel(),
                    ladder.formalNoticeDeadlineDays());
            case FORMAL_NOTICE_SENT -> new ClaimDecision.AskForMediation();
            case REPAYMENT_PLAN -> new ClaimDecision.MissInstalment(claim.instalmentsPaid() + 1,
                    ladder.afterMissedInstalment());
            case MEDIATION_TO_CONFIRM, IN_MEDIATION, LITIGATION, SETTLED, WRITTEN_OFF, CANCELLED ->
                    throw new IllegalStateException("nothing is due in " + claim.state());
        };
    }

    /** The date the claim expires unless acknowledged or taken to court (art. 2240 restarts it). */
    public LocalDate limitationDate(LadderFacts claim) {
        return claim.limitationStart().plus(ladder.limitationPeriod());
    }

    private Optional<LocalDate> limitationWarningDue(LadderFacts claim) {
        LocalDate limitation = limitationDate(claim);
        if (claim.warnedForLimitation().filter(limitation::equals).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(limitation.minusDays(ladder.limitationWarningDays()));
    }

    private Optional<LocalDate> nextStepDue(LadderFacts claim) {
        if (claim.onHold()) {
            return Optional.empty();
        }
        if (claim.promisedFor().isPresent()) {
            return Optional.of(claim.promisedFor().get().plusDays(ladder.promiseGraceDays() + 1L));
        }
        if (claim.stepLetterAwaited()) {
            // A reviewed letter not sent yet (awaiting review, held, or approved and queued): the step waits.
            return Optional.empty();
        }
        return switch (claim.state()) {
            case OPEN -> Optional.of(latest(claim.dueDate().plusDays(ladder.firstReminderDays()), claim.stateSince()));
            case FIRST_REMINDER_SENT -> Optional.of(claim.waitingFrom().plusDays(ladder.secondReminderDays()));
            case SECOND_REMINDER_SENT -> Optional.of(claim.waitingFrom().plusDays(ladder.formalNoticeDays()));
            case FORMAL_NOTICE_SENT -> claim.formalNoticeStart()
                    .map(start -> start.plusDays(ladder.formalNoticeDeadlineDays() + 1L));
            case REPAYMENT_PLAN -> claim.nextInstalmentDue().map(due -> due.plusDays(ladder.instalmentGraceDays() + 1L));
            case MEDIATION_TO_CONFIRM, IN_MEDIATION, LITIGATION, SETTLED, WRITTEN_OFF, CANCELLED -> Optional.empty();
        };
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
