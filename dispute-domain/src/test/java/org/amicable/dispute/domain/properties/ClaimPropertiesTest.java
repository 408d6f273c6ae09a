package org.amicable.dispute.domain.properties;

import static org.amicable.dispute.domain.fixtures.Invoices.invoiceDue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import org.amicable.dispute.domain.fixtures.Customers;
import org.amicable.dispute.domain.fixtures.Policies;
import org.amicable.dispute.domain.fixtures.TestClock;
import org.amicable.dispute.domain.fixtures.World;
import org.amicable.dispute.domain.model.Balance;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.DisputeEvent.PaymentRecorded;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.Instalment;
import org.amicable.dispute.domain.model.InvalidCommandException;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.UnpaidClaim;
import org.amicable.dispute.domain.policy.EscalationPolicy;
import org.amicable.dispute.domain.port.in.EscalationReport;

/** Rules that hold for every input, not only the examples. */
class ClaimPropertiesTest {

    static final LocalDate DUE = LocalDate.of(2026, 1, 31);
    final EscalationPolicy policy = Policies.defaults();

    /** One payment: so many days after the previous one, so many cents. */
    record Payment(int daysLater, long cents) {
    }

    @Provide
    Arbitrary<List<Payment>> payments() {
        Arbitrary<Payment> payment = Combinators.combine(Arbitraries.integers().between(0, 40),
                Arbitraries.longs().between(1, 1_500_000)).as(Payment::new);
        return payment.list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<Customer> customers() {
        return Arbitraries.of(Customers.businessCustomer(), Customers.consumerWithPhone());
    }

    @Property(tries = 200)
    void a_balance_never_goes_below_zero_whatever_the_payments(@ForAll("payments") List<Payment> payments,
            @ForAll("customers") Customer customer, @ForAll @LongRange(min = 100, max = 2_000_000) long invoiceCents) {
        TestClock clock = TestClock.on(DUE.minusDays(5));
        UnpaidClaim claim = UnpaidClaim.open(DisputeId.next(clock), customer,
                invoiceDue(DUE, Money.of(java.math.BigDecimal.valueOf(invoiceCents, 2), java.util.Currency.getInstance("EUR"))
                        .amount().toPlainString()), clock);
        for (Payment payment : payments) {
            if (claim.isClosed()) {
                break;
            }
            clock.advanceDays(payment.daysLater());
            claim.escalate(clock.today(), policy, clock);
            Money amount = Money.ofMinor(payment.cents(), java.util.Currency.getInstance("EUR"));
            PaymentRecorded recorded = claim.recordPayment(clock.today(), amount, "P", policy, clock);

            assertThat(recorded.toLateCharges().plus(recorded.toIndemnity()).plus(recorded.toPrincipal())
                    .plus(recorded.surplus())).isEqualTo(amount);
            assertThat(List.of(recorded.toLateCharges(), recorded.toIndemnity(), recorded.toPrincipal(),
                    recorded.surplus())).allSatisfy(part -> assertThat(part.isNegative()).isFalse());
            Balance balance = claim.figures(policy).balanceOn(clock.today());
            assertThat(balance.total().isNegative()).isFalse();
            assertThat(claim.isClosed()).isEqualTo(balance.isSettled());
        }
    }

    @Property(tries = 100)
    void a_plan_that_adds_up_to_the_balance_is_accepted_and_one_that_does_not_is_refused(
            @ForAll @IntRange(min = 1, max = 12) int instalments,
            @ForAll @LongRange(min = 100, max = 5_000_000) long invoiceCents,
            @ForAll @IntRange(min = 0, max = 200) int daysLate,
            @ForAll("customers") Customer customer,
            @ForAll @LongRange(min = -500, max = 500) long error) {
        TestClock clock = TestClock.on(DUE.plusDays(daysLate));
        UnpaidClaim claim = UnpaidClaim.open(DisputeId.next(clock), customer, invoiceDue(DUE,
                java.math.BigDecimal.valueOf(invoiceCents, 2).toPlainString()), clock);
        Money balance = claim.figures(policy).balanceOn(clock.today()).total();
        List<Instalment> plan = split(balance, instalments, clock.today(), error);
        Money total = plan.stream().map(Instalment::amount).reduce(Money.zero(balance.currency()), Money::plus);

        if (total.equals(balance)) {
            claim.agreeRepaymentPlan(clock.today(), plan, policy, clock);
            assertThat(claim.repaymentPlan()).isEqualTo(plan);
            assertThat(claim.state().name()).isEqualTo("REPAYMENT_PLAN");
        } else {
            assertThatThrownBy(() -> claim.agreeRepaymentPlan(clock.today(), plan, policy, clock))
                    .isInstanceOfSatisfying(InvalidCommandException.class,
                            e -> assertThat(e.field()).isEqualTo("instalments"));
            assertThat(claim.repaymentPlan()).isEmpty();
        }
    }

    /** Splits the balance in {@code count} monthly instalments, the last one off by {@code error} cents. */
    private static List<Instalment> split(Money balance, int count, LocalDate from, long error) {
        long each = Math.max(1, balance.minorUnits() / count);
        List<Instalment> plan = new ArrayList<>();
        long left = balance.minorUnits();
        for (int i = 1; i < count && left - each > 0; i++) {
            plan.add(new Instalment(i, from.plusMonths(i), Money.ofMinor(each, balance.currency())));
            left -= each;
        }
        long last = Math.max(1, left + error);
        plan.add(new Instalment(plan.size() + 1, from.plusMonths(plan.size() + 1L), Money.ofMinor(last, balance.currency())));
        return plan;
    }

    @Property(tries = 40)
    void escalation_is_idempotent_for_any_increasing_dates_and_never_sends_a_ladder_letter_twice(
            @ForAll @Size(min = 1, max = 15) @UniqueElements List<@IntRange(min = 0, max = 120) Integer> offsets,
            @ForAll("customers") Customer customer) {
        World world = World.on(DUE);
        DisputeId claim = world.opensClaim(customer, invoiceDue(DUE, "1234.56"));
        for (int offset : offsets.stream().sorted().toList()) {
            world.movesTo(DUE.plusDays(offset));
            world.escalationRuns();
            long version = world.view(claim).version();

            EscalationReport again = world.escalationRuns();

            assertThat(again.actions()).isEmpty();
            assertThat(world.view(claim).version()).isEqualTo(version);
        }
        List<LetterKind> ladderLetters = world.letters(claim).stream().map(Letter::kind)
                .filter(Set.of(LetterKind.FIRST_REMINDER, LetterKind.SECOND_REMINDER, LetterKind.FORMAL_NOTICE)::contains)
                .toList();
        assertThat(ladderLetters).doesNotHaveDuplicates();
    }
}
