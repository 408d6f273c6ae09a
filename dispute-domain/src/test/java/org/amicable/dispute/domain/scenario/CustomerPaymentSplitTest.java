package org.amicable.dispute.domain.scenario;

import static org.amicable.dispute.domain.fixtures.Customers.businessCustomer;
import static org.amicable.dispute.domain.fixtures.Customers.consumerByPostOnly;
import static org.amicable.dispute.domain.fixtures.Invoices.invoiceDue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.amicable.dispute.domain.fixtures.World;
import org.amicable.dispute.domain.model.ClaimState;
import org.amicable.dispute.domain.model.DisputeEvent.PaymentRecorded;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.InvalidCommandException;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.policy.PaymentImputation;
import org.amicable.dispute.domain.port.in.RecordCustomerPaymentUseCase;
import org.amicable.dispute.domain.port.in.RecordCustomerPaymentUseCase.AppliedPart;
import org.amicable.dispute.domain.port.in.RecordCustomerPaymentUseCase.CustomerPayment;
import org.amicable.dispute.domain.port.in.RecordCustomerPaymentUseCase.InvoicePart;
import org.amicable.dispute.domain.port.in.RecordCustomerPaymentUseCase.Split;
import org.junit.jupiter.api.Test;

/**
 * A payment that names several invoices is split as the customer says, else by Code civil, art.
 * 1342-10: the debt the debtor had most interest to pay, then the oldest, then proportionally.
 */
class CustomerPaymentSplitTest {

    static final LocalDate DUE = LocalDate.of(2026, 1, 31);

    final World world = World.on(DUE.plusDays(1));

    private CustomerPayment pays(String customer, String euros, InvoicePart... invoices) {
        return world.services.recordCustomerPayment().recordCustomerPayment(new RecordCustomerPaymentUseCase.Command(
                customer, world.today(), Money.euros(euros), "VIR-1", List.of(invoices)));
    }

    private static InvoicePart invoice(String number) {
        return new InvoicePart(number, Optional.empty());
    }

    private static InvoicePart invoice(String number, String euros) {
        return new InvoicePart(number, Optional.of(Money.euros(euros)));
    }

    private Money paid(DisputeId claim) {
        return world.events(claim, PaymentRecorded.class).stream().map(PaymentRecorded::amount)
                .reduce(Money.euros("0.00"), Money::plus);
    }

    @Test
    void the_customer_says_how_much_goes_to_each_invoice_and_each_claim_records_its_part() {
        DisputeId first = world.opensClaim(businessCustomer(), invoiceDue("F-1", DUE, "1000.00"));
        DisputeId second = world.opensClaim(businessCustomer(), invoiceDue("F-2", DUE, "500.00"));

        CustomerPayment payment = pays("B-001", "600.00", invoice("F-1", "100.00"), invoice("F-2", "500.00"));

        assertThat(payment.split()).isEqualTo(Split.AS_THE_CUSTOMER_SAID);
        assertThat(paid(first)).isEqualTo(Money.euros("100.00"));
        assertThat(paid(second)).isEqualTo(Money.euros("500.00"));
        assertThat(world.events(second, PaymentRecorded.class)).singleElement().satisfies(recorded -> {
            assertThat(recorded.reference()).isEqualTo("VIR-1");
            assertThat(recorded.toLateCharges().isPositive()).as("late charges first (art. 1343-1)").isTrue();
        });
        assertThat(payment.parts()).extracting(AppliedPart::invoiceNumber).containsExactly("F-1", "F-2");
    }

