package org.amicable.dispute.domain.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What comes next on a dispute, for people reading it: a kind, with the date, number, reference or
 * letter it speaks of. Adapters phrase it in the reader's language.
 *
 * @param kind      what comes next
 * @param date      the date it falls on or waits for, where the kind has one
 * @param number    the number it speaks of (instalments proposed, the instalment due), zero where none
 * @param reference the grievance or letter it speaks of, where the kind names one
 * @param letter    the kind of letter it waits for, where the kind names one
 */
public record NextStep(Kind kind, Optional<LocalDate> date, int number, Optional<String> reference,
        Optional<LetterKind> letter) {

    /** The kinds of next step, for an unpaid claim and for a grievance. */
    public enum Kind {
        /** A grievance about the invoice holds the chase ({@code reference}: the grievance). */
        HELD_BY_GRIEVANCE,
        /** A letter came back addressee unknown: correct the address ({@code reference}: the letter). */
        CORRECT_ADDRESS,
        /** A manager decides on the plan the customer proposed ({@code number}: its instalments). */
        DECIDE_PROPOSED_PLAN,
        /** The ladder waits for the promised payment ({@code date}). */
        AWAIT_PROMISED_PAYMENT,
        /** A manager reviews the step's letter before it goes out ({@code letter}). */
        REVIEW_LETTER,
        /** The approved letter of the step goes out with the next dispatch ({@code letter}). */
        SEND_APPROVED_LETTER,
        FIRST_REMINDER,
        SECOND_REMINDER,
        FORMAL_NOTICE,
        /** Mediation, once the formal notice's deadline has passed. */
        MEDIATION_AFTER_NOTICE,
        /** A manager confirms the mediation. */
        CONFIRM_MEDIATION,
        /** A repayment plan, or court. */
        PLAN_OR_COURT,
        /** An instalment falls due ({@code number}). */
        INSTALMENT_DUE,
        /** Assign a manager, who makes first contact by {@code date}. */
        ASSIGN_MANAGER,
        /** Make first contact by {@code date}. */
        MAKE_FIRST_CONTACT,
        MAKE_PROPOSAL,
        /** The customer answers the proposal by {@code date}. */
        CUSTOMER_ANSWERS,
        /** Deliver the remedy by the agreed {@code date}. */
        DELIVER_REMEDY,
        /** Deliver the overdue remedy, raised above the manager. */
        DELIVER_OVERDUE_REMEDY,
        /** The mediator's outcome. */
        MEDIATOR_OUTCOME
    }

    public NextStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(letter, "letter");
    }

    /** A step that speaks of nothing more than its kind. */
    public static NextStep of(Kind kind) {
        return new NextStep(kind, Optional.empty(), 0, Optional.empty(), Optional.empty());
    }

    /** A step that falls on, or waits for, a date. */
    public static NextStep on(Kind kind, LocalDate date) {
        return new NextStep(kind, Optional.of(date), 0, Optional.empty(), Optional.empty());
    }

    /** A step that speaks of a number. */
    public static NextStep counting(Kind kind, int number) {
        return new NextStep(kind, Optional.empty(), number, Optional.empty(), Optional.empty());
    }

    /** A step that names a grievance or a letter. */
    public static NextStep about(Kind kind, String reference) {
        return new NextStep(kind, Optional.empty(), 0, Optional.of(reference), Optional.empty());
    }

    /** A step that waits for a letter of a kind. */
    public static NextStep forLetter(Kind kind, LetterKind letter) {
        return new NextStep(kind, Optional.empty(), 0, Optional.empty(), Optional.of(letter));
    }
}
