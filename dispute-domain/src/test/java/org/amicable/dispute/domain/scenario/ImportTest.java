package org.amicable.dispute.domain.scenario;

import static org.amicable.dispute.domain.fixtures.Customers.businessCustomer;
import static org.amicable.dispute.domain.fixtures.Customers.consumerWithPhone;
import static org.amicable.dispute.domain.fixtures.Invoices.invoiceDue;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.amicable.dispute.domain.fixtures.World;
import org.amicable.dispute.domain.model.DisputeEvent;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.port.in.ImportOutcome;
import org.amicable.dispute.domain.port.in.ImportPaymentsUseCase;
import org.amicable.dispute.domain.port.in.OpenUnpaidClaimUseCase;
import org.junit.jupiter.api.Test;

/** An ERP sends its open invoices, then its payments, in bulk; sending them again changes nothing. */
class ImportTest {

    static final LocalDate DUE = LocalDate.of(2026, 1, 31);

    final World world = World.on(DUE.plusDays(10));

    @Test
    void invoices_are_opened_once_each_and_sending_them_again_opens_nothing() {
        Invoice chased = invoiceDue(DUE, "300.00");
        DisputeId open = world.opensClaim(businessCustomer(), chased);
        Invoice fresh = invoiceDue(DUE, "1200.00");
        List<OpenUnpaidClaimUseCase.Command> rows = List.of(
                new OpenUnpaidClaimUseCase.Command(businessCustomer(), fresh),
                new OpenUnpaidClaimUseCase.Command(businessCustomer(), chased),
                new OpenUnpaidClaimUseCase.Command(businessCustomer(), fresh),
                new OpenUnpaidClaimUseCase.Command(consumerWithPhone(), fresh));

        List<ImportOutcome> first = world.services.importUnpaidClaims().importUnpaidClaims(rows);

        assertThat(first.get(0)).isInstanceOf(ImportOutcome.Created.class);
        DisputeId created = ((ImportOutcome.Created) first.get(0)).dispute();
        assertThat(first.get(1)).isEqualTo(new ImportOutcome.AlreadyOpen(open));
        assertThat(first.get(2)).as("the same invoice twice in one file").isEqualTo(new ImportOutcome.AlreadyOpen(created));
        assertThat(first.get(3)).as("another customer's invoice of that number").isInstanceOf(ImportOutcome.Created.class);
        assertThat(world.view(created).invoice()).contains(fresh);

        List<ImportOutcome> again = world.services.importUnpaidClaims().importUnpaidClaims(rows);

        assertThat(again).noneMatch(ImportOutcome.Created.class::isInstance);
        assertThat(again.get(0)).isEqualTo(new ImportOutcome.AlreadyOpen(created));
    }

    @Test
    void payments_are_recorded_once_and_a_row_for_an_unknown_invoice_is_refused_alone() {
        Invoice invoice = invoiceDue(DUE, "1200.00");
        DisputeId claim = world.opensClaim(businessCustomer(), invoice);
        List<ImportPaymentsUseCase.Row> rows = List.of(
                new ImportPaymentsUseCase.Row(Optional.empty(), invoice.number(), DUE.plusDays(2), new BigDecimal("200.00"),
                        Optional.empty(), "VIR-1"),
                new ImportPaymentsUseCase.Row(Optional.empty(), "F-NOWHERE", DUE.plusDays(2), new BigDecimal("10.00"),
                        Optional.empty(), "VIR-2"),
                new ImportPaymentsUseCase.Row(Optional.of(businessCustomer().reference()), invoice.number(), DUE.plusDays(3),
                        new BigDecimal("1.005"), Optional.empty(), "VIR-3"),
                new ImportPaymentsUseCase.Row(Optional.empty(), invoice.number(), DUE.plusDays(4), new BigDecimal("300.00"),
                        Optional.empty(), "VIR-4"));

        List<ImportOutcome> first = world.services.importPayments().importPayments(rows);

        assertThat(first.get(0)).isEqualTo(new ImportOutcome.Recorded(claim));
        assertThat(first.get(1)).isInstanceOfSatisfying(ImportOutcome.Refused.class,
                refused -> assertThat(refused.reason()).contains("F-NOWHERE"));
        assertThat(first.get(2)).isInstanceOfSatisfying(ImportOutcome.Refused.class,
                refused -> assertThat(refused.field()).isEqualTo("amount"));
        assertThat(first.get(3)).isEqualTo(new ImportOutcome.Recorded(claim));

        List<ImportOutcome> again = world.services.importPayments().importPayments(rows);

        assertThat(again.get(0)).isEqualTo(new ImportOutcome.AlreadyRecorded(claim));
        assertThat(again.get(3)).isEqualTo(new ImportOutcome.AlreadyRecorded(claim));
        assertThat(world.events(claim, DisputeEvent.PaymentRecorded.class)).extracting(DisputeEvent.PaymentRecorded::amount)
                .containsExactly(Money.euros("200.00"), Money.euros("300.00"));
    }
}
