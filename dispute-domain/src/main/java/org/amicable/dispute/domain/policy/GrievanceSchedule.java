package org.amicable.dispute.domain.policy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.amicable.dispute.domain.model.GrievanceDeadlines;
import org.amicable.dispute.domain.model.GrievanceDecision;
import org.amicable.dispute.domain.model.GrievanceFacts;
import org.amicable.dispute.domain.model.GrievanceState;
import org.amicable.dispute.domain.model.SettlementProposal;

/**
 * The grievance track's deadlines of DESIGN.md as a schedule: from what a grievance says of itself and a
 * date, the one deadline that has passed, or a wait until the next one. A deadline passes the day after it.
 *
 * <ul>
 *   <li>The manager must make first contact by its deadline; missed, it is raised once.</li>
 *   <li>A proposal the customer does not answer by its answer-by date lapses.</li>
 *   <li>An agreed remedy not delivered by its resolve-by date makes the grievance overdue.</li>
 *   <li>An ended grievance has no deadline.</li>
 * </ul>
 */
public final class GrievanceSchedule implements GrievanceDeadlines {

    @Override
    public Optional<LocalDate> nextDueOn(GrievanceFacts grievance) {
        if (grievance.state().isTerminal()) {
            return Optional.empty();
        }
        return Stream.of(firstContactDue(grievance), answerDue(grievance), remedyDue(grievance))
                .flatMap(Optional::stream)
                .min(LocalDate::compareTo);
    }

    @Override
    public GrievanceDecision decide(GrievanceFacts grievance, LocalDate date) {
        Optional<LocalDate> due = nextDueOn(grievance);
        if (due.isEmpty() || due.get().isAfter(date)) {
            return new GrievanceDecision.Wait(due);
        }
        if (passed(firstContactDue(grievance), date)) {
            return new GrievanceDecision.FirstContactOverdue(grievance.firstContactDeadline());
        }
        if (passed(answerDue(grievance), date)) {
            return new GrievanceDecision.ProposalLapsed(grievance.pending().orElseThrow().round());
        }
        return new GrievanceDecision.RemedyOverdue(grievance.agreed().orElseThrow().resolveBy());
    }

    /** The first contact is due until made, and raised only once. */
    private static Optional<LocalDate> firstContactDue(GrievanceFacts grievance) {
        if (grievance.contacted() || grievance.firstContactRaised()) {
            return Optional.empty();
        }
        return Optional.of(grievance.firstContactDeadline().plusDays(1));
    }

    private static Optional<LocalDate> answerDue(GrievanceFacts grievance) {
        return grievance.pending().map(proposal -> proposal.answerBy().plusDays(1));
    }

    /** The remedy's deadline runs once a proposal is agreed, until delivered or raised as overdue. */
    private static Optional<LocalDate> remedyDue(GrievanceFacts grievance) {
        if (grievance.state() != GrievanceState.AGREED) {
            return Optional.empty();
        }
        return grievance.agreed().map(SettlementProposal::resolveBy).map(resolveBy -> resolveBy.plusDays(1));
    }

    private static boolean passed(Optional<LocalDate> due, LocalDate date) {
        return due.filter(day -> !day.isAfter(date)).isPresent();
    }
}
