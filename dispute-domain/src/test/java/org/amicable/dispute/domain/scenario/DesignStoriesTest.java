package org.amicable.dispute.domain.scenario;

import static org.amicable.dispute.domain.fixtures.Customers.businessCustomer;
import static org.amicable.dispute.domain.fixtures.Customers.consumerWithPhone;
import static org.amicable.dispute.domain.fixtures.Invoices.invoiceDue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.amicable.dispute.domain.fixtures.World;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.GrievanceCause;
import org.amicable.dispute.domain.model.Instalment;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.model.LetterStatus;
import org.amicable.dispute.domain.model.MediatorKind;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.RemedyKind;
import org.amicable.dispute.domain.port.in.AgreeRepaymentPlanUseCase;
import org.amicable.dispute.domain.port.in.ConfirmMediationUseCase;
import org.amicable.dispute.domain.port.in.DisputeView;
import org.amicable.dispute.domain.port.in.EvidenceFile;
import org.amicable.dispute.domain.port.in.RecordContactUseCase;
import org.junit.jupiter.api.Test;

/** The two stories of DESIGN.md, told end to end through the use cases. */
class DesignStoriesTest {

    @Test
    void a_spoiled_delivery_is_settled_by_a_refund_within_the_agreed_deadline() {
        World world = World.on("2026-03-02");
        // Marie writes: the cheese platter arrived spoiled.
        DisputeId grievance = world.opensGrievance(consumerWithPhone(), GrievanceCause.SPOILED_PRODUCT,
                Optional.empty(), "Plateau de fromages livré avarié");
        world.assigns(grievance, "Claire");
        // Claire calls her the next day, within the first-contact deadline of two days.
        world.daysLater(1);
        world.services.recordContact().recordContact(new RecordContactUseCase.Command(grievance, Optional.empty(),
                world.today(), "apologised, offered a refund"));
        // and proposes a refund of 49.90 EUR, to be answered within a week and paid within ten days.
        world.proposes(grievance, RemedyKind.REFUND, Optional.of("49.90"), 7, 10);
        world.daysLater(2);
        world.accepts(grievance);
        LocalDate agreedDeadline = world.view(grievance).deadlines().get(DisputeView.Deadline.AGREED);
        assertThat(agreedDeadline).isEqualTo(LocalDate.of(2026, 3, 13));
        // The daily escalation runs meanwhile and finds nothing to do.
        world.escalatesDailyUntil(LocalDate.of(2026, 3, 11));
        // The refund is paid on 11 March, two days within the agreed deadline.
        DisputeView resolved = world.remedyDelivered(grievance);
        world.dispatches();

        assertThat(resolved.state().name()).isEqualTo("RESOLVED_ON_TIME");
        assertThat(world.letterKinds(grievance)).containsExactly(LetterKind.GRIEVANCE_ACKNOWLEDGMENT,
                LetterKind.SETTLEMENT_PROPOSAL, LetterKind.AGREEMENT_CONFIRMATION, LetterKind.RESOLUTION_CONFIRMATION);
        assertThat(world.letters(grievance)).allSatisfy(letter -> assertThat(letter.status()).isEqualTo(LetterStatus.SENT));
        EvidenceFile evidence = world.services.viewDisputes().evidence(grievance);
        assertThat(evidence.verification().intact()).isTrue();
        assertThat(evidence.letters()).hasSize(4);
    }

    @Test
    void an_unpaid_invoice_goes_through_both_reminders_the_formal_notice_and_mediation_to_a_repayment_plan_paid_off() {
        LocalDate due = LocalDate.of(2026, 1, 31);
        World world = World.on(due.plusDays(1));
        DisputeId claim = world.opensClaim(businessCustomer(), invoiceDue(due, "3000.00"));

        // The scheduler runs every day and the dispatcher sends what was decided.
        for (LocalDate day = due.plusDays(1); !day.isAfter(due.plusDays(34)); day = day.plusDays(1)) {
            world.movesTo(day).escalationRuns();
            world.dispatches();
        }
        assertThat(world.letterKinds(claim)).containsExactly(LetterKind.FIRST_REMINDER, LetterKind.SECOND_REMINDER,
                LetterKind.FORMAL_NOTICE);
        assertThat(world.letters(claim)).allSatisfy(letter -> assertThat(letter.status()).isEqualTo(LetterStatus.SENT));
        assertThat(world.state(claim)).isEqualTo("MEDIATION_TO_CONFIRM");

        // The credit manager engages a collection agency.
        world.services.confirmMediation().confirmMediation(new ConfirmMediationUseCase.Command(claim, Optional.empty(),
                world.today(), MediatorKind.COLLECTION_AGENCY, "Recouvrement Plus", Money.euros("250.00"), "Claire"));
        // Through the agency the customer proposes three monthly instalments that add up to the balance.
        world.daysLater(6);
        Money balance = world.view(claim).balance().orElseThrow().total();
        Money third = Money.of(balance.amount().divide(java.math.BigDecimal.valueOf(3), 2,
                java.math.RoundingMode.DOWN), balance.currency());
        Money last = balance.minus(third).minus(third);
        LocalDate signed = world.today();
        List<Instalment> plan = List.of(new Instalment(1, signed.plusMonths(1), third),
                new Instalment(2, signed.plusMonths(2), third), new Instalment(3, signed.plusMonths(3), last));
        DisputeView agreed = world.services.agreeRepaymentPlan().agreeRepaymentPlan(
                new AgreeRepaymentPlanUseCase.Command(claim, Optional.empty(), signed, plan));
        assertThat(agreed.state().name()).isEqualTo("REPAYMENT_PLAN");
        assertThat(world.letterKinds(claim)).endsWith(LetterKind.REPAYMENT_PLAN_CONFIRMATION);
        // The signed plan acknowledges the debt: the five years restart from its signature.
        assertThat(agreed.limitationDate()).contains(signed.plusYears(5));

        // Each instalment is paid on its due date, the escalation running daily in between.
        for (Instalment instalment : plan) {
            world.escalatesDailyUntil(instalment.dueDate());
            world.pays(claim, instalment.amount().amount().toPlainString());
            assertThat(world.view(claim).claim().orElseThrow().instalmentsPaid())
                    .isEqualTo(instalment.number());
        }

        DisputeView settled = world.view(claim);
        assertThat(settled.state().name()).isEqualTo("SETTLED");
        assertThat(settled.balance().orElseThrow().isSettled()).isTrue();
        assertThat(world.services.viewDisputes().evidence(claim).verification().intact()).isTrue();
    }
}
