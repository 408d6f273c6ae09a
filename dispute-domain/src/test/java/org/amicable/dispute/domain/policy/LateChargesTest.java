package org.amicable.dispute.domain.policy;

import static org.amicable.dispute.domain.fixtures.Customers.businessCustomer;
import static org.amicable.dispute.domain.fixtures.Customers.consumerWithPhone;
import static org.amicable.dispute.domain.fixtures.Invoices.invoiceDue;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.amicable.dispute.domain.fixtures.Policies;
import org.amicable.dispute.domain.fixtures.World;
import org.amicable.dispute.domain.model.Balance;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.DisputeEvent.PaymentRecorded;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.PrincipalHistory;
import org.junit.jupiter.api.Test;

/**
 * The legal figures, checked by hand. Every example: 10,000.00 EUR due on 31 January 2026; ECB rate
 * 2.15 %, legal rate 3.00 % unless said otherwise; simple interest over a 365-day year; one half-up
 * rounding of the total.
 */
class LateChargesTest {

    static final LocalDate DUE = LocalDate.of(2026, 1, 31);
    /** 1 Feb … 28 Feb (28 days) + 1 and 2 March (2 days) = 30 days late. */
    static final LocalDate THIRTY_DAYS_LATE = LocalDate.of(2026, 3, 2);

    final LateCharges law = new LateCharges(Policies.constantRates());

    private static PrincipalHistory tenThousandDue() {
        return PrincipalHistory.startingAt(DUE, Money.euros("10000.00"));
    }

    @Test
    void b2b_penalties_at_the_ecb_rate_plus_ten_points_for_thirty_days() {
        // rate = 2.15 + 10 = 12.15 %
        // 10000 × 0.1215 × 30 / 365 = 36450 / 365 = 99.8630136… → 99.86
        assertThat(law.penaltyRateOn(DUE.plusDays(1))).isEqualByComparingTo("12.15");
        assertThat(law.penalties(tenThousandDue(), DUE, THIRTY_DAYS_LATE)).isEqualTo(Money.euros("99.86"));
    }

    @Test
    void no_penalty_on_the_due_date_and_one_day_of_penalties_the_day_after() {
        // 10000 × 0.1215 × 1 / 365 = 3.3287671… → 3.33
        assertThat(law.penalties(tenThousandDue(), DUE, DUE)).isEqualTo(Money.euros("0.00"));
        assertThat(law.penalties(tenThousandDue(), DUE, DUE.plusDays(1))).isEqualTo(Money.euros("3.33"));
    }

    @Test
    void a_contract_rate_is_never_applied_below_three_times_the_legal_rate() {
        // contract 5 % < 3 × 3.00 % = 9 %, so 9 % applies:
        // 10000 × 0.09 × 30 / 365 = 27000 / 365 = 73.9726027… → 73.97
        LateCharges contract = new LateCharges(Policies.constantRates().withContractPenaltyRate(new BigDecimal("5")));
        assertThat(contract.penaltyRateOn(DUE.plusDays(1))).isEqualByComparingTo("9.00");
        assertThat(contract.penalties(tenThousandDue(), DUE, THIRTY_DAYS_LATE)).isEqualTo(Money.euros("73.97"));
    }

    @Test
    void a_contract_rate_above_the_floor_applies_as_agreed() {
        // 15 % > 9 %: 10000 × 0.15 × 30 / 365 = 45000 / 365 = 123.2876712… → 123.29
        LateCharges contract = new LateCharges(Policies.constantRates().withContractPenaltyRate(new BigDecimal("15")));
        assertThat(contract.penalties(tenThousandDue(), DUE, THIRTY_DAYS_LATE)).isEqualTo(Money.euros("123.29"));
    }

    @Test
    void a_rate_change_mid_period_charges_each_day_at_the_rate_in_force_that_day() {
        // ECB 2.15 % until 14 Feb, 2.40 % from 15 Feb.
        // 1–14 Feb:  14 days × 12.15 %: 10000 × 0.1215 × 14 / 365 = 17010 / 365 = 46.6027397…
        // 15 Feb–2 Mar: 16 days × 12.40 %: 10000 × 0.1240 × 16 / 365 = 19840 / 365 = 54.3561643…
        // total 36850 / 365 = 100.9589041… → 100.96
        RateTable ecb = new RateTable("ECB", List.of(new DatedRate(LocalDate.of(2020, 1, 1), new BigDecimal("2.15")),
                new DatedRate(LocalDate.of(2026, 2, 15), new BigDecimal("2.40"))));
        LateCharges changing = new LateCharges(LegalRates.of(ecb,
                RateTable.constant("legal", LocalDate.of(2020, 1, 1), "3.00")));

        assertThat(changing.penalties(tenThousandDue(), DUE, THIRTY_DAYS_LATE)).isEqualTo(Money.euros("100.96"));
    }

    @Test
    void a_partial_payment_mid_period_lowers_the_principal_from_the_next_day_and_the_total_is_rounded_once() {
        // 4000 paid on 10 Feb: 10000 owed 1–10 Feb, 6000 owed 11 Feb–2 Mar.
        // 10 days: 10000 × 0.1215 × 10 / 365 = 12150 / 365 = 33.2876712…
        // 20 days:  6000 × 0.1215 × 20 / 365 = 14580 / 365 = 39.9452054…
        // total 26730 / 365 = 73.2328767… → 73.23 (rounding each part first would give 33.29 + 39.95 = 73.24)
        PrincipalHistory paidInPart = tenThousandDue().then(LocalDate.of(2026, 2, 10), Money.euros("6000.00"));

        assertThat(law.penalties(paidInPart, DUE, THIRTY_DAYS_LATE)).isEqualTo(Money.euros("73.23"));
    }