    @Test
    void amounts_that_do_not_add_up_to_the_payment_record_nothing() {
        DisputeId first = world.opensClaim(businessCustomer(), invoiceDue("F-1", DUE, "1000.00"));
        world.opensClaim(businessCustomer(), invoiceDue("F-2", DUE, "500.00"));

        assertThatThrownBy(() -> pays("B-001", "600.00", invoice("F-1", "100.00"), invoice("F-2", "400.00")))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.field()).isEqualTo("invoices"));

        assertThat(world.events(first, PaymentRecorded.class)).isEmpty();
    }

    @Test
    void without_amounts_the_debt_at_the_highest_rate_is_paid_first_even_if_younger() {
        DisputeId older = world.opensClaim(businessCustomer(), invoiceDue("F-1", DUE.minusDays(10), "1000.00"));
        DisputeId dearer = world.opensClaim(businessCustomer(), new Invoice("F-2", DUE.minusDays(30), DUE,
                Money.euros("1000.00"), Optional.of(new BigDecimal("15.00"))));

        CustomerPayment payment = pays("B-001", "500.00", invoice("F-1"), invoice("F-2"));

        assertThat(payment.split()).isEqualTo(Split.CIVIL_CODE_ART_1342_10);
        assertThat(paid(dearer)).isEqualTo(Money.euros("500.00"));
        assertThat(world.events(older, PaymentRecorded.class)).isEmpty();
    }

    @Test
    void without_amounts_at_equal_rates_the_oldest_debt_is_paid_first_then_the_next() {
        DisputeId older = world.opensClaim(businessCustomer(), invoiceDue("F-1", DUE.minusDays(10), "300.00"));
        DisputeId younger = world.opensClaim(businessCustomer(), invoiceDue("F-2", DUE, "1000.00"));
        Money olderOwed = world.claim(older).figures(world.policy).balanceOn(world.today()).total();

        pays("B-001", "500.00", invoice("F-2"), invoice("F-1"));

        assertThat(world.state(older)).isEqualTo(ClaimState.SETTLED.name());
        assertThat(paid(older)).isEqualTo(olderOwed);
        assertThat(paid(younger)).isEqualTo(Money.euros("500.00").minus(olderOwed));
    }

    @Test
    void a_consumer_debt_under_formal_notice_bears_interest_and_is_paid_before_an_older_one_that_bears_none() {
        World world = World.on(DUE.plusDays(5));
        DisputeId noticed = world.opensClaim(consumerByPostOnly(), invoiceDue("C-1", DUE, "400.00"));
        world.escalatesDailyUntil(DUE.plusDays(40));
        DisputeId older = world.opensClaim(consumerByPostOnly(), invoiceDue("C-0", DUE.minusDays(20), "400.00"));
        assertThat(world.letterKinds(noticed)).contains(org.amicable.dispute.domain.model.LetterKind.FORMAL_NOTICE);
        world.daysLater(3);

        world.services.recordCustomerPayment().recordCustomerPayment(new RecordCustomerPaymentUseCase.Command(
                "C-003", world.today(), Money.euros("100.00"), "CHQ-7", List.of()));

        assertThat(world.events(noticed, PaymentRecorded.class)).hasSize(1);
        assertThat(world.events(older, PaymentRecorded.class)).isEmpty();
    }

    @Test
    void debts_equal_in_rate_and_age_share_the_payment_in_proportion() {
        List<PaymentImputation.Part> parts = PaymentImputation.split(Money.euros("100.00"), List.of(
                new PaymentImputation.Debt("F-1", DUE, BigDecimal.TEN, Money.euros("300.00")),
                new PaymentImputation.Debt("F-2", DUE, BigDecimal.TEN, Money.euros("600.00"))));

        assertThat(parts).containsExactly(new PaymentImputation.Part("F-1", Money.euros("33.34")),
                new PaymentImputation.Part("F-2", Money.euros("66.66")));
    }

    @Test
    void a_payment_above_everything_owed_settles_every_claim_and_the_last_records_the_surplus() {
        DisputeId first = world.opensClaim(businessCustomer(), invoiceDue("F-1", DUE.minusDays(10), "100.00"));
        DisputeId second = world.opensClaim(businessCustomer(), invoiceDue("F-2", DUE, "100.00"));

        pays("B-001", "1000.00", invoice("F-1"), invoice("F-2"));

        assertThat(world.state(first)).isEqualTo("SETTLED");
        assertThat(world.state(second)).isEqualTo("SETTLED");
        assertThat(world.events(second, PaymentRecorded.class).get(0).surplus().isPositive()).isTrue();
    }

    @Test
    void an_invoice_the_customer_has_no_open_claim_for_is_named_in_the_refusal() {
        world.opensClaim(businessCustomer(), invoiceDue("F-1", DUE, "100.00"));

        assertThatThrownBy(() -> pays("B-001", "50.00", invoice("F-1"), invoice("F-404")))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.field()).isEqualTo("invoices[1].invoiceNumber"));
    }

    @Test
    void either_every_invoice_names_its_amount_or_none_does() {
        world.opensClaim(businessCustomer(), invoiceDue("F-1", DUE, "100.00"));
        world.opensClaim(businessCustomer(), invoiceDue("F-2", DUE, "100.00"));

        assertThatThrownBy(() -> pays("B-001", "50.00", invoice("F-1", "50.00"), invoice("F-2")))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.field()).isEqualTo("invoices[1].amount"));
    }
}
