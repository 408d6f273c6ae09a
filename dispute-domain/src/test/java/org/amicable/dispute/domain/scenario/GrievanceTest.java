package org.amicable.dispute.domain.scenario;

import static org.amicable.dispute.domain.fixtures.Customers.businessCustomer;
import static org.amicable.dispute.domain.fixtures.Customers.consumerWithPhone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.amicable.dispute.domain.fixtures.World;
import org.amicable.dispute.domain.model.DisputeEvent.FirstContactOverdue;
import org.amicable.dispute.domain.model.DisputeEvent.ProposalLapsed;
import org.amicable.dispute.domain.model.DisputeEvent.RemedyOverdue;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.GrievanceCause;
import org.amicable.dispute.domain.model.InvalidValueException;
import org.amicable.dispute.domain.model.LegalMention;
import org.amicable.dispute.domain.model.LetterChannel;
import org.amicable.dispute.domain.model.LetterContent;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.model.RemedyKind;
import org.amicable.dispute.domain.model.SettlementProposal;
import org.amicable.dispute.domain.model.TransitionNotAllowedException;
import org.amicable.dispute.domain.port.in.DisputeView;
import org.amicable.dispute.domain.port.in.RecordContactUseCase;
import org.amicable.dispute.domain.port.in.ReferGrievanceToMediationUseCase;
import org.amicable.dispute.domain.port.in.WithdrawGrievanceUseCase;
import org.junit.jupiter.api.Test;

/** The grievance track: the company is at fault and moves first. */
class GrievanceTest {

    final World world = World.on("2026-03-02");

    private DisputeId spoiledDelivery() {
        return world.opensGrievance(consumerWithPhone(), GrievanceCause.SPOILED_PRODUCT, Optional.empty(),
                "The cheese platter arrived mouldy");
    }

    private void contact(DisputeId grievance) {
        world.services.recordContact().recordContact(new RecordContactUseCase.Command(grievance, Optional.empty(),
                world.today(), "called the customer, apologised"));
    }

    private DisputeView referToMediation(DisputeId grievance) {
        return world.services.referGrievanceToMediation().referGrievanceToMediation(new ReferGrievanceToMediationUseCase.Command(
                grievance, Optional.empty(), world.today(), "Médiateur du e-commerce (FEVAD)"));
    }

    @Test
    void a_received_grievance_is_acknowledged_in_writing_and_the_first_contact_deadline_runs() {
        DisputeId grievance = spoiledDelivery();

        DisputeView view = world.view(grievance);
        assertThat(view.state().name()).isEqualTo("RECEIVED");
        assertThat(view.deadlines()).containsEntry(DisputeView.Deadline.FIRST_CONTACT, world.today().plusDays(2));
        assertThat(world.letter(grievance, LetterKind.GRIEVANCE_ACKNOWLEDGMENT)).satisfies(letter -> {
            assertThat(letter.channel()).isEqualTo(LetterChannel.EMAIL);
            assertThat(letter.content()).isInstanceOfSatisfying(LetterContent.GrievanceAcknowledgment.class,
                    content -> assertThat(content.mentions()).containsExactly(LegalMention.CONSUMER_MEDIATOR));
        });
    }

    @Test
    void without_first_contact_by_the_deadline_the_grievance_is_raised_above_the_manager_once() {
        DisputeId grievance = spoiledDelivery();
        world.assigns(grievance, "Claire");

        world.daysLater(2).escalationRuns();
        assertThat(world.events(grievance, FirstContactOverdue.class)).isEmpty();
        world.daysLater(1).escalationRuns();
        world.daysLater(1).escalationRuns();

        assertThat(world.events(grievance, FirstContactOverdue.class)).singleElement()
                .satisfies(overdue -> assertThat(overdue.deadline()).isEqualTo(LocalDate.of(2026, 3, 4)));
    }

    @Test
    void a_contact_within_the_deadline_meets_it() {
        DisputeId grievance = spoiledDelivery();
        world.assigns(grievance, "Claire");
        world.daysLater(1);
        contact(grievance);

        world.daysLater(10).escalationRuns();

        assertThat(world.events(grievance, FirstContactOverdue.class)).isEmpty();
        assertThat(world.view(grievance).nextDueOn()).isEmpty();
    }

    @Test
    void a_proposal_needs_a_manager() {
        DisputeId grievance = spoiledDelivery();

        assertThatThrownBy(() -> world.proposes(grievance, RemedyKind.REFUND, Optional.of("49.90"), 7, 14))
                .isInstanceOfSatisfying(TransitionNotAllowedException.class, e -> {
                    assertThat(e.currentState()).isEqualTo("RECEIVED");
                    assertThat(e.getMessage()).contains("RECEIVED").contains("make a proposal");
                });
    }

