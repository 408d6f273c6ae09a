package org.amicable.dispute.domain.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The invoice being chased or complained about.
 *
 * @param number    the invoice number
 * @param issueDate the date it was issued
 * @param dueDate   the date payment was due; not before the issue date
 * @param amount    the amount invoiced, positive
 */
public record Invoice(String number, LocalDate issueDate, LocalDate dueDate, Money amount) {

    public Invoice {
        number = Text.line(number, "invoice.number", 64);
        Objects.requireNonNull(issueDate, "invoice.issueDate is required");
        Objects.requireNonNull(dueDate, "invoice.dueDate is required");
        Objects.requireNonNull(amount, "invoice.amount is required");
        if (dueDate.isBefore(issueDate)) {
            throw new IllegalArgumentException("invoice.dueDate is before invoice.issueDate");
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("invoice.amount must be positive");
        }
    }
}
