package org.amicable.dispute.domain.scenario;

import static org.amicable.dispute.domain.fixtures.Customers.businessCustomer;
import static org.amicable.dispute.domain.fixtures.Customers.consumerWithPhone;
import static org.amicable.dispute.domain.fixtures.Invoices.invoiceDue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.amicable.dispute.domain.model.InvalidValueException;
import org.amicable.dispute.domain.fixtures.World;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.LateChargeRate;
import org.amicable.dispute.domain.model.LetterContent;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.model.Money;
import org.junit.jupiter.api.Test;

/**
 * A penalty rate set by contract (Code de commerce, art. L441-10): the invoice's, else the customer's terms
 * of sale, else the ECB rate plus 10 points (2.15 + 10 here); never below three times the legal rate
 * (3 × 3.00 % = 9 % here). The letters carry the rate applied and its basis.
 */
class ContractPenaltyRateTest {

    static final LocalDate DUE = LocalDate.of(2026, 1, 31);

    private static Customer businessWithTermsOfSale(String percent) {
        Customer c = businessCustomer();
        return new Customer(c.reference(), c.name(), c.kind(), c.email(), c.address(), c.phone(), c.language(),
                Optional.of(new BigDecimal(percent)));
    }

    private static Invoice invoiceStatingRate(String percent) {
        Invoice i = invoiceDue(DUE, "10000.00");
        return new Invoice(i.number(), i.issueDate(), i.dueDate(), i.amount(), Optional.of(new BigDecimal(percent)));
    }

    private static LetterContent.FormalNotice formalNoticeOf(World world, DisputeId claim) {
        world.escalatesDailyUntil(DUE.plusDays(40));
        return (LetterContent.FormalNotice) world.letter(claim, LetterKind.FORMAL_NOTICE).content();
    }

    @Test
    void the_terms_of_sale_rate_applies_and_the_formal_notice_states_it_as_the_contract_rate() {
        World world = World.on(DUE);
        DisputeId claim = world.opensClaim(businessWithTermsOfSale("15"), invoiceDue(DUE, "10000.00"));

        LetterContent.FormalNotice notice = formalNoticeOf(world, claim);

        assertThat(notice.rate()).contains(new LateChargeRate(new BigDecimal("15"), LateChargeRate.Basis.CONTRACT));
        // Formal notice on 25 February (5 + 10 + 10 days): 25 days late. 10000 × 0.15 × 25 / 365 = 102.739… → 102.74
        assertThat(world.letter(claim, LetterKind.FORMAL_NOTICE).issuedOn()).isEqualTo(DUE.plusDays(25));
        assertThat(notice.balance().lateCharges()).isEqualTo(Money.euros("102.74"));
    }

    @Test
    void an_invoice_rate_prevails_over_the_terms_of_sale_but_not_over_three_times_the_legal_rate() {
        World world = World.on(DUE);
        DisputeId claim = world.opensClaim(businessWithTermsOfSale("15"), invoiceStatingRate("5"));

        LetterContent.FormalNotice notice = formalNoticeOf(world, claim);

        assertThat(notice.rate().orElseThrow().basis()).isEqualTo(LateChargeRate.Basis.THREE_TIMES_LEGAL_RATE);
        assertThat(notice.rate().orElseThrow().annualPercent()).isEqualByComparingTo("9");
        // 10000 × 0.09 × 25 / 365 = 61.643… → 61.64
        assertThat(notice.balance().lateCharges()).isEqualTo(Money.euros("61.64"));
    }

    @Test
    void without_a_contract_rate_the_reminders_state_the_ecb_rate_plus_ten_points() {
        World world = World.on(DUE);
        DisputeId claim = world.opensClaim(businessCustomer(), invoiceDue(DUE, "10000.00"));
        world.escalatesDailyUntil(DUE.plusDays(5));

        LetterContent.Reminder reminder = (LetterContent.Reminder) world.letter(claim, LetterKind.FIRST_REMINDER).content();

        assertThat(reminder.rate().orElseThrow().basis()).isEqualTo(LateChargeRate.Basis.REFERENCE_PLUS_MARGIN);
        assertThat(reminder.rate().orElseThrow().annualPercent()).isEqualByComparingTo("12.15");
    }

    @Test
    void a_consumer_is_charged_the_legal_rate_whatever_the_terms_say() {
        World world = World.on(DUE);
        Customer c = consumerWithPhone();
        Customer consumer = new Customer(c.reference(), c.name(), c.kind(), c.email(), c.address(), c.phone(),
                c.language(), Optional.of(new BigDecimal("15")));
        DisputeId claim = world.opensClaim(consumer, invoiceDue(DUE, "10000.00"));

        LetterContent.FormalNotice notice = formalNoticeOf(world, claim);

        assertThat(notice.rate()).contains(new LateChargeRate(new BigDecimal("3.00"), LateChargeRate.Basis.LEGAL_RATE));
    }

    @Test
    void a_rate_that_is_negative_zero_or_over_a_hundred_is_refused_naming_the_field() {
        for (String wrong : new String[] {"-1", "0", "100.01"}) {
            assertThatThrownBy(() -> invoiceStatingRate(wrong))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("invoice.contractPenaltyRate"));
            assertThatThrownBy(() -> businessWithTermsOfSale(wrong))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("customer.contractPenaltyRate"));
        }
        assertThat(invoiceStatingRate("100").contractPenaltyRate()).contains(new BigDecimal("100"));
    }
}
