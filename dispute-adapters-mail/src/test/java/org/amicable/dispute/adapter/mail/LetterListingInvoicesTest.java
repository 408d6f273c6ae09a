package org.amicable.dispute.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.amicable.dispute.domain.model.Balance;
import org.amicable.dispute.domain.model.ClaimState;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.CustomerLetter;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.LateChargeRate;
import org.amicable.dispute.domain.model.LegalMention;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterChannel;
import org.amicable.dispute.domain.model.LetterContent;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.RenderedLetter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One letter to a customer listing several invoices: each with its principal, charges and total, then the grand total. */
class LetterListingInvoicesTest {

    @TempDir
    Path folder;

    private static final LateChargeRate RATE = new LateChargeRate(new BigDecimal("12.15"),
            LateChargeRate.Basis.REFERENCE_PLUS_MARGIN);

    private RenderedLetter render(CustomerLetter letter) {
        return new PdfLetterRenderer(Letters.pickupSettings(folder)).render(letter);
    }

    private static Letter reminder(Customer customer, String number, String principal, String penalties, long dispute) {
        Invoice invoice = new Invoice(number, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 2), Money.euros(principal));
        Balance balance = new Balance(Money.euros(principal), Money.euros(penalties),
                Balance.ChargeKind.LATE_PAYMENT_PENALTIES, Money.euros("40.00"));
        return Letter.issue(Letters.newId(), new DisputeId(new UUID(0x0190_0000_0000_7000L, dispute)),
                LetterKind.FIRST_REMINDER, customer, LetterChannel.REGISTERED_POST, Letters.ISSUED_ON, number,
                new LetterContent.Reminder(1, invoice, balance, Letters.ISSUED_ON.plusDays(15), Optional.of(RATE)));
    }

    private static Letter formalNotice(Customer customer, String number, String principal, long dispute) {
        Invoice invoice = new Invoice(number, LocalDate.of(2026, 10, 2), LocalDate.of(2026, 11, 2), Money.euros(principal));
        Balance balance = new Balance(Money.euros(principal), Money.euros("10.00"),
                Balance.ChargeKind.LATE_PAYMENT_PENALTIES, Money.euros("40.00"));
        List<LegalMention> mentions = List.of(LegalMention.FORMAL_NOTICE_TITLE, LegalMention.PAYMENT_WITHIN_DEADLINE,
                LegalMention.COURT_ACTION_OTHERWISE, LegalMention.LATE_PAYMENT_PENALTIES, LegalMention.RECOVERY_INDEMNITY);
        return Letter.issue(Letters.newId(), new DisputeId(new UUID(0x0190_0000_0000_7000L, dispute)),
                LetterKind.FORMAL_NOTICE, customer, LetterChannel.REGISTERED_POST, Letters.ISSUED_ON, number,
                new LetterContent.FormalNotice(invoice, balance, 8, Letters.ISSUED_ON.plusDays(8), mentions,
                        Optional.of(RATE)));
    }

    @Test
    void a_first_reminder_lists_each_invoice_with_its_principal_charges_and_total_then_the_grand_total() {
        Customer customer = Letters.business(Language.FR);
        CustomerLetter letter = new CustomerLetter(List.of(
                reminder(customer, "F-2026-201", "1000.00", "12.30", 1),
                reminder(customer, "F-2026-202", "250.00", "3.10", 2)),
                List.of(new CustomerLetter.OpenInvoice("F-2026-150", ClaimState.FORMAL_NOTICE_SENT)));

        RenderedLetter rendered = render(letter);
        String text = PdfText.of(rendered.document());

        assertThat(rendered.subject()).isEqualTo("Relance : 2 factures impayées – votre réf. client C-042");
        assertThat(text)
                .contains("Facture n° F-2026-201 du 2 novembre 2026, échue le 2 décembre 2026 : principal 1 000,00 EUR,"
                        + " pénalités 12,30 EUR, indemnité 40,00 EUR 1 052,30 EUR")
                .contains("Facture n° F-2026-202 du 2 novembre 2026, échue le 2 décembre 2026 : principal 250,00 EUR,"
                        + " pénalités 3,10 EUR, indemnité 40,00 EUR 293,10 EUR")
                .contains("Total dû, toutes factures 1 345,40 EUR")
                .contains("régler la somme de 1 345,40 EUR")
                .contains("Taux annuel appliqué : 12,15 %")
                .contains("Vos autres factures en cours de recouvrement, qui font l'objet de courriers distincts :")
                .contains("2026-150 (mise en demeure envoyée).")
                .contains("en indiquant la référence C-042");
        assertThat(rendered.plainText()).contains("F-2026-201", "F-2026-202", "Total dû, toutes factures");
        assertThat(render(letter).document()).as("the same letter, the same bytes").isEqualTo(rendered.document());
    }

    @Test
    void a_formal_notice_of_several_invoices_demands_the_grand_total_and_states_the_indemnity_for_each() {
        Customer customer = Letters.business(Language.EN);
        CustomerLetter letter = new CustomerLetter(List.of(
                formalNotice(customer, "F-2026-301", "500.00", 3),
                formalNotice(customer, "F-2026-302", "700.00", 4)), List.of());

        String text = PdfText.of(render(letter).document());

        assertThat(text).contains("Formal notice to pay (mise en demeure): 2 invoices")
                .contains("Invoice no. F-2026-301")
                .contains("Invoice no. F-2026-302")
                .contains("Total due, all invoices 1,300.00 EUR")
                .contains("to pay us the sum of 1,300.00 EUR")
                .contains("a flat recovery indemnity of 40 EUR is due for each of these invoices")
                .contains("within eight days");
    }

    @Test
    void a_letter_alone_naming_no_other_invoice_is_the_letter_of_one_invoice() {
        Customer customer = Letters.business(Language.FR);
        Letter alone = reminder(customer, "F-2026-401", "100.00", "1.00", 5);

        RenderedLetter rendered = render(CustomerLetter.alone(alone));

        assertThat(rendered.document()).isEqualTo(new PdfLetterRenderer(Letters.pickupSettings(folder))
                .render(alone).document());
    }
}
