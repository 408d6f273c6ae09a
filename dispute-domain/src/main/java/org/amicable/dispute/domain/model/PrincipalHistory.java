package org.amicable.dispute.domain.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How the unpaid principal changed over time: the invoice amount from its due date, then a new
 * amount after each payment or correction. A change dated {@code d} applies to the days after
 * {@code d}: a payment made on a day stops the charges on the paid part from that day.
 *
 * @param changes the changes, oldest first
 */
public record PrincipalHistory(List<Change> changes) {

    /**
     * The principal owed after the end of a day.
     *
     * @param on        the day
     * @param principal what is owed after it
     */
    public record Change(LocalDate on, Money principal) {
        public Change {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(principal, "principal");
        }
    }

    public PrincipalHistory {
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("a principal history starts with the amount due");
        }
        for (int i = 1; i < changes.size(); i++) {
            if (changes.get(i).on().isBefore(changes.get(i - 1).on())) {
                throw new IllegalArgumentException("principal changes must be in date order");
            }
        }
    }

    /** A history that starts with {@code principal} owed after {@code dueDate}. */
    public static PrincipalHistory startingAt(LocalDate dueDate, Money principal) {
        return new PrincipalHistory(List.of(new Change(dueDate, principal)));
    }

    /** This history, with the principal becoming {@code principal} after {@code on}. */
    public PrincipalHistory then(LocalDate on, Money principal) {
        List<Change> next = new ArrayList<>(changes);
        next.add(new Change(on, principal));
        return new PrincipalHistory(next);
    }

    /** The principal owed during the day after {@code day}. */
    public Money after(LocalDate day) {
        Money owed = changes.get(0).principal();
        for (Change change : changes) {
            if (change.on().isAfter(day)) {
                break;
            }
            owed = change.principal();
        }
        return owed;
    }

    /** The principal owed now: the last change. */
    public Money current() {
        return changes.get(changes.size() - 1).principal();
    }
}
