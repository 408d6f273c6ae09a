package org.amicable.dispute.domain.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the company offers a customer with a grievance.
 *
 * @param round      the negotiation round, from 1
 * @param remedy     refund, replacement, credit note…
 * @param amount     the amount, required for the remedies that have one
 * @param answerBy   the date by which the customer should answer
 * @param resolveBy  the date by which the company will have delivered the remedy (the agreed deadline once accepted)
 * @param terms      the wording of the offer
 */
public record SettlementProposal(
        int round, RemedyKind remedy, Optional<Money> amount, LocalDate answerBy, LocalDate resolveBy, String terms) {

    public SettlementProposal {
        InvalidValueException.required(remedy, "remedy");
        Objects.requireNonNull(amount, "amount");
        InvalidValueException.required(answerBy, "answerBy");
        InvalidValueException.required(resolveBy, "resolveBy");
        terms = Text.require(terms, "terms", 2000, true);
        if (round < 1) {
            throw new InvalidValueException("round", "must be at least 1");
        }
        if (remedy.requiresAmount() && amount.isEmpty()) {
            throw new InvalidValueException("amount", "is required for a " + remedy);
        }
        amount.filter(value -> !value.isPositive()).ifPresent(value -> {
            throw new InvalidValueException("amount", "must be positive");
        });
        if (resolveBy.isBefore(answerBy)) {
            throw new InvalidValueException("resolveBy", "is before answerBy");
        }
    }
}
