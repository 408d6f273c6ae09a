package org.amicable.dispute.domain.scenario;

import static org.amicable.dispute.domain.fixtures.Customers.consumerWithoutPhone;
import static org.amicable.dispute.domain.fixtures.Invoices.invoiceDue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.amicable.dispute.domain.fixtures.Policies;
import org.amicable.dispute.domain.fixtures.TestClock;
import org.amicable.dispute.domain.inmemory.InMemoryDisputeRepository;
import org.amicable.dispute.domain.inmemory.PlainTextLetterRenderer;
import org.amicable.dispute.domain.inmemory.RecordingLetterSender;
import org.amicable.dispute.domain.model.Actor;
import org.amicable.dispute.domain.model.ClaimState;
import org.amicable.dispute.domain.model.DisputeEvent;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.GrievanceCause;
import org.amicable.dispute.domain.model.Initiator;
import org.amicable.dispute.domain.model.Instalment;
import org.amicable.dispute.domain.model.InvalidCommandException;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.amicable.dispute.domain.model.NextStep;
import org.amicable.dispute.domain.policy.RepaymentPlanLimits;
import org.amicable.dispute.domain.port.in.ContestClaimUseCase;
import org.amicable.dispute.domain.port.in.DeclarePaymentUseCase;
import org.amicable.dispute.domain.port.in.DisputeView;
import org.amicable.dispute.domain.port.in.OpenUnpaidClaimUseCase;
import org.amicable.dispute.domain.port.in.ProposeRepaymentPlanUseCase;
import org.amicable.dispute.domain.port.in.TakeToCourtUseCase;
import org.amicable.dispute.domain.port.out.CurrentActor;
import org.amicable.dispute.domain.service.DisputeServices;
import org.junit.jupiter.api.Test;

/**
 * The customer answers on his page: a plan within the limits is agreed on the spot, one outside them
 * waits for a manager; he says he paid, contests the claim with documents, or asks for the judge. Each
 * entry names him as its author.
 */
class CustomerAnswersTest {

