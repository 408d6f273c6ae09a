package org.amicable.dispute.domain.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One letter to one customer that carries the letters of several of its claims: on a given day, the
 * reminders (or the formal notices) due to the same customer go out as one document listing each
 * invoice with its principal, its charges and its total, and the grand total.
 *
 * <p>What is grouped, and what is not:
 * <ul>
 *   <li>Each claim keeps its own ladder, its own legal computation and its own timeline: each still
 *       issues its own letter ({@link Letter}, with its own balance and rate), and the letters of one
 *       {@link Letter#groupKey() group} are rendered together. Each claim's timeline then records the
 *       same document as sent, under the same SHA-256, kept once.</li>
 *   <li>Claims at different steps are not merged: a letter lists only the claims at its step (a first
 *       reminder lists the invoices at their first reminder, a formal notice the invoices put on notice),
 *       because each step has its own legal effect and deadline. The letter names the customer's other
 *       open invoices and where each stands ({@link #otherOpenInvoices()}), so that the customer sees
 *       the whole of what is chased.</li>
 *   <li>A letter alone, with no other open invoice of the customer, is the letter it always was.</li>
 * </ul>
 *
 * @param letters           the letters carried, of one group, at least one, in invoice order
 * @param otherOpenInvoices the customer's other open claims on the day it went out, by invoice number
 */
public record CustomerLetter(List<Letter> letters, List<OpenInvoice> otherOpenInvoices) {

    public CustomerLetter {
        if (letters == null || letters.isEmpty()) {
            throw new IllegalArgumentException("a customer letter carries at least one letter");
        }
        Optional<String> key = letters.get(0).groupKey();
        if (letters.size() > 1 && (key.isEmpty() || letters.stream().anyMatch(letter -> !letter.groupKey().equals(key)))) {
            throw new IllegalArgumentException("only the letters of one group go out together");
        }
        letters = letters.stream().sorted(Comparator.comparing(Letter::reference).thenComparing(
                letter -> letter.id().value())).toList();
        otherOpenInvoices = List.copyOf(Objects.requireNonNull(otherOpenInvoices, "otherOpenInvoices")).stream()
                .sorted(Comparator.comparing(OpenInvoice::invoiceNumber)).toList();
    }

    /** A letter that goes out alone. */
    public static CustomerLetter alone(Letter letter) {
        return new CustomerLetter(List.of(letter), List.of());
    }

    /** The letter whose recipient, date, language and channel the whole letter has: the first. */
    public Letter first() {
        return letters.get(0);
    }

    /** Whether it is one letter of one claim and names nothing else: rendered as a letter alone. */
    public boolean isSingle() {
        return letters.size() == 1 && otherOpenInvoices.isEmpty();
    }

    /**
     * Another open claim of the same customer, named in the letter.
     *
     * @param invoiceNumber its invoice
     * @param state         where it stands on the ladder
     */
    public record OpenInvoice(String invoiceNumber, ClaimState state) {
        public OpenInvoice {
            Objects.requireNonNull(invoiceNumber, "invoiceNumber");
            Objects.requireNonNull(state, "state");
        }
    }
}
