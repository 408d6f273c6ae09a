package org.amicable.dispute.domain.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.amicable.dispute.domain.model.Money;

/**
 * Where a payment goes when the customer owes several debts and does not say (Code civil, art.
 * 1342-10): first to the debts that are due; among them, to the debt the debtor had most interest to
 * pay; at equal interest, to the oldest; all things equal, proportionally.
 *
 * <p>How Amicable reads "most interest to pay": the debt whose late charges run at the highest rate
 * on the day of the payment costs the debtor most to leave unpaid. A debt on which no charges run yet
 * (a consumer's, before the formal notice) counts at a rate of zero. The oldest is the one that fell
 * due first. Every claim Amicable chases is due, so the first rule never parts them. Within each debt
 * the part received pays late charges first, then the indemnity, then the principal (art. 1343-1):
 * that is the claim's own rule, applied when each part is recorded.
 */
public final class PaymentImputation {

    private PaymentImputation() {
    }

    /**
     * One debt, as it stands on the day of the payment.
     *
     * @param invoiceNumber its invoice
     * @param dueDate       the day it fell due
     * @param rate          the annual rate its late charges run at that day, in percent; zero where none run
     * @param owed          what it amounts to that day (principal, charges, indemnity)
     */
    public record Debt(String invoiceNumber, LocalDate dueDate, BigDecimal rate, Money owed) {
        public Debt {
            Objects.requireNonNull(invoiceNumber, "invoiceNumber");
            Objects.requireNonNull(dueDate, "dueDate");
            Objects.requireNonNull(rate, "rate");
            Objects.requireNonNull(owed, "owed");
        }
    }

    /**
     * One debt's part of the payment.
     *
     * @param invoiceNumber the invoice
     * @param amount        what goes to it; more than it owes only for the last debt, when the payment
     *                      exceeds everything owed (the claim records the surplus)
     */
    public record Part(String invoiceNumber, Money amount) {
        public Part {
            Objects.requireNonNull(invoiceNumber, "invoiceNumber");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** The order art. 1342-10 takes the debts in: highest rate first, then the oldest, then by invoice. */
    public static final Comparator<Debt> ORDER = Comparator.comparing(Debt::rate, Comparator.reverseOrder())
            .thenComparing(Debt::dueDate).thenComparing(Debt::invoiceNumber);

    /**
     * Splits {@code amount} among {@code debts}, in one currency. Debts of equal rate and due date share
     * what reaches them in proportion to what each owes (the cent left by rounding goes to the first by
     * invoice number). What is left once every debt is paid goes to the last one, as its surplus.
     */
    public static List<Part> split(Money amount, List<Debt> debts) {
        if (debts.isEmpty()) {
            throw new IllegalArgumentException("a payment is split among one debt or more");
        }
        List<Debt> ordered = debts.stream().sorted(ORDER).toList();
        List<Part> parts = new ArrayList<>();
        Money left = amount;
        int from = 0;
        while (from < ordered.size()) {
            Debt head = ordered.get(from);
            int to = from + 1;
            while (to < ordered.size() && ordered.get(to).rate().compareTo(head.rate()) == 0
                    && ordered.get(to).dueDate().equals(head.dueDate())) {
                to++;
            }
            List<Debt> equal = ordered.subList(from, to);
            Money owed = equal.stream().map(Debt::owed).reduce(Money.zero(amount.currency()), Money::plus);
            Money toEqual = left.min(owed);
            parts.addAll(proportionally(toEqual, equal, owed));
            left = left.minus(toEqual);
            from = to;
        }
        if (left.isPositive()) {
            Part last = parts.remove(parts.size() - 1);
            parts.add(new Part(last.invoiceNumber(), last.amount().plus(left)));
        }
        return parts;
    }

    private static List<Part> proportionally(Money amount, List<Debt> equal, Money owed) {
        List<Part> parts = new ArrayList<>();
        if (equal.size() == 1 || amount.equals(owed)) {
            equal.forEach(debt -> parts.add(new Part(debt.invoiceNumber(), equal.size() == 1 ? amount : debt.owed())));
            return parts;
        }
        long given = 0;
        for (Debt debt : equal) {
            long share = owed.minorUnits() == 0 ? 0
                    : Math.multiplyExact(amount.minorUnits(), debt.owed().minorUnits()) / owed.minorUnits();
            parts.add(new Part(debt.invoiceNumber(), Money.ofMinor(share, amount.currency())));
            given += share;
        }
        Part first = parts.get(0);
        parts.set(0, new Part(first.invoiceNumber(), first.amount().plus(Money.ofMinor(amount.minorUnits() - given,
                amount.currency()))));
        return parts;
    }
}
