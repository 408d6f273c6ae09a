package org.amicable.dispute.domain.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The invoice being chased or complained about.
 *
 * @param number    the invoice number
 * @param issueDate the date it was issued
 * @param dueDate   the date payment was due; not before the issue date
 * @param amount    the amount invoiced, positive
 * @param contractPenaltyRate the late-payment penalty rate the invoice states, percent a year (above 0, at
 *                  most 100); it prevails over the customer's terms of sale; never applied below three
 *                  times the legal rate (Code de commerce, art. L441-10)
 */
public record Invoice(String number, LocalDate issueDate, LocalDate dueDate, Money amount,
        Optional<BigDecimal> contractPenaltyRate) {

    /** An invoice that states no penalty rate of its own. */
    public Invoice(String number, LocalDate issueDate, LocalDate dueDate, Money amount) {
        this(number, issueDate, dueDate, amount, Optional.empty());
    }

    public Invoice {
        number = Text.line(number, "invoice.number", 64);
        InvalidValueException.required(issueDate, "invoice.issueDate");
        InvalidValueException.required(dueDate, "invoice.dueDate");
        InvalidValueException.required(amount, "invoice.amount");
        if (dueDate.isBefore(issueDate)) {
            throw new InvalidValueException("invoice.dueDate", "is before invoice.issueDate");
        }
        if (!amount.isPositive()) {
            throw new InvalidValueException("invoice.amount", "must be positive");
        }
        contractPenaltyRate = Objects.requireNonNull(contractPenaltyRate, "invoice.contractPenaltyRate")
                .map(rate -> ContractRate.require(rate, "invoice.contractPenaltyRate"));
    }
}