    static final LocalDate DUE = LocalDate.of(2026, 1, 31);
    static final Actor CUSTOMER = new Actor.Customer(consumerWithoutPhone().reference());
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3};

    final TestClock clock = TestClock.on(DUE.plusDays(20));
    final InMemoryDisputeRepository store = new InMemoryDisputeRepository();
    final DisputeServices amicable = new DisputeServices(store, store, new PlainTextLetterRenderer(),
            new RecordingLetterSender(), Policies.defaults(), clock, java.time.Duration.ofMinutes(5),
            CurrentActor.always(CUSTOMER));
    final ProposeRepaymentPlanUseCase plans = amicable.proposeRepaymentPlan(RepaymentPlanLimits.defaults());

    DisputeId claimOf(String euros) {
        return amicable.openUnpaidClaim().openUnpaidClaim(new OpenUnpaidClaimUseCase.Command(consumerWithoutPhone(),
                invoiceDue(DUE, euros))).id();
    }

    List<TimelineEntry> entries(DisputeId id) {
        return store.storedEntries(id);
    }

    @Test
    void six_instalments_of_at_least_fifty_euros_are_agreed_on_the_spot_and_confirmed_by_letter() {
        DisputeId claim = claimOf("600.00");

        ProposeRepaymentPlanUseCase.Outcome outcome = plans.proposeRepaymentPlan(new ProposeRepaymentPlanUseCase.Command(claim,
                Optional.empty(), 6, clock.today().plusDays(10)));

        assertThat(outcome.agreed()).isTrue();
        assertThat(outcome.dispute().state()).isEqualTo(ClaimState.REPAYMENT_PLAN);
        assertThat(outcome.dispute().claim().orElseThrow().repaymentPlan()).extracting(Instalment::amount)
                .containsOnly(Money.euros("100.00"));
        assertThat(outcome.dispute().letters()).extracting(l -> l.kind())
                .contains(LetterKind.REPAYMENT_PLAN_CONFIRMATION);
        assertThat(entries(claim).get(entries(claim).size() - 2).actor()).contains(CUSTOMER);
    }

    @Test
    void a_plan_beyond_the_limits_is_not_refused_but_waits_for_a_manager() {
        DisputeId claim = claimOf("600.00");

        ProposeRepaymentPlanUseCase.Outcome outcome = plans.proposeRepaymentPlan(new ProposeRepaymentPlanUseCase.Command(claim,
                Optional.empty(), 12, clock.today().plusDays(10)));

        assertThat(outcome.agreed()).isFalse();
        assertThat(outcome.decision()).isEqualTo(new RepaymentPlanLimits.Decision.ForAManager(
                "12 instalments, more than the 6 accepted on the spot"));
        DisputeView view = outcome.dispute();
        assertThat(view.state()).isEqualTo(ClaimState.OPEN);
        assertThat(view.claim().orElseThrow().proposedPlan()).hasSize(12);
        assertThat(view.nextStep()).contains(NextStep.counting(NextStep.Kind.DECIDE_PROPOSED_PLAN, 12));
        assertThat(entries(claim).get(entries(claim).size() - 1).event())
                .isInstanceOf(DisputeEvent.RepaymentPlanProposed.class);
        assertThat(entries(claim).get(entries(claim).size() - 1).actor()).contains(CUSTOMER);
    }

    @Test
    void instalments_below_the_minimum_go_to_a_manager_and_an_agreed_plan_answers_the_proposal() {
        DisputeId claim = claimOf("200.00");

        ProposeRepaymentPlanUseCase.Outcome outcome = plans.proposeRepaymentPlan(new ProposeRepaymentPlanUseCase.Command(claim,
                Optional.empty(), 5, clock.today().plusDays(10)));
        assertThat(outcome.decision()).isInstanceOf(RepaymentPlanLimits.Decision.ForAManager.class);

        DisputeView agreed = plans.proposeRepaymentPlan(new ProposeRepaymentPlanUseCase.Command(claim, Optional.empty(), 4,
                clock.today().plusDays(10))).dispute();
        assertThat(agreed.claim().orElseThrow().proposedPlan()).isEmpty();
        assertThat(agreed.claim().orElseThrow().repaymentPlan()).hasSize(4);
    }

    @Test
    void the_instalments_always_add_up_to_the_balance_the_first_ones_carrying_the_remainder() {
        List<Instalment> plan = RepaymentPlanLimits.monthly(Money.euros("100.00"), 3, DUE);

        assertThat(plan).extracting(Instalment::amount).containsExactly(Money.euros("33.34"), Money.euros("33.33"),
                Money.euros("33.33"));
        assertThat(plan).extracting(Instalment::dueDate).containsExactly(DUE, DUE.plusMonths(1), DUE.plusMonths(2));
        assertThatThrownBy(() -> RepaymentPlanLimits.monthly(Money.euros("100.00"), 37, DUE))
                .isInstanceOf(InvalidCommandException.class).extracting("field").isEqualTo("instalments");
    }

    @Test
    void saying_he_paid_is_a_reaction_that_leaves_the_balance_as_it_is() {
        DisputeId claim = claimOf("600.00");
        Money before = amicable.viewDisputes().view(claim).balance().orElseThrow().total();

        DisputeView view = amicable.declarePayment().declarePayment(new DeclarePaymentUseCase.Command(claim,
                Optional.empty(), clock.today().minusDays(1), "VIR-2026-0042"));

        assertThat(view.balance().orElseThrow().total()).isEqualTo(before);
        DisputeEvent last = entries(claim).get(entries(claim).size() - 1).event();
        assertThat(last).isEqualTo(new DisputeEvent.PaymentDeclared(clock.today(), clock.today().minusDays(1),
                "VIR-2026-0042"));
    }

    @Test
    void contesting_opens_a_grievance_dated_today_that_holds_the_chase_and_keeps_the_documents() {
        DisputeId claim = claimOf("600.00");

        DisputeView grievance = amicable.contestClaim().contestClaim(new ContestClaimUseCase.Command(claim,
                GrievanceCause.NON_CONFORMING_ITEM, "The chairs delivered are not those I ordered.",
                List.of(new ContestClaimUseCase.Attachment("photo.png", PNG))));

        assertThat(grievance.grievance().orElseThrow().complaintDate()).isEqualTo(clock.today());
        assertThat(grievance.grievance().orElseThrow().heldClaim()).contains(claim);
        assertThat(amicable.viewDisputes().view(claim).claim().orElseThrow().heldByGrievance()).contains(grievance.id());
        assertThat(entries(grievance.id())).extracting(TimelineEntry::event)
                .filteredOn(DisputeEvent.DocumentReceived.class::isInstance).hasSize(1);
        assertThat(entries(grievance.id())).allSatisfy(entry -> assertThat(entry.actor()).contains(CUSTOMER));
    }

    @Test
    void a_document_that_is_not_a_pdf_png_or_jpeg_is_refused_naming_it_and_nothing_is_opened() {
        DisputeId claim = claimOf("600.00");

        assertThatThrownBy(() -> amicable.contestClaim().contestClaim(new ContestClaimUseCase.Command(claim,
                GrievanceCause.OTHER, "Not mine", List.of(new ContestClaimUseCase.Attachment("a.exe",
                        "MZ not an image".getBytes(StandardCharsets.US_ASCII))))))
                .isInstanceOf(InvalidCommandException.class).extracting("field").isEqualTo("attachments[0]");
        assertThat(amicable.viewDisputes().view(claim).claim().orElseThrow().heldByGrievance()).isEmpty();
    }

    @Test
    void asking_for_the_judge_ends_the_amicable_phase_on_the_customers_initiative() {
        DisputeId claim = claimOf("600.00");

        DisputeView view = amicable.takeToCourt().takeToCourt(new TakeToCourtUseCase.Command(claim, Optional.empty(),
                clock.today(), Initiator.CUSTOMER, "I want a judge to decide"));

        assertThat(view.state()).isEqualTo(ClaimState.LITIGATION);
        assertThat(entries(claim).get(entries(claim).size() - 1).actor()).contains(CUSTOMER);
    }
}
