package org.amicable.dispute.domain.scenario;

import static org.amicable.dispute.domain.fixtures.Customers.businessCustomer;
import static org.amicable.dispute.domain.fixtures.Customers.consumerWithPhone;
import static org.amicable.dispute.domain.fixtures.Invoices.invoiceDue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.amicable.dispute.domain.fixtures.World;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.DuplicateDisputeException;
import org.amicable.dispute.domain.model.GrievanceCause;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.port.in.CancelClaimUseCase;
import org.amicable.dispute.domain.port.in.DisputeQuery;
import org.junit.jupiter.api.Test;

/** An invoice is chased by one open claim; an order gets one open grievance per cause. */
class OneOpenDisputePerSubjectTest {

    static final LocalDate DUE = LocalDate.of(2026, 1, 31);

    final World world = World.on(DUE.plusDays(1));

    @Test
    void posting_an_invoice_already_chased_names_the_open_claim_and_sends_no_second_letter() {
        Invoice invoice = invoiceDue(DUE, "1200.00");
        DisputeId claim = world.opensClaim(businessCustomer(), invoice);

        assertThatThrownBy(() -> world.opensClaim(businessCustomer(), invoice))
                .isInstanceOfSatisfying(DuplicateDisputeException.class, refused -> {
                    assertThat(refused.existing()).isEqualTo(claim);
                    assertThat(refused.getMessage()).contains(invoice.number()).contains(businessCustomer().reference());
                });
        world.movesTo(DUE.plusDays(5)).escalationRuns();
        assertThat(world.store.search(DisputeQuery.openAbout(businessCustomer().reference(), invoice.number())))
                .hasSize(1);
        assertThat(world.letters(claim)).hasSize(1);
    }

    @Test
    void the_same_invoice_number_of_another_customer_is_another_invoice() {
        Invoice invoice = invoiceDue(DUE, "1200.00");
        world.opensClaim(businessCustomer(), invoice);

        DisputeId other = world.opensClaim(consumerWithPhone(), invoice);

        assertThat(world.state(other)).isEqualTo("OPEN");
    }

    @Test
    void an_invoice_whose_claim_was_cancelled_can_be_chased_again() {
        Invoice invoice = invoiceDue(DUE, "1200.00");
        DisputeId first = world.opensClaim(businessCustomer(), invoice);
        world.services.cancelClaim().cancelClaim(new CancelClaimUseCase.Command(first, Optional.empty(), world.today(),
                "amount to be corrected"));

        DisputeId second = world.opensClaim(businessCustomer(), invoice);

        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void a_second_grievance_about_one_order_and_cause_names_the_first_and_another_cause_is_received() {
        Invoice invoice = invoiceDue(DUE, "90.00");
        DisputeId spoiled = world.opensGrievance(consumerWithPhone(), GrievanceCause.SPOILED_PRODUCT,
                Optional.of(invoice), "mouldy cheese");

        assertThatThrownBy(() -> world.opensGrievance(consumerWithPhone(), GrievanceCause.SPOILED_PRODUCT,
                Optional.of(invoice), "still mouldy"))
                .isInstanceOfSatisfying(DuplicateDisputeException.class,
                        refused -> assertThat(refused.existing()).isEqualTo(spoiled));
        DisputeId wrongItem = world.opensGrievance(consumerWithPhone(), GrievanceCause.NON_CONFORMING_ITEM,
                Optional.of(invoice), "and the wrong cheese");
        assertThat(wrongItem).isNotEqualTo(spoiled);
    }
}
