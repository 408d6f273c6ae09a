package org.amicable.dispute.domain.scenario;

import static org.amicable.dispute.domain.fixtures.Customers.consumerWithPhone;
import static org.amicable.dispute.domain.fixtures.Invoices.invoiceDue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.amicable.dispute.domain.fixtures.Policies;
import org.amicable.dispute.domain.fixtures.World;
import org.amicable.dispute.domain.model.DisputeEvent;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.GrievanceCause;
import org.amicable.dispute.domain.model.InvalidCommandException;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.RemedyKind;
import org.amicable.dispute.domain.port.in.MakeProposalUseCase;
import org.amicable.dispute.domain.port.in.OpenUnpaidClaimUseCase;
import org.amicable.dispute.domain.port.in.RecordPaymentUseCase;
import org.amicable.dispute.domain.port.in.RecordPromiseUseCase;
import org.amicable.dispute.domain.port.in.WriteOffClaimUseCase;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Every date a caller gives is checked against the dispute's life: a past event falls between the
 * invoice's issue (the complaint, for a grievance) and today; a date set ahead at most the policy's
 * horizon after today. A date outside is refused, naming the field, and nothing is recorded.
 */
class DatesWithinTheDisputesLifeTest {

    static final LocalDate DUE = LocalDate.of(2027, 1, 31);

    World world = World.on(DUE.plusDays(10));
    DisputeId claim = world.opensClaim(consumerWithPhone(), invoiceDue(DUE, "300.00"));

    @Test
    void a_write_off_dated_before_the_invoice_was_issued_is_refused() {
        refused(() -> world.services.writeOffClaim().writeOffClaim(new WriteOffClaimUseCase.Command(claim, Optional.empty(),
                LocalDate.of(1970, 1, 1), "Lost.")), "on", "before the dispute began (2027-01-01)");
        refused(() -> world.services.writeOffClaim().writeOffClaim(new WriteOffClaimUseCase.Command(claim, Optional.empty(),
                LocalDate.MIN, "Lost.")), "on", "before the dispute began");
    }

    @Test
    void a_payment_received_in_the_future_or_before_the_invoice_is_refused() {
        refused(() -> world.services.recordPayment().recordPayment(new RecordPaymentUseCase.Command(claim, Optional.empty(),
                world.today().plusDays(1), Money.euros("10.00"), "VIR-1")), "receivedOn", "in the future");
        refused(() -> world.services.recordPayment().recordPayment(new RecordPaymentUseCase.Command(claim, Optional.empty(),
                DUE.minusDays(31), Money.euros("10.00"), "VIR-2")), "receivedOn", "before the dispute began");
    }

    @Test
    void a_payment_received_between_the_invoice_and_the_opening_is_a_fact_of_the_claim() {
        world.services.recordPayment().recordPayment(new RecordPaymentUseCase.Command(claim, Optional.empty(),
                DUE.minusDays(5), Money.euros("10.00"), "VIR-3"));

        assertThat(world.events(claim, DisputeEvent.PaymentRecorded.class)).hasSize(1);
    }

    @Test
    void a_promise_beyond_the_horizon_is_refused_and_the_horizon_is_the_policys() {
        refused(() -> world.services.recordPromise().recordPromise(new RecordPromiseUseCase.Command(claim, Optional.empty(),
                world.today(), LocalDate.of(9999, 12, 31), Optional.empty())), "promisedFor", "too far ahead");

        World patient = World.on(DUE.plusDays(10), Policies.defaults().withHorizon(Period.ofYears(3)));
        DisputeId later = patient.opensClaim(consumerWithPhone(), invoiceDue(DUE, "300.00"));
        patient.services.recordPromise().recordPromise(new RecordPromiseUseCase.Command(later, Optional.empty(),
                patient.today(), patient.today().plusYears(2), Optional.empty()));
        assertThat(patient.claim(later).promisedFor()).contains(patient.today().plusYears(2));
    }

    @Test
    void an_invoice_issued_in_the_future_or_due_beyond_the_horizon_opens_nothing() {
        Invoice issuedTomorrow = new Invoice("F-T", world.today().plusDays(1), world.today().plusDays(30),
                Money.euros("10.00"));
        refused(() -> world.services.openUnpaidClaim().openUnpaidClaim(new OpenUnpaidClaimUseCase.Command(consumerWithPhone(),
                issuedTomorrow)), "invoice.issueDate", "in the future");
        Invoice dueIn9999 = new Invoice("F-9", world.today(), LocalDate.of(9999, 12, 31), Money.euros("10.00"));
        refused(() -> world.services.openUnpaidClaim().openUnpaidClaim(new OpenUnpaidClaimUseCase.Command(consumerWithPhone(),
                dueIn9999)), "invoice.dueDate", "too far ahead");
    }

    @Test
    void a_proposal_whose_deadline_is_beyond_the_horizon_is_refused() {
        DisputeId grievance = world.opensGrievance(consumerWithPhone(), GrievanceCause.SPOILED_PRODUCT, Optional.empty(),
                "The pallet arrived crushed.");
        world.assigns(grievance, "Claire");

        refused(grievance, () -> world.services.makeProposal().makeProposal(new MakeProposalUseCase.Command(grievance,
                Optional.empty(), RemedyKind.REFUND, Optional.of(Money.euros("20.00")), world.today().plusDays(7),
                world.today().plusYears(5), "Refund.")), "resolveBy", "too far ahead");
    }

    private void refused(ThrowingCallable change, String field, String why) {
        refused(claim, change, field, why);
    }

    private void refused(DisputeId dispute, ThrowingCallable change, String field, String why) {
        long entries = world.events(dispute).size();
        assertThatThrownBy(change).isInstanceOfSatisfying(InvalidCommandException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(why);
        });
        assertThat(world.events(dispute)).hasSize((int) entries);
    }
}