    @Test
    void the_40_euro_indemnity_is_owed_by_businesses_only() {
        assertThat(law.recoveryIndemnity(CustomerKind.BUSINESS, Money.euros("10000.00"))).isEqualTo(Money.euros("40.00"));
        assertThat(law.recoveryIndemnity(CustomerKind.CONSUMER, Money.euros("10000.00"))).isEqualTo(Money.euros("0.00"));
        assertThat(law.recoveryIndemnity(CustomerKind.BUSINESS, Money.of("100.00", "USD")))
                .isEqualTo(Money.of("0.00", "USD"));
    }

    @Test
    void consumer_legal_interest_runs_only_from_the_formal_notice() {
        // 3650.00 EUR at 3.00 %: 3650 × 0.03 / 365 = 0.30 EUR a day.
        World world = World.on(DUE.plusDays(1));
        DisputeId claim = world.opensClaim(consumerWithPhone(), invoiceDue(DUE, "3650.00"));
        world.escalatesDailyUntil(DUE.plusDays(24));
        Balance beforeNotice = world.view(claim).balance().orElseThrow();
        assertThat(beforeNotice.lateCharges()).isEqualTo(Money.euros("0.00"));
        assertThat(beforeNotice.indemnity()).isEqualTo(Money.euros("0.00"));

        world.daysLater(1).escalationRuns(); // the formal notice, 25 February
        world.dispatches();
        world.daysLater(10); // 7 March: 10 days × 0.30 = 3.00

        Balance afterNotice = world.view(claim).balance().orElseThrow();
        assertThat(afterNotice.chargeKind()).isEqualTo(Balance.ChargeKind.LEGAL_INTEREST);
        assertThat(afterNotice.lateCharges()).isEqualTo(Money.euros("3.00"));
        assertThat(afterNotice.total()).isEqualTo(Money.euros("3653.00"));
    }

    @Test
    void a_payment_pays_the_penalties_first_then_the_indemnity_then_the_principal() {
        // On 2 March: penalties 99.86 (above) and the indemnity 40.00.
        // 500.00 = 99.86 to penalties + 40.00 to the indemnity + 360.14 to the principal.
        World world = World.on(THIRTY_DAYS_LATE);
        DisputeId claim = world.opensClaim(businessCustomer(), invoiceDue(DUE, "10000.00"));
        assertThat(world.view(claim).balance().orElseThrow()).isEqualTo(new Balance(Money.euros("10000.00"),
                Money.euros("99.86"), Balance.ChargeKind.LATE_PAYMENT_PENALTIES, Money.euros("40.00")));

        world.pays(claim, "500.00");

        assertThat(world.events(claim, PaymentRecorded.class)).singleElement().satisfies(payment -> {
            assertThat(payment.toLateCharges()).isEqualTo(Money.euros("99.86"));
            assertThat(payment.toIndemnity()).isEqualTo(Money.euros("40.00"));
            assertThat(payment.toPrincipal()).isEqualTo(Money.euros("360.14"));
            assertThat(payment.surplus()).isEqualTo(Money.euros("0.00"));
        });
        Balance after = world.view(claim).balance().orElseThrow();
        assertThat(after.principal()).isEqualTo(Money.euros("9639.86"));
        assertThat(after.lateCharges()).isEqualTo(Money.euros("0.00"));
        assertThat(after.indemnity()).isEqualTo(Money.euros("0.00"));
        // A day later: 9639.86 × 0.1215 / 365 = 3.2088… → 3.21 of new penalties.
        world.daysLater(1);
        assertThat(world.view(claim).balance().orElseThrow().lateCharges()).isEqualTo(Money.euros("3.21"));
    }

    @Test
    void a_claim_expires_two_years_after_the_due_date_for_a_consumer_and_five_for_a_business() {
        World world = World.on(DUE.plusDays(1));
        DisputeId consumer = world.opensClaim(consumerWithPhone(), invoiceDue(DUE, "300.00"));
        DisputeId business = world.opensClaim(businessCustomer(), invoiceDue(DUE, "300.00"));

        assertThat(world.view(consumer).limitationDate()).contains(LocalDate.of(2028, 1, 31));
        assertThat(world.view(business).limitationDate()).contains(LocalDate.of(2031, 1, 31));
    }

    @Test
    void a_partial_payment_restarts_the_limitation_period() {
        World world = World.on(DUE.plusDays(1));
        DisputeId consumer = world.opensClaim(consumerWithPhone(), invoiceDue(DUE, "300.00"));
        world.movesTo(LocalDate.of(2026, 6, 15));

        world.pays(consumer, "50.00");

        assertThat(world.view(consumer).limitationDate()).contains(LocalDate.of(2028, 6, 15));
    }

    @Test
    void the_limitation_warning_comes_the_configured_number_of_days_before() {
        EscalationPolicy policy = Policies.defaults().withBusinessLadder(
                ClaimLadder.defaults(CustomerKind.BUSINESS).withLimitationWarningDays(30));
        World world = World.on(DUE.plusDays(1), policy);
        DisputeId business = world.opensClaim(businessCustomer(), invoiceDue(DUE, "300.00"));
        world.escalatesDailyUntil(DUE.plusDays(40));

        assertThat(world.claim(business).nextDueOn(policy)).contains(LocalDate.of(2031, 1, 31).minusDays(30));
    }
}
