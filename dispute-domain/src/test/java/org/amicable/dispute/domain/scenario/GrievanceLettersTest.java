package org.amicable.dispute.domain.scenario;

import static org.amicable.dispute.domain.fixtures.Customers.consumerWithPhone;
import static org.amicable.dispute.domain.fixtures.Invoices.invoiceDue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.amicable.dispute.domain.fixtures.World;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.GrievanceCause;
import org.amicable.dispute.domain.model.LetterContent;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.model.RemedyKind;
import org.junit.jupiter.api.Test;

/** Grievance letters quote what the customer knows and are signed by the manager handling the grievance. */
class GrievanceLettersTest {

    @Test
    void letters_about_an_invoice_quote_its_number_and_the_managers_letters_name_the_manager() {
        World world = World.on(LocalDate.of(2026, 3, 2));
        DisputeId grievance = world.opensGrievance(consumerWithPhone(), GrievanceCause.SPOILED_PRODUCT,
                Optional.of(invoiceDue("F-2026-0777", LocalDate.of(2026, 3, 31), "89.90")), "Mouldy bread.");
        world.assigns(grievance, "Sophie Leroy");
        world.proposes(grievance, RemedyKind.REFUND, Optional.of("89.90"), 7, 14);
        world.accepts(grievance);

        assertThat(world.letters(grievance)).extracting(letter -> letter.reference()).containsOnly("F-2026-0777");
        LetterContent.Proposal proposal =
                (LetterContent.Proposal) world.letter(grievance, LetterKind.SETTLEMENT_PROPOSAL).content();
        LetterContent.AgreementConfirmation agreement =
                (LetterContent.AgreementConfirmation) world.letter(grievance, LetterKind.AGREEMENT_CONFIRMATION).content();
        assertThat(proposal.manager()).contains("Sophie Leroy");
        assertThat(agreement.manager()).contains("Sophie Leroy");
    }

    @Test
    void letters_about_no_invoice_quote_the_customers_reference() {
        World world = World.on(LocalDate.of(2026, 3, 2));
        DisputeId grievance = world.opensGrievance(consumerWithPhone(), GrievanceCause.OTHER, Optional.empty(),
                "Rude delivery man.");

        assertThat(world.letter(grievance, LetterKind.GRIEVANCE_ACKNOWLEDGMENT).reference())
                .isEqualTo(consumerWithPhone().reference());
    }
}
