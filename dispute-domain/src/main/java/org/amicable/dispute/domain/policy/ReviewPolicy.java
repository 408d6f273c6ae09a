package org.amicable.dispute.domain.policy;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.amicable.dispute.domain.model.LetterKind;

/**
 * Which kinds of letter a manager reviews before they go out. A letter of a reviewed kind is issued
 * as always (its content fixed, its entry in the timeline) but waits for review instead of going to
 * the dispatcher: it goes out only once a manager approves it, and a manager may hold it with a
 * reason. The other letters go out on their own.
 *
 * <p>A deadline that runs from a reviewed letter (the formal notice's eight days) runs from its
 * sending, never from its issue: while it waits, the ladder waits with it.
 *
 * @param reviewed the kinds that wait for a manager
 */
public record ReviewPolicy(Set<LetterKind> reviewed) {

    public ReviewPolicy {
        Objects.requireNonNull(reviewed, "reviewed");
        reviewed = reviewed.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(reviewed));
    }

    /** Every letter goes out on its own: nothing waits for review. */
    public static ReviewPolicy none() {
        return new ReviewPolicy(Set.of());
    }

    /**
     * The product's default: formal notices and mediation referrals wait for a manager (they commit
     * the company toward court and costs); reminders and the other letters go out on their own.
     */
    public static ReviewPolicy defaults() {
        return new ReviewPolicy(EnumSet.of(LetterKind.FORMAL_NOTICE, LetterKind.MEDIATION_REFERRAL));
    }

    /** The given kinds wait for review. */
    public static ReviewPolicy of(LetterKind... kinds) {
        return new ReviewPolicy(kinds.length == 0 ? Set.of() : EnumSet.of(kinds[0], kinds));
    }

    /** Whether a letter of this kind waits for a manager before it goes out. */
    public boolean reviews(LetterKind kind) {
        return reviewed.contains(kind);
    }
}
