package org.amicable.dispute.domain.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One dated change to an unpaid claim's principal still owed, so that the aged balance of a past day can be
 * summed without replaying timelines: the claim's opening (one claim more, its invoice's amount), each payment
 * (less what it paid of the principal, on the day it was paid), a corrected amount (the difference, on the day
 * the chase resumed with it), and its closing, written off, cancelled, settled or gone to court (one claim
 * less, less what it still owed). The movements of a claim dated on or before a day add up to how many claims it was open that day
 * (1 or 0) and the principal it owed then; a storage keeps them per claim, rewritten with every save.
 *
 * @param disputeId    the claim
 * @param sequence     the movement's rank among the claim's, from 1
 * @param customerKind business or consumer
 * @param dueOn        the invoice's due date, which ages the claim
 * @param on           the day of the movement, never before the claim was opened
 * @param claims       +1 when the claim opens, -1 when it closes, 0 otherwise
 * @param amount       the change to the principal owed (negative for a payment or the closing)
 */
public record BalanceMovement(DisputeId disputeId, int sequence, CustomerKind customerKind, LocalDate dueOn, LocalDate on,
        int claims, Money amount) {

    public BalanceMovement {
        Objects.requireNonNull(disputeId, "disputeId");
        Objects.requireNonNull(customerKind, "customerKind");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(amount, "amount");
        if (claims < -1 || claims > 1) {
            throw new IllegalArgumentException("a movement opens or closes one claim at most, was " + claims);
        }
    }

    /** The movements of an unpaid claim as its timeline stands, oldest first; none for a grievance. */
    public static List<BalanceMovement> of(Dispute dispute) {
        if (!(dispute instanceof UnpaidClaim claim)) {
            return List.of();
        }
        CustomerKind kind = claim.customer().kind();
        Invoice invoice = claim.invoice().orElseThrow();
        LocalDate opened = claim.openedOn();
        List<BalanceMovement> movements = new ArrayList<>();
        movements.add(new BalanceMovement(claim.id(), 1, kind, invoice.dueDate(), opened, 1, invoice.amount()));
        for (DisputeHistory.Change change : claim.history().changes) {
            movements.add(new BalanceMovement(claim.id(), movements.size() + 1, kind, invoice.dueDate(), change.on(),
                    change.claims(), change.amount()));
        }
        return List.copyOf(movements);
    }

    static Money negated(Money amount) {
        return Money.ofMinor(Math.negateExact(amount.minorUnits()), amount.currency());
    }

    /**
     * Whether the event ends the claim's amicable phase: written off, cancelled, settled, or gone to court (taken
     * there, or sent there by the ladder or a missed instalment). The aged balance counts open claims only.
     */
    static boolean closes(DisputeEvent event) {
        ClaimState after = null;
        if (event instanceof DisputeEvent.WrittenOff) {
            after = ClaimState.WRITTEN_OFF;
        } else if (event instanceof DisputeEvent.Cancelled) {
            after = ClaimState.CANCELLED;
        } else if (event instanceof DisputeEvent.Settled) {
            after = ClaimState.SETTLED;
        } else if (event instanceof DisputeEvent.TakenToCourt) {
            after = ClaimState.LITIGATION;
        } else if (event instanceof DisputeEvent.ClaimEscalated escalated) {
            after = escalated.to();
        } else if (event instanceof DisputeEvent.InstalmentMissed missed) {
            after = missed.returnedTo();
        }
        return after != null && after.isTerminal();
    }

    /** Whether these new entries of a claim change its movements, so that a storage rewrites them. */
    public static boolean changedBy(List<TimelineEntry> added) {
        return added.stream().map(TimelineEntry::event).anyMatch(event -> event instanceof DisputeEvent.ClaimOpened
                || event instanceof DisputeEvent.PaymentRecorded || event instanceof DisputeEvent.ChaseResumed
                || closes(event));
    }
}
