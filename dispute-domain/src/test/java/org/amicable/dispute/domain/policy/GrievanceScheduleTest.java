package org.amicable.dispute.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.amicable.dispute.domain.model.GrievanceDecision;
import org.amicable.dispute.domain.model.GrievanceFacts;
import org.amicable.dispute.domain.model.GrievanceState;
import org.amicable.dispute.domain.model.RemedyKind;
import org.amicable.dispute.domain.model.SettlementProposal;
import org.junit.jupiter.api.Test;

/** The grievance's schedule decides from a grievance's facts and a date which deadline has passed. */
class GrievanceScheduleTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);
    private static final LocalDate FIRST_CONTACT = RECEIVED.plusDays(2);
    private final GrievanceSchedule schedule = new GrievanceSchedule();

    private static GrievanceFacts grievance(GrievanceState state, boolean contacted, boolean firstContactRaised,
            Optional<SettlementProposal> pending, Optional<SettlementProposal> agreed) {
        return new GrievanceFacts(state, FIRST_CONTACT, contacted, firstContactRaised, pending, agreed);
    }

    private static SettlementProposal proposal(int round, LocalDate answerBy, LocalDate resolveBy) {
        return new SettlementProposal(round, RemedyKind.REPAIR, Optional.empty(), answerBy, resolveBy, "repair the boiler");
    }

    @Test
    void the_first_contact_is_overdue_the_day_after_its_deadline_and_raised_once() {
        GrievanceFacts received = grievance(GrievanceState.RECEIVED, false, false, Optional.empty(), Optional.empty());

        assertThat(schedule.decide(received, FIRST_CONTACT))
                .isEqualTo(new GrievanceDecision.Wait(Optional.of(FIRST_CONTACT.plusDays(1))));
        assertThat(schedule.decide(received, FIRST_CONTACT.plusDays(1)))
                .isEqualTo(new GrievanceDecision.FirstContactOverdue(FIRST_CONTACT));

        GrievanceFacts raised = grievance(GrievanceState.IN_NEGOTIATION, false, true, Optional.empty(), Optional.empty());
        assertThat(schedule.decide(raised, FIRST_CONTACT.plusDays(30))).as("raised once, then nothing runs")
                .isEqualTo(new GrievanceDecision.Wait(Optional.empty()));
    }

    @Test
    void a_contact_made_in_time_ends_the_first_contact_deadline() {
        GrievanceFacts contacted = grievance(GrievanceState.IN_NEGOTIATION, true, false, Optional.empty(), Optional.empty());

        assertThat(schedule.nextDueOn(contacted)).isEmpty();
        assertThat(schedule.decide(contacted, FIRST_CONTACT.plusDays(10))).isEqualTo(new GrievanceDecision.Wait(Optional.empty()));
    }

    @Test
    void a_proposal_not_answered_by_its_date_lapses_the_day_after() {
        LocalDate answerBy = RECEIVED.plusDays(16);
        GrievanceFacts pending = grievance(GrievanceState.PROPOSAL_PENDING, true, false,
                Optional.of(proposal(2, answerBy, answerBy.plusDays(30))), Optional.empty());

        assertThat(schedule.nextDueOn(pending)).contains(answerBy.plusDays(1));
        assertThat(schedule.decide(pending, answerBy)).isEqualTo(new GrievanceDecision.Wait(Optional.of(answerBy.plusDays(1))));
        assertThat(schedule.decide(pending, answerBy.plusDays(1))).isEqualTo(new GrievanceDecision.ProposalLapsed(2));
    }

    @Test
    void an_agreed_remedy_not_delivered_by_its_deadline_is_overdue_the_day_after() {
        LocalDate resolveBy = RECEIVED.plusDays(40);
        Optional<SettlementProposal> agreement = Optional.of(proposal(1, RECEIVED.plusDays(10), resolveBy));
        GrievanceFacts agreed = grievance(GrievanceState.AGREED, true, false, Optional.empty(), agreement);

        assertThat(schedule.decide(agreed, resolveBy)).isEqualTo(new GrievanceDecision.Wait(Optional.of(resolveBy.plusDays(1))));
        assertThat(schedule.decide(agreed, resolveBy.plusDays(1))).isEqualTo(new GrievanceDecision.RemedyOverdue(resolveBy));

        GrievanceFacts overdue = grievance(GrievanceState.OVERDUE, true, false, Optional.empty(), agreement);
        assertThat(schedule.nextDueOn(overdue)).as("raised once: the overdue remedy has no further deadline").isEmpty();
    }

    @Test
    void the_missed_first_contact_comes_before_a_later_deadline_and_the_next_date_is_the_earliest() {
        LocalDate answerBy = FIRST_CONTACT.plusDays(5);
        GrievanceFacts both = grievance(GrievanceState.IN_MEDIATION, false, false,
                Optional.of(proposal(1, answerBy, answerBy.plusDays(10))), Optional.empty());

        assertThat(schedule.nextDueOn(both)).contains(FIRST_CONTACT.plusDays(1));
        assertThat(schedule.decide(both, answerBy.plusDays(1)))
                .isEqualTo(new GrievanceDecision.FirstContactOverdue(FIRST_CONTACT));
    }

    @Test
    void an_ended_grievance_has_no_deadline() {
        GrievanceFacts withdrawn = grievance(GrievanceState.WITHDRAWN, false, false, Optional.empty(), Optional.empty());

        assertThat(schedule.nextDueOn(withdrawn)).isEmpty();
        assertThat(schedule.decide(withdrawn, FIRST_CONTACT.plusDays(100))).isEqualTo(new GrievanceDecision.Wait(Optional.empty()));
    }
}
