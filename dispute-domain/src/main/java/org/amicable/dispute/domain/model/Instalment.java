package org.amicable.dispute.domain.model;

import java.time.LocalDate;

/**
 * One instalment of a repayment plan.
 *
 * @param number  its rank in the plan, from 1
 * @param dueDate the date it is due
 * @param amount  its amount, positive
 */
public record Instalment(int number, LocalDate dueDate, Money amount) {

    public Instalment {
        InvalidValueException.required(dueDate, "dueDate");
        InvalidValueException.required(amount, "amount");
        if (number < 1) {
            throw new InvalidValueException("number", "must be at least 1");
        }
        if (!amount.isPositive()) {
            throw new InvalidValueException("amount", "must be positive");
        }
    }
}
