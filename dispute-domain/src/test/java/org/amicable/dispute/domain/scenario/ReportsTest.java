package org.amicable.dispute.domain.scenario;

import static org.amicable.dispute.domain.fixtures.Customers.businessCustomer;
import static org.amicable.dispute.domain.fixtures.Customers.consumerWithPhone;
import static org.amicable.dispute.domain.fixtures.Invoices.invoiceDue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.amicable.dispute.domain.fixtures.World;
import org.amicable.dispute.domain.model.AgeBucket;
import org.amicable.dispute.domain.model.ClaimState;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.GrievanceCause;
import org.amicable.dispute.domain.model.Initiator;
import org.amicable.dispute.domain.model.InvalidValueException;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.LadderStep;
import org.amicable.dispute.domain.model.MediatorKind;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.RemedyKind;
import org.amicable.dispute.domain.port.in.ConfirmMediationUseCase;
import org.amicable.dispute.domain.port.in.RecordPaymentUseCase;
import org.amicable.dispute.domain.port.in.TakeToCourtUseCase;
import org.amicable.dispute.domain.port.in.ViewReportsUseCase;
import org.amicable.dispute.domain.port.in.ViewReportsUseCase.AgedCell;
import org.amicable.dispute.domain.port.in.ViewReportsUseCase.Period;
import org.amicable.dispute.domain.service.DisputeServices;
import org.junit.jupiter.api.Test;

/**
 * The managers' reports over the in-memory repository: the bands of the aged balance and their edges,
 * the share each step of the ladder recovers, what sits with mediators and courts, and grievances
 * remedied in time. Money is reported per currency, never added across currencies.
 */
class ReportsTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");

    private static ViewReportsUseCase reports(World world) {
        return DisputeServices.viewReports(world.store);
    }

    @Test
    void the_aged_balance_puts_each_open_claim_in_its_band_with_what_it_still_owes_per_currency() {
        World world = World.on("2026-04-30");
        world.opensClaim(businessCustomer(), invoiceDue("A-TODAY", LocalDate.of(2026, 4, 30), "100.00"));
        DisputeId partlyPaid = world.opensClaim(businessCustomer(), invoiceDue("A-MAY", LocalDate.of(2026, 5, 10), "1000.00"));
        world.pays(partlyPaid, "100.00");
        world.opensClaim(businessCustomer(), invoiceDue("A-30", LocalDate.of(2026, 3, 31), "30.00"));
        world.opensClaim(businessCustomer(), invoiceDue("A-31", LocalDate.of(2026, 3, 30), "31.00"));
        world.opensClaim(businessCustomer(), invoiceDue("A-90", LocalDate.of(2026, 1, 30), "90.00"));
        world.opensClaim(businessCustomer(), invoiceDue("A-91", LocalDate.of(2026, 1, 29), "91.00"));
        world.opensClaim(consumerWithPhone(), invoiceDue("A-C", LocalDate.of(2026, 4, 1), "250.00"));
        world.opensClaim(businessCustomer(), new Invoice("A-USD", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 20),
                Money.of("300.00", "USD")));
        DisputeId paid = world.opensClaim(consumerWithPhone(), invoiceDue("A-PAID", LocalDate.of(2026, 5, 30), "70.00"));
        world.pays(paid, "70.00");

        ViewReportsUseCase.AgedBalance balance = reports(world).agedBalance(world.today());

        assertThat(balance.currencies()).containsExactly(EUR, USD);
        assertThat(cells(balance, EUR, CustomerKind.BUSINESS)).containsExactly(
                cell(CustomerKind.BUSINESS, AgeBucket.NOT_DUE, 2, "1000.00", EUR),
                cell(CustomerKind.BUSINESS, AgeBucket.DAYS_1_TO_30, 1, "30.00", EUR),
                cell(CustomerKind.BUSINESS, AgeBucket.DAYS_31_TO_60, 1, "31.00", EUR),
                cell(CustomerKind.BUSINESS, AgeBucket.DAYS_61_TO_90, 1, "90.00", EUR),
                cell(CustomerKind.BUSINESS, AgeBucket.OVER_90_DAYS, 1, "91.00", EUR));
        assertThat(cells(balance, EUR, CustomerKind.CONSUMER)).containsExactly(
                cell(CustomerKind.CONSUMER, AgeBucket.NOT_DUE, 0, "0.00", EUR),
                cell(CustomerKind.CONSUMER, AgeBucket.DAYS_1_TO_30, 1, "250.00", EUR),
                cell(CustomerKind.CONSUMER, AgeBucket.DAYS_31_TO_60, 0, "0.00", EUR),
                cell(CustomerKind.CONSUMER, AgeBucket.DAYS_61_TO_90, 0, "0.00", EUR),
                cell(CustomerKind.CONSUMER, AgeBucket.OVER_90_DAYS, 0, "0.00", EUR));
        assertThat(cells(balance, USD, CustomerKind.BUSINESS)).contains(
                cell(CustomerKind.BUSINESS, AgeBucket.DAYS_1_TO_30, 1, "300.00", USD));

        // Seen later, the same claims move up the bands.
        ViewReportsUseCase.AgedBalance later = reports(world).agedBalance(LocalDate.of(2026, 5, 1));
        assertThat(cells(later, EUR, CustomerKind.BUSINESS)).extracting(AgedCell::claims).containsExactly(1L, 1L, 2L, 0L, 2L);
    }

    @Test
    void the_bands_have_their_edges_at_0_30_60_and_90_days_past_due() {
        LocalDate asOf = LocalDate.of(2026, 6, 30);
        assertThat(AgeBucket.of(asOf.plusDays(1), asOf)).isEqualTo(AgeBucket.NOT_DUE);
        assertThat(AgeBucket.of(asOf, asOf)).isEqualTo(AgeBucket.NOT_DUE);
        assertThat(AgeBucket.of(asOf.minusDays(1), asOf)).isEqualTo(AgeBucket.DAYS_1_TO_30);
        assertThat(AgeBucket.of(asOf.minusDays(30), asOf)).isEqualTo(AgeBucket.DAYS_1_TO_30);
        assertThat(AgeBucket.of(asOf.minusDays(31), asOf)).isEqualTo(AgeBucket.DAYS_31_TO_60);
        assertThat(AgeBucket.of(asOf.minusDays(60), asOf)).isEqualTo(AgeBucket.DAYS_31_TO_60);
        assertThat(AgeBucket.of(asOf.minusDays(61), asOf)).isEqualTo(AgeBucket.DAYS_61_TO_90);
        assertThat(AgeBucket.of(asOf.minusDays(90), asOf)).isEqualTo(AgeBucket.DAYS_61_TO_90);
        assertThat(AgeBucket.of(asOf.minusDays(91), asOf)).isEqualTo(AgeBucket.OVER_90_DAYS);
        assertThat(AgeBucket.DAYS_1_TO_30.earliestDueOn(asOf)).hasValue(asOf.minusDays(30));
        assertThat(AgeBucket.OVER_90_DAYS.earliestDueOn(asOf)).isEmpty();
    }

    @Test
    void recovery_says_after_which_step_claims_settled_and_how_many_days_it_took() {
        World world = World.on("2026-01-01");
        DisputeId early = world.opensClaim(consumerWithPhone(), invoiceDue("R-1", LocalDate.of(2026, 1, 1), "100.00"));
        DisputeId afterFirst = world.opensClaim(consumerWithPhone(), invoiceDue("R-2", LocalDate.of(2026, 1, 1), "200.00"));
        DisputeId afterSecond = world.opensClaim(consumerWithPhone(), invoiceDue("R-3", LocalDate.of(2026, 1, 1), "300.00"));
        DisputeId alsoAfterSecond = world.opensClaim(consumerWithPhone(), invoiceDue("R-4", LocalDate.of(2026, 1, 1), "400.00"));
        world.opensClaim(consumerWithPhone(), invoiceDue("R-OPEN", LocalDate.of(2026, 1, 1), "500.00"));

        world.escalatesDailyUntil(LocalDate.of(2026, 1, 3));
        paysInFull(world, early);
        world.daysLater(1).escalatesDailyUntil(LocalDate.of(2026, 1, 8));
        assertThat(world.state(afterFirst)).isEqualTo(ClaimState.FIRST_REMINDER_SENT.name());
        paysInFull(world, afterFirst);
        world.daysLater(1).escalatesDailyUntil(LocalDate.of(2026, 1, 20));
        assertThat(world.state(afterSecond)).isEqualTo(ClaimState.SECOND_REMINDER_SENT.name());
        paysInFull(world, afterSecond);
        paysInFull(world, alsoAfterSecond);

        ViewReportsUseCase.Recovery recovery = reports(world).recovery(
                new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)));

        assertThat(recovery.settled()).isEqualTo(4);
        Map<LadderStep, Long> claims = recovery.steps().stream()
                .collect(Collectors.toMap(ViewReportsUseCase.StepShare::step, ViewReportsUseCase.StepShare::claims));
        assertThat(claims).containsExactlyInAnyOrderEntriesOf(Map.of(LadderStep.NONE, 1L, LadderStep.FIRST_REMINDER, 1L,
                LadderStep.SECOND_REMINDER, 2L, LadderStep.FORMAL_NOTICE, 0L, LadderStep.MEDIATION, 0L));
        assertThat(recovery.steps()).extracting(ViewReportsUseCase.StepShare::percent).containsExactly(
                new BigDecimal("25.0"), new BigDecimal("25.0"), new BigDecimal("50.0"), new BigDecimal("0.0"),
                new BigDecimal("0.0"));
        // Settled 2, 7, 19 and 19 days after opening.
        assertThat(recovery.meanDays()).hasValue(new BigDecimal("11.8"));
        assertThat(recovery.medianDays()).hasValue(new BigDecimal("13.0"));

        ViewReportsUseCase.Recovery fromTheFourth = reports(world).recovery(
                new Period(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 1, 20)));
        assertThat(fromTheFourth.settled()).isEqualTo(3);
        assertThat(fromTheFourth.medianDays()).hasValue(new BigDecimal("19.0"));

        ViewReportsUseCase.Recovery none = reports(world).recovery(
                new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
        assertThat(none.settled()).isZero();
        assertThat(none.meanDays()).isEmpty();
        assertThat(none.steps()).allSatisfy(step -> assertThat(step.percent()).isEqualByComparingTo("0"));
    }

    @Test
    void mediation_and_litigation_count_what_sits_with_mediators_and_courts_on_the_day() {
        World world = World.on("2026-01-01");
        DisputeId mediated = world.opensClaim(businessCustomer(), invoiceDue("M-1", LocalDate.of(2025, 11, 1), "1200.00"));
        DisputeId inCourt = world.opensClaim(businessCustomer(), invoiceDue("M-2", LocalDate.of(2025, 12, 1), "800.00"));
        world.opensClaim(businessCustomer(), invoiceDue("M-3", LocalDate.of(2025, 12, 1), "50.00"));
        world.services.takeToCourt().takeToCourt(new TakeToCourtUseCase.Command(inCourt, world.today(),
                Initiator.CUSTOMER, "the customer asks the court"));
        world.escalatesDailyUntil(LocalDate.of(2026, 3, 15));
        assertThat(world.state(mediated)).isEqualTo(ClaimState.MEDIATION_TO_CONFIRM.name());
        LocalDate confirmedOn = world.today();
        world.services.confirmMediation().confirmMediation(new ConfirmMediationUseCase.Command(mediated, confirmedOn,
                MediatorKind.BAILIFF, "Maître Dubois", Money.euros("0.00"), "a manager"));

        ViewReportsUseCase.MediationAndLitigation now = reports(world).mediationAndLitigation(confirmedOn);
        assertThat(now.cells()).containsExactly(
                new ViewReportsUseCase.StageCell(ClaimState.IN_MEDIATION, 1, Money.euros("1200.00")),
                new ViewReportsUseCase.StageCell(ClaimState.LITIGATION, 1, Money.euros("800.00")));

        ViewReportsUseCase.MediationAndLitigation before = reports(world).mediationAndLitigation(confirmedOn.minusDays(1));
        assertThat(before.cells()).containsExactly(
                new ViewReportsUseCase.StageCell(ClaimState.IN_MEDIATION, 0, Money.euros("0.00")),
                new ViewReportsUseCase.StageCell(ClaimState.LITIGATION, 1, Money.euros("800.00")));
    }

    @Test
    void grievances_remedied_by_the_agreed_deadline_are_on_time_and_the_others_late() {
        World world = World.on("2026-02-02");
        DisputeId onTime = grievanceAgreed(world, "G-1", 10);
        DisputeId late = grievanceAgreed(world, "G-2", 3);
        grievanceAgreed(world, "G-OPEN", 20);
        world.daysLater(3);
        world.remedyDelivered(onTime);
        world.daysLater(2);
        world.remedyDelivered(late);

        ViewReportsUseCase.GrievanceDeadlines deadlines = reports(world).grievanceDeadlines(
                new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
        assertThat(deadlines.onTime()).isEqualTo(1);
        assertThat(deadlines.late()).isEqualTo(1);
        assertThat(deadlines.percentOnTime()).hasValue(new BigDecimal("50.0"));
        assertThat(reports(world).grievanceDeadlines(new Period(world.today().plusDays(1), world.today().plusDays(1)))
                .percentOnTime()).isEmpty();
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused_naming_from() {
        assertThatThrownBy(() -> new Period(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("from"));
    }

    private static DisputeId grievanceAgreed(World world, String invoice, int resolveDays) {
        DisputeId id = world.opensGrievance(consumerWithPhone(), GrievanceCause.SPOILED_PRODUCT, Optional.empty(),
                "spoiled " + invoice);
        world.assigns(id, "alice");
        world.proposes(id, RemedyKind.REPLACEMENT, Optional.empty(), 2, resolveDays);
        world.accepts(id);
        return id;
    }

    private static void paysInFull(World world, DisputeId id) {
        Money total = world.view(id).balance().orElseThrow().total();
        world.services.recordPayment().recordPayment(new RecordPaymentUseCase.Command(id, Optional.empty(), world.today(),
                total, "PAY-" + id.value()));
        assertThat(world.state(id)).isEqualTo(ClaimState.SETTLED.name());
    }

    private static List<AgedCell> cells(ViewReportsUseCase.AgedBalance balance, Currency currency, CustomerKind kind) {
        return balance.cells().stream().filter(cell -> cell.owed().currency().equals(currency)
                && cell.customerKind() == kind).toList();
    }

    private static AgedCell cell(CustomerKind kind, AgeBucket bucket, long claims, String amount, Currency currency) {
        return new AgedCell(kind, bucket, claims, Money.of(amount, currency));
    }
}
