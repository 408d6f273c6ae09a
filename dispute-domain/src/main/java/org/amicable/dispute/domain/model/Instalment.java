package org.amicable.dispute.domain.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One instalment of a repayment plan.
 *
 * @param number  its rank in the plan, from 1
 * @param dueDate the date it is due
 * @param amount  its amount, positive
 */
public record Instalment(int number, LocalDate dueDate, Money amount) {

    public Instalment {
        Objects.requireNonNull(dueDate, "instalment.dueDate is required");
        Objects.requireNonNull(amount, "instalment.amount is required");
        if (number < 1) {
            throw new IllegalArgumentException("instalment.number must be at least 1");
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("instalment " + number + " amount must be positive");
        }
    }
}
