package org.amicable.dispute.domain.scenario;

import static org.amicable.dispute.domain.fixtures.Customers.businessCustomer;
import static org.amicable.dispute.domain.fixtures.Customers.consumerWithPhone;
import static org.amicable.dispute.domain.fixtures.Invoices.invoiceDue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.amicable.dispute.domain.fixtures.Policies;
import org.amicable.dispute.domain.fixtures.World;
import org.amicable.dispute.domain.model.ClaimState;
import org.amicable.dispute.domain.model.DisputeEvent.InstalmentMissed;
import org.amicable.dispute.domain.model.DisputeEvent.MediationConfirmed;
import org.amicable.dispute.domain.model.DisputeEvent.PaymentRecorded;
import org.amicable.dispute.domain.model.DisputeEvent.Settled;
import org.amicable.dispute.domain.model.DisputeEvent.TakenToCourt;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.Initiator;
import org.amicable.dispute.domain.model.Instalment;
import org.amicable.dispute.domain.model.InvalidCommandException;
import org.amicable.dispute.domain.model.InvalidValueException;
import org.amicable.dispute.domain.model.LetterContent;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.model.MediatorKind;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.TransitionNotAllowedException;
import org.amicable.dispute.domain.model.VersionConflictException;
import org.amicable.dispute.domain.policy.ClaimLadder;
import org.amicable.dispute.domain.policy.EscalationPolicy;
import org.amicable.dispute.domain.port.in.AgreeRepaymentPlanUseCase;
import org.amicable.dispute.domain.port.in.CancelClaimUseCase;
import org.amicable.dispute.domain.port.in.ConfirmMediationUseCase;
import org.amicable.dispute.domain.port.in.DisputeView;
import org.amicable.dispute.domain.port.in.RecordCustomerAnswerUseCase;
import org.amicable.dispute.domain.port.in.RecordPaymentUseCase;
import org.amicable.dispute.domain.port.in.TakeToCourtUseCase;
import org.amicable.dispute.domain.port.in.WriteOffClaimUseCase;
import org.junit.jupiter.api.Test;

/** How an unpaid claim ends: payment, mediation and plan, court, write-off, cancellation. */
class ClaimOutcomesTest {

    static final LocalDate DUE = LocalDate.of(2026, 1, 31);

    World world = World.on(DUE.plusDays(1));

    private DisputeId claimAwaitingMediation(World in, String euros) {
        DisputeId claim = in.opensClaim(consumerWithPhone(), invoiceDue(DUE, euros));
        in.escalatesDailyUntil(DUE.plusDays(34));
        assertThat(in.state(claim)).isEqualTo("MEDIATION_TO_CONFIRM");
        return claim;
    }

    private DisputeView confirmMediation(World in, DisputeId claim) {
        return in.services.confirmMediation().confirmMediation(new ConfirmMediationUseCase.Command(claim,
                Optional.empty(), in.today(), MediatorKind.BAILIFF, "Maître Lefèvre, commissaire de justice",
                Money.euros("150.00"), "Claire (credit manager)"));
    }

    private DisputeView takeToCourt(World in, DisputeId claim, Initiator initiator) {
        return in.services.takeToCourt().takeToCourt(new TakeToCourtUseCase.Command(claim, Optional.empty(),
                in.today(), initiator, "the customer does not pay"));
    }

    @Test
    void a_partial_payment_lowers_the_balance_and_a_payment_in_full_settles_the_claim() {
        DisputeId claim = world.opensClaim(consumerWithPhone(), invoiceDue(DUE, "300.00"));
        world.movesTo(DUE.plusDays(5)).escalationRuns();

        DisputeView afterPart = world.pays(claim, "120.00");
        assertThat(afterPart.balance().orElseThrow().principal()).isEqualTo(Money.euros("180.00"));
        assertThat(afterPart.state().name()).isEqualTo("FIRST_REMINDER_SENT");

        world.daysLater(3);
        DisputeView afterRest = world.pays(claim, "200.00");

        assertThat(afterRest.state().name()).isEqualTo("SETTLED");
        assertThat(afterRest.closed()).isTrue();
        assertThat(afterRest.balance().orElseThrow().isSettled()).isTrue();
        assertThat(world.events(claim, PaymentRecorded.class)).last()
                .satisfies(payment -> assertThat(payment.surplus()).isEqualTo(Money.euros("20.00")));
        assertThat(world.events(claim, Settled.class)).hasSize(1);
        world.daysLater(60).escalationRuns();
        assertThat(world.letterKinds(claim)).containsExactly(LetterKind.FIRST_REMINDER);
    }