    @Test
    void a_refund_proposal_without_an_amount_is_invalid() {
        DisputeId grievance = spoiledDelivery();
        world.assigns(grievance, "Claire");

        assertThatThrownBy(() -> world.proposes(grievance, RemedyKind.REFUND, Optional.empty(), 7, 14))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("amount"));
    }

    @Test
    void rejected_then_a_new_proposal_then_accepted() {
        DisputeId grievance = spoiledDelivery();
        world.assigns(grievance, "Claire");
        world.proposes(grievance, RemedyKind.DISCOUNT, Optional.of("10.00"), 7, 14);
        world.daysLater(2);
        DisputeView rejected = world.rejects(grievance, "a discount on the next order is not enough");
        assertThat(rejected.state().name()).isEqualTo("IN_NEGOTIATION");

        world.daysLater(1);
        world.proposes(grievance, RemedyKind.REFUND, Optional.of("49.90"), 7, 10);
        world.daysLater(1);
        DisputeView accepted = world.accepts(grievance);

        assertThat(accepted.state().name()).isEqualTo("AGREED");
        assertThat(accepted.grievance().orElseThrow().proposals()).extracting(SettlementProposal::round)
                .containsExactly(1, 2);
        assertThat(accepted.grievance().orElseThrow().agreement()).hasValueSatisfying(agreement ->
                assertThat(agreement.remedy()).isEqualTo(RemedyKind.REFUND));
        assertThat(accepted.deadlines()).containsEntry(DisputeView.Deadline.AGREED, LocalDate.of(2026, 3, 15));
        assertThat(world.letterKinds(grievance)).containsExactly(LetterKind.GRIEVANCE_ACKNOWLEDGMENT,
                LetterKind.SETTLEMENT_PROPOSAL, LetterKind.SETTLEMENT_PROPOSAL, LetterKind.AGREEMENT_CONFIRMATION);
    }

    @Test
    void a_proposal_left_unanswered_past_its_date_lapses_and_negotiation_resumes() {
        DisputeId grievance = spoiledDelivery();
        world.assigns(grievance, "Claire");
        world.proposes(grievance, RemedyKind.REPLACEMENT, Optional.empty(), 7, 14);

        world.daysLater(7).escalationRuns();
        assertThat(world.state(grievance)).isEqualTo("PROPOSAL_PENDING");
        world.daysLater(1).escalationRuns();

        assertThat(world.state(grievance)).isEqualTo("IN_NEGOTIATION");
        assertThat(world.events(grievance, ProposalLapsed.class)).singleElement()
                .satisfies(lapsed -> assertThat(lapsed.round()).isEqualTo(1));
        assertThatThrownBy(() -> world.accepts(grievance))
                .isInstanceOfSatisfying(TransitionNotAllowedException.class,
                        e -> assertThat(e.currentState()).isEqualTo("IN_NEGOTIATION"));
    }

    @Test
    void a_remedy_past_the_agreed_deadline_is_overdue_then_resolved_late() {
        DisputeId grievance = spoiledDelivery();
        world.assigns(grievance, "Claire");
        world.proposes(grievance, RemedyKind.REPLACEMENT, Optional.empty(), 3, 5);
        world.accepts(grievance);

        world.daysLater(5).escalationRuns();
        assertThat(world.state(grievance)).isEqualTo("AGREED");
        world.daysLater(1).escalationRuns();
        assertThat(world.state(grievance)).isEqualTo("OVERDUE");
        assertThat(world.events(grievance, RemedyOverdue.class)).hasSize(1);

        world.daysLater(2);
        DisputeView resolved = world.remedyDelivered(grievance);

        assertThat(resolved.state().name()).isEqualTo("RESOLVED_LATE");
        assertThat(resolved.closed()).isTrue();
        assertThat(world.letter(grievance, LetterKind.RESOLUTION_CONFIRMATION).content())
                .isInstanceOfSatisfying(LetterContent.ResolutionConfirmation.class,
                        content -> assertThat(content.onTime()).isFalse());
    }

    @Test
    void the_customer_may_withdraw_the_grievance() {
        DisputeId grievance = spoiledDelivery();
        world.assigns(grievance, "Claire");

        DisputeView view = world.services.withdrawGrievance().withdrawGrievance(new WithdrawGrievanceUseCase.Command(grievance,
                Optional.empty(), world.today(), "found the parcel at the neighbour's"));

        assertThat(view.state().name()).isEqualTo("WITHDRAWN");
        assertThatThrownBy(() -> world.proposes(grievance, RemedyKind.OTHER, Optional.empty(), 3, 5))
                .isInstanceOfSatisfying(TransitionNotAllowedException.class,
                        e -> assertThat(e.currentState()).isEqualTo("WITHDRAWN"));
    }

    @Test
    void a_consumer_reaches_the_consumer_mediator_within_a_year_of_the_written_complaint() {
        DisputeId grievance = spoiledDelivery();
        world.assigns(grievance, "Claire");
        world.daysLater(365);

        DisputeView view = referToMediation(grievance);

        assertThat(view.state().name()).isEqualTo("IN_MEDIATION");
        assertThat(view.grievance().orElseThrow().mediator()).contains("Médiateur du e-commerce (FEVAD)");
        assertThat(world.letterKinds(grievance)).contains(LetterKind.MEDIATION_REFERRAL);
    }

    @Test
    void a_consumer_cannot_reach_the_consumer_mediator_more_than_a_year_after_the_written_complaint() {
        DisputeId grievance = spoiledDelivery();
        world.assigns(grievance, "Claire");
        world.daysLater(366);

        assertThatThrownBy(() -> referToMediation(grievance))
                .isInstanceOfSatisfying(TransitionNotAllowedException.class,
                        e -> assertThat(e.getMessage()).contains("2027-03-02"));
    }

    @Test
    void a_business_has_no_one_year_window_for_mediation() {
        DisputeId grievance = world.opensGrievance(businessCustomer(), GrievanceCause.NON_CONFORMING_ITEM,
                Optional.empty(), "200 blue boxes ordered, 200 red delivered");
        world.assigns(grievance, "Claire");
        world.daysLater(400);

        assertThat(referToMediation(grievance).state().name()).isEqualTo("IN_MEDIATION");
    }

    @Test
    void in_mediation_a_proposal_that_is_rejected_returns_to_mediation() {
        DisputeId grievance = spoiledDelivery();
        world.assigns(grievance, "Claire");
        referToMediation(grievance);
        world.proposes(grievance, RemedyKind.CREDIT_NOTE, Optional.of("20.00"), 7, 14);

        assertThat(world.rejects(grievance, "still not enough").state().name()).isEqualTo("IN_MEDIATION");
    }
}
