package org.amicable.dispute.domain.scenario;

import static org.amicable.dispute.domain.fixtures.Customers.businessCustomer;
import static org.amicable.dispute.domain.fixtures.Customers.consumerWithPhone;
import static org.amicable.dispute.domain.fixtures.Invoices.invoiceDue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.amicable.dispute.domain.fixtures.World;
import org.amicable.dispute.domain.model.DisputeEvent.ChaseHeld;
import org.amicable.dispute.domain.model.DisputeEvent.ChaseResumed;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.GrievanceCause;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.InvoiceCorrection;
import org.amicable.dispute.domain.model.LetterContent;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.RemedyKind;
import org.amicable.dispute.domain.model.NextStep;
import org.amicable.dispute.domain.port.in.DisputeView;
import org.amicable.dispute.domain.port.in.RecordResolutionUseCase;
import org.amicable.dispute.domain.port.in.WithdrawGrievanceUseCase;
import org.junit.jupiter.api.Test;

/** An invoice-error grievance holds the chase of its invoice; the chase resumes on the corrected amount. */
class InvoiceErrorLinkTest {

    static final LocalDate DUE = LocalDate.of(2026, 1, 31);

    final World world = World.on(DUE.plusDays(1));

    @Test
    void an_invoice_error_grievance_holds_the_chase_and_its_correction_resumes_it_on_the_corrected_amount() {
        Invoice invoice = invoiceDue(DUE, "1200.00");
        DisputeId claim = world.opensClaim(businessCustomer(), invoice);
        world.movesTo(DUE.plusDays(5)).escalationRuns();

        world.daysLater(2);
        DisputeId grievance = world.opensGrievance(businessCustomer(), GrievanceCause.INVOICE_ERROR,
                Optional.of(invoice), "We ordered 10 units, not 12");

        assertThat(world.grievance(grievance).heldClaim()).contains(claim);
        assertThat(world.events(claim, ChaseHeld.class)).singleElement()
                .satisfies(held -> assertThat(held.grievanceId()).isEqualTo(grievance));
        assertThat(world.view(claim).nextStep()).map(NextStep::kind).contains(NextStep.Kind.HELD_BY_GRIEVANCE);
        world.escalatesDailyUntil(DUE.plusDays(40));
        assertThat(world.letterKinds(claim)).as("no reminder while the grievance runs")
                .containsExactly(LetterKind.FIRST_REMINDER);

        world.assigns(grievance, "Claire");
        world.proposes(grievance, RemedyKind.INVOICE_CORRECTION, Optional.of("1000.00"), 5, 5);
        world.accepts(grievance);
        world.remedyDelivered(grievance);

        DisputeView resumed = world.view(claim);
        assertThat(resumed.claim().orElseThrow().heldByGrievance()).isEmpty();
        assertThat(resumed.balance().orElseThrow().principal()).isEqualTo(Money.euros("1000.00"));
        assertThat(world.events(claim, ChaseResumed.class)).singleElement()
                .satisfies(event -> assertThat(event.principal()).isEqualTo(Money.euros("1000.00")));

        // The customer reacted (the grievance), so the second reminder waits ten days from the resumption.
        LocalDate resumedOn = world.today();
        world.escalatesDailyUntil(resumedOn.plusDays(10));
        assertThat(world.letter(claim, LetterKind.SECOND_REMINDER).content())
                .isInstanceOfSatisfying(LetterContent.Reminder.class,
                        reminder -> assertThat(reminder.balance().principal()).isEqualTo(Money.euros("1000.00")));
    }