    @Test
    void a_payment_in_another_currency_or_not_positive_is_refused_naming_the_field() {
        DisputeId claim = world.opensClaim(consumerWithPhone(), invoiceDue(DUE, "300.00"));
        assertThatThrownBy(() -> world.services.recordPayment().recordPayment(new RecordPaymentUseCase.Command(claim,
                Optional.empty(), world.today(), Money.of("100.00", "USD"), "x")))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> world.services.recordPayment().recordPayment(new RecordPaymentUseCase.Command(claim,
                Optional.empty(), world.today().plusDays(1), Money.euros("1.00"), "x")))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.field()).isEqualTo("receivedOn"));
    }

    @Test
    void mediation_needs_a_manager_to_confirm_it_with_the_mediator_kind_and_fee() {
        DisputeId claim = claimAwaitingMediation(world, "900.00");

        DisputeView view = confirmMediation(world, claim);

        assertThat(view.state().name()).isEqualTo("IN_MEDIATION");
        assertThat(view.claim().orElseThrow().mediationTried()).isTrue();
        assertThat(world.events(claim, MediationConfirmed.class)).singleElement().satisfies(confirmed -> {
            assertThat(confirmed.kind()).isEqualTo(MediatorKind.BAILIFF);
            assertThat(confirmed.fee()).isEqualTo(Money.euros("150.00"));
            assertThat(confirmed.confirmedBy()).isEqualTo("Claire (credit manager)");
        });
        assertThat(world.letter(claim, LetterKind.MEDIATION_REFERRAL).content())
                .isInstanceOfSatisfying(LetterContent.MediationReferral.class, content -> {
                    assertThat(content.mediatorKind()).contains(MediatorKind.BAILIFF);
                    assertThat(content.balance()).isPresent();
                });
    }

    @Test
    void mediation_cannot_be_confirmed_before_the_ladder_reaches_it() {
        DisputeId claim = world.opensClaim(consumerWithPhone(), invoiceDue(DUE, "900.00"));

        assertThatThrownBy(() -> confirmMediation(world, claim))
                .isInstanceOfSatisfying(TransitionNotAllowedException.class, e -> {
                    assertThat(e.currentState()).isEqualTo("OPEN");
                    assertThat(e.getMessage()).contains("OPEN").contains("confirm mediation");
                });
    }

    @Test
    void a_missed_instalment_past_its_grace_returns_the_case_to_mediation_by_default() {
        DisputeId claim = claimAwaitingMediation(world, "900.00");
        confirmMediation(world, claim);
        Money balance = world.view(claim).balance().orElseThrow().total();
        world.services.agreeRepaymentPlan().agreeRepaymentPlan(new AgreeRepaymentPlanUseCase.Command(claim,
                Optional.empty(), world.today(), List.of(new Instalment(1, world.today().plusDays(30), balance))));
        LocalDate due = world.today().plusDays(30);

        world.movesTo(due.plusDays(5)).escalationRuns();
        assertThat(world.state(claim)).isEqualTo("REPAYMENT_PLAN");
        world.daysLater(1).escalationRuns();

        assertThat(world.state(claim)).isEqualTo("IN_MEDIATION");
        assertThat(world.events(claim, InstalmentMissed.class)).singleElement()
                .satisfies(missed -> assertThat(missed.number()).isEqualTo(1));
    }

    @Test
    void a_missed_instalment_goes_to_court_when_the_policy_says_so() {
        EscalationPolicy toCourt = Policies.defaults().withConsumerLadder(
                ClaimLadder.defaults(org.amicable.dispute.domain.model.CustomerKind.CONSUMER)
                        .withAfterMissedInstalment(ClaimState.LITIGATION).withInstalmentGraceDays(0));
        World strict = World.on(DUE.plusDays(1), toCourt);
        DisputeId claim = claimAwaitingMediation(strict, "900.00");
        confirmMediation(strict, claim);
        Money balance = strict.view(claim).balance().orElseThrow().total();
        strict.services.agreeRepaymentPlan().agreeRepaymentPlan(new AgreeRepaymentPlanUseCase.Command(claim,
                Optional.empty(), strict.today(), List.of(new Instalment(1, strict.today().plusDays(10), balance))));

        strict.daysLater(11).escalationRuns();

        assertThat(strict.state(claim)).isEqualTo("LITIGATION");
        assertThat(strict.view(claim).closed()).isTrue();
    }

    @Test
    void a_plan_that_does_not_add_up_to_the_balance_is_refused() {
        DisputeId claim = claimAwaitingMediation(world, "900.00");
        confirmMediation(world, claim);

        assertThatThrownBy(() -> world.services.agreeRepaymentPlan().agreeRepaymentPlan(
                new AgreeRepaymentPlanUseCase.Command(claim, Optional.empty(), world.today(),
                        List.of(new Instalment(1, world.today().plusDays(30), Money.euros("100.00"))))))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.field()).isEqualTo("instalments"));
        assertThat(world.state(claim)).isEqualTo("IN_MEDIATION");
    }

    @Test
    void a_company_cannot_take_a_claim_of_5000_euros_or_less_to_court_without_trying_mediation_first() {
        DisputeId claim = claimAwaitingMediation(world, "900.00");

        assertThatThrownBy(() -> takeToCourt(world, claim, Initiator.COMPANY))
                .isInstanceOfSatisfying(TransitionNotAllowedException.class, e -> {
                    assertThat(e.currentState()).isEqualTo("MEDIATION_TO_CONFIRM");
                    assertThat(e.getMessage()).contains("750-1");
                });

        confirmMediation(world, claim);
        DisputeView view = takeToCourt(world, claim, Initiator.COMPANY);

        assertThat(view.state().name()).isEqualTo("LITIGATION");
        assertThat(world.events(claim, TakenToCourt.class)).singleElement()
                .satisfies(court -> assertThat(court.initiator()).isEqualTo(Initiator.COMPANY));
    }

    @Test
    void a_company_may_take_a_claim_above_5000_euros_to_court_directly() {
        DisputeId claim = world.opensClaim(businessCustomer(), invoiceDue(DUE, "5000.01"));

        assertThat(takeToCourt(world, claim, Initiator.COMPANY).state().name()).isEqualTo("LITIGATION");
    }

    @Test
    void the_customer_may_ask_for_court_at_any_time() {
        DisputeId claim = world.opensClaim(consumerWithPhone(), invoiceDue(DUE, "90.00"));

        assertThat(takeToCourt(world, claim, Initiator.CUSTOMER).state().name()).isEqualTo("LITIGATION");
    }

    @Test
    void a_claim_can_be_written_off_with_a_reason_and_nothing_happens_to_it_afterwards() {
        DisputeId claim = world.opensClaim(consumerWithPhone(), invoiceDue(DUE, "90.00"));

        DisputeView view = world.services.writeOffClaim().writeOffClaim(new WriteOffClaimUseCase.Command(claim,
                Optional.empty(), world.today(), "the customer died; the estate is empty"));

        assertThat(view.state().name()).isEqualTo("WRITTEN_OFF");
        assertThat(view.nextDueOn()).isEmpty();
        world.daysLater(30).escalationRuns();
        assertThat(world.letters(claim)).isEmpty();
        assertThatThrownBy(() -> world.pays(claim, "10.00"))
                .isInstanceOfSatisfying(TransitionNotAllowedException.class,
                        e -> assertThat(e.getMessage()).contains("WRITTEN_OFF"));
    }

    @Test
    void a_claim_opened_in_error_can_be_cancelled() {
        DisputeId claim = world.opensClaim(consumerWithPhone(), invoiceDue(DUE, "90.00"));

        DisputeView view = world.services.cancelClaim().cancelClaim(new CancelClaimUseCase.Command(claim,
                Optional.empty(), world.today(), "the invoice was paid by cheque"));

        assertThat(view.state().name()).isEqualTo("CANCELLED");
        assertThatThrownBy(() -> world.services.writeOffClaim().writeOffClaim(new WriteOffClaimUseCase.Command(claim,
                Optional.empty(), world.today(), "again")))
                .isInstanceOfSatisfying(TransitionNotAllowedException.class,
                        e -> assertThat(e.currentState()).isEqualTo("CANCELLED"));
    }

    @Test
    void a_change_based_on_a_stale_version_is_a_conflict_and_changes_nothing() {
        DisputeId claim = world.opensClaim(consumerWithPhone(), invoiceDue(DUE, "90.00"));
        long seen = world.view(claim).version();
        world.services.recordCustomerAnswer().recordCustomerAnswer(new RecordCustomerAnswerUseCase.Command(claim,
                Optional.of(seen), world.today(), "first answer"));

        assertThatThrownBy(() -> world.services.recordCustomerAnswer().recordCustomerAnswer(
                new RecordCustomerAnswerUseCase.Command(claim, Optional.of(seen), world.today(), "second answer")))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> {
                    assertThat(e.expected()).isEqualTo(seen);
                    assertThat(e.actual()).isEqualTo(seen + 1);
                });
        assertThat(world.view(claim).version()).isEqualTo(seen + 1);
    }

    @Test
    void a_claim_action_on_a_grievance_is_refused_naming_its_state() {
        DisputeId grievance = world.opensGrievance(consumerWithPhone(),
                org.amicable.dispute.domain.model.GrievanceCause.OTHER, Optional.empty(), "rude delivery man");

        assertThatThrownBy(() -> world.pays(grievance, "10.00"))
                .isInstanceOfSatisfying(TransitionNotAllowedException.class,
                        e -> assertThat(e.currentState()).isEqualTo("RECEIVED"));
    }

    @Test
    void a_blank_reason_is_invalid_input_naming_the_field_not_a_crash() {
        DisputeId claim = world.opensClaim(consumerWithPhone(), invoiceDue(DUE, "90.00"));

        assertThatThrownBy(() -> world.services.writeOffClaim().writeOffClaim(new WriteOffClaimUseCase.Command(claim,
                Optional.empty(), world.today(), "  ")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("reason");
                    assertThat(e.problem()).isEqualTo("is required");
                });
        assertThat(world.state(claim)).isEqualTo("OPEN");
    }
}
