package org.amicable.dispute.domain.model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeEvent.CustomerAnswered;
import org.amicable.dispute.domain.model.DisputeEvent.PaymentRecorded;
import org.amicable.dispute.domain.model.DisputeEvent.PhoneCallRecorded;
import org.amicable.dispute.domain.model.DisputeEvent.PromiseToPayRecorded;

/**
 * What the customer does about an unpaid claim, as the company records it: a payment, a promise, an
 * answer, a call, a declaration that he paid. Each is a reaction that restarts the waiting delay before
 * the next reminder; a promise holds the ladder until its date plus grace.
 */
final class CustomerReactions {

    private final UnpaidClaim claim;
    private final Clock clock;

    CustomerReactions(UnpaidClaim claim, Clock clock) {
        this.claim = claim;
        this.clock = clock;
    }

    /**
     * Records a payment received on {@code on}, applied to late charges first, then the indemnity,
     * then the principal (Code civil, art. 1343-1). A payment that covers the balance settles the claim.
     */
    PaymentRecorded payment(LocalDate on, Money amount, String reference, DisputeTerms terms) {
        claim.requireNotClosed("record a payment");
        claim.requireDuringLife(on, "receivedOn", clock);
        Optional<LocalDate> last = claim.standing().account().lastPaymentOn();
        if (last.filter(on::isBefore).isPresent()) {
            throw new InvalidCommandException("receivedOn", "payments are recorded in date order; the last was on "
                    + last.get());
        }
        claim.requireSameCurrency(amount, "amount");
        if (!amount.isPositive()) {
            throw new InvalidCommandException("amount", "must be positive");
        }
        PaymentSplit split = terms.allocate(amount, claim.figures(terms).balanceOn(on));
        PaymentRecorded payment = new PaymentRecorded(on, amount, Text.line(reference, "reference", 100),
                split.toLateCharges(), split.toIndemnity(), split.toPrincipal(), split.surplus());
        claim.record(payment, clock);
        claim.settleIfNothingOwed(on, terms, clock);
        return payment;
    }

    /** Records the customer's promise to pay by {@code promisedFor}: the ladder holds until then plus grace. */
    void promise(LocalDate on, LocalDate promisedFor, Optional<Money> amount) {
        claim.requireState(UnpaidClaim.LADDER, "record a promise to pay");
        claim.requireDuringLife(on, "on", clock);
        Objects.requireNonNull(promisedFor, "promisedFor");
        if (!promisedFor.isAfter(on)) {
            throw new InvalidCommandException("promisedFor", "must be after the day of the promise");
        }
        amount.ifPresent(value -> claim.requireSameCurrency(value, "amount"));
        amount.filter(value -> !value.isPositive()).ifPresent(value -> {
            throw new InvalidCommandException("amount", "must be positive");
        });
        claim.record(new PromiseToPayRecorded(on, promisedFor, amount), clock);
    }

    /** Records the customer's answer (letter, mail, call): a reaction that restarts the waiting delay. */
    void answer(LocalDate on, String summary) {
        claim.requireNotClosed("record an answer");
        claim.requireDuringLife(on, "on", clock);
        claim.record(new CustomerAnswered(on, Text.require(summary, "summary", 2000, true)), clock);
    }

    /** Records how a confirmation call went; a promise made on the phone holds the ladder like any promise. */
    void phoneCall(LocalDate on, PhoneCallOutcome outcome, Optional<LocalDate> promisedFor, String note) {
        claim.requireNotClosed("record a phone call");
        claim.requireDuringLife(on, "on", clock);
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == PhoneCallOutcome.PROMISED) != promisedFor.isPresent()) {
            throw new InvalidCommandException("promisedFor", "is required when, and only when, the outcome is PROMISED");
        }
        String text = note == null || note.isBlank() ? outcome.name().toLowerCase() : note;
        if (outcome == PhoneCallOutcome.PROMISED) {
            claim.requireState(UnpaidClaim.LADDER, "record a promise to pay");
            if (!promisedFor.get().isAfter(on)) {
                throw new InvalidCommandException("promisedFor", "must be after the day of the call");
            }
        }
        claim.record(new PhoneCallRecorded(on, outcome, promisedFor, Text.require(text, "note", 2000, true)), clock);
        if (outcome == PhoneCallOutcome.PROMISED) {
            claim.record(new PromiseToPayRecorded(on, promisedFor.get(), Optional.empty()), clock);
        }
    }

    /**
     * Records that the customer says he has paid, with the reference he gives: a reaction that restarts
     * the waiting delay. The balance changes only once the company records the payment it received.
     */
    void declaration(LocalDate on, LocalDate paidOn, String reference) {
        claim.requireNotClosed("say the invoice is paid");
        claim.requireDuringLife(on, "on", clock);
        claim.requireDuringLife(paidOn, "paidOn", clock);
        claim.record(new DisputeEvent.PaymentDeclared(on, paidOn, Text.line(reference, "reference", 100)), clock);
    }
}