    @Test
    void the_letters_after_the_correction_name_the_corrected_amount_and_the_corrected_invoice() {
        Invoice invoice = invoiceDue(DUE, "1200.00");
        DisputeId claim = world.opensClaim(businessCustomer(), invoice);
        world.movesTo(DUE.plusDays(5)).escalationRuns();
        DisputeId grievance = world.opensGrievance(businessCustomer(), GrievanceCause.INVOICE_ERROR,
                Optional.of(invoice), "We ordered 10 units, not 12");
        world.assigns(grievance, "Claire");
        world.proposes(grievance, RemedyKind.INVOICE_CORRECTION, Optional.of("1000.00"), 5, 5);
        world.accepts(grievance);
        world.services.recordResolution().recordResolution(new RecordResolutionUseCase.Command(grievance,
                Optional.empty(), world.today(), "Corrected invoice sent", Optional.of("FA-R-0042")));

        world.escalatesDailyUntil(world.today().plusDays(10));

        LetterContent.Reminder second = (LetterContent.Reminder) world.letter(claim, LetterKind.SECOND_REMINDER).content();
        assertThat(second.correction()).contains(new InvoiceCorrection(Money.euros("1200.00"), Money.euros("1000.00"),
                Optional.of("FA-R-0042")));
        LetterContent.Reminder first = (LetterContent.Reminder) world.letter(claim, LetterKind.FIRST_REMINDER).content();
        assertThat(first.correction()).as("a letter states the facts of its own day").isEmpty();
    }

    @Test
    void an_invoice_corrected_to_what_was_already_paid_settles_the_claim() {
        Invoice invoice = invoiceDue(DUE, "300.00");
        DisputeId claim = world.opensClaim(consumerWithPhone(), invoice);
        world.pays(claim, "250.00");
        DisputeId grievance = world.opensGrievance(consumerWithPhone(), GrievanceCause.INVOICE_ERROR,
                Optional.of(invoice), "The delivery fee of 50 EUR was never agreed");
        world.assigns(grievance, "Claire");
        world.proposes(grievance, RemedyKind.INVOICE_CORRECTION, Optional.of("250.00"), 5, 5);
        world.accepts(grievance);

        world.daysLater(1);
        world.remedyDelivered(grievance);

        DisputeView settled = world.view(claim);
        assertThat(settled.state().name()).isEqualTo("SETTLED");
        assertThat(settled.balance().orElseThrow().isSettled()).isTrue();
    }

    @Test
    void a_business_that_paid_the_right_amount_on_time_owes_nothing_once_the_invoice_is_corrected() {
        // Paid 1000 of 1200 on the due date; the invoice should have said 1000: no penalty, no 40 EUR.
        World early = World.on(DUE);
        Invoice invoice = invoiceDue(DUE, "1200.00");
        DisputeId claim = early.opensClaim(businessCustomer(), invoice);
        early.pays(claim, "1000.00");
        early.daysLater(10);
        DisputeId grievance = early.opensGrievance(businessCustomer(), GrievanceCause.INVOICE_ERROR,
                Optional.of(invoice), "Price list of 2025 applied");
        early.assigns(grievance, "Claire");
        early.proposes(grievance, RemedyKind.INVOICE_CORRECTION, Optional.of("1000.00"), 5, 5);
        early.accepts(grievance);
        early.remedyDelivered(grievance);

        assertThat(early.state(claim)).isEqualTo("SETTLED");
    }

    @Test
    void a_withdrawn_grievance_resumes_the_chase_on_the_invoice_as_it_was() {
        Invoice invoice = invoiceDue(DUE, "1200.00");
        DisputeId claim = world.opensClaim(businessCustomer(), invoice);
        DisputeId grievance = world.opensGrievance(businessCustomer(), GrievanceCause.INVOICE_ERROR,
                Optional.of(invoice), "Wrong VAT rate");

        world.services.withdrawGrievance().withdrawGrievance(new WithdrawGrievanceUseCase.Command(grievance, Optional.empty(),
                world.today(), "our accountant was wrong"));

        DisputeView resumed = world.view(claim);
        assertThat(resumed.claim().orElseThrow().heldByGrievance()).isEmpty();
        assertThat(resumed.balance().orElseThrow().principal()).isEqualTo(Money.euros("1200.00"));
        assertThat(resumed.state().name()).isEqualTo("OPEN");
    }

    @Test
    void a_grievance_of_another_cause_does_not_hold_the_chase() {
        Invoice invoice = invoiceDue(DUE, "1200.00");
        DisputeId claim = world.opensClaim(businessCustomer(), invoice);

        world.opensGrievance(businessCustomer(), GrievanceCause.SPOILED_PRODUCT, Optional.of(invoice), "spoiled");

        assertThat(world.view(claim).claim().orElseThrow().heldByGrievance()).isEmpty();
    }
}
