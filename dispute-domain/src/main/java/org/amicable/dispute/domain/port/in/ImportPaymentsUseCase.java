package org.amicable.dispute.domain.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Records payments from a list, as an ERP exports them. Each row names an invoice; its payment is
 * recorded on the latest claim for that invoice, as {@link RecordPaymentUseCase} would. A payment the
 * claim already holds (same reference, date and amount) is reported {@link ImportOutcome.AlreadyRecorded}:
 * sending the same rows again records nothing twice. A refused row records nothing; the other rows go
 * on. Callers pass a large file chunk by chunk.
 */
public interface ImportPaymentsUseCase {

    /** One outcome per row, in the rows' order. */
    List<ImportOutcome> importPayments(List<Row> rows);

    /**
     * One payment.
     *
     * @param customerReference the customer, needed only when another customer has an invoice with the same number
     * @param invoiceNumber     the invoice paid
     * @param receivedOn        the day the payment was received
     * @param amount            the amount, in the currency's units ({@code 120.50})
     * @param currency          the currency; the invoice's when empty
     * @param reference         the payment's reference (bank transaction, cheque number), which tells
     *                          two payments of the same amount on the same day apart
     */
    record Row(Optional<String> customerReference, String invoiceNumber, LocalDate receivedOn, BigDecimal amount,
            Optional<Currency> currency, String reference) {
        public Row {
            Objects.requireNonNull(customerReference, "customerReference is required");
            Objects.requireNonNull(invoiceNumber, "invoiceNumber is required");
            Objects.requireNonNull(receivedOn, "receivedOn is required");
            Objects.requireNonNull(amount, "amount is required");
            Objects.requireNonNull(currency, "currency is required");
            Objects.requireNonNull(reference, "reference is required");
        }
    }
}
