package org.amicable.dispute.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a letter of a reviewed kind stands in a manager's review (the kinds reviewed are the
 * company's review policy). A letter waits while it is awaiting review
 * or held; once approved it goes out with the next dispatch, exactly once.
 *
 * <p>Letters that go out together as one {@link CustomerLetter} are reviewed together: approving or
 * holding one of them approves or holds every letter of its group still waiting, each recorded on its
 * own claim's timeline, so that the customer receives the whole letter or nothing of it.
 *
 * @param stage       awaiting review, held or approved
 * @param heldBecause the manager's reason, while it is held
 */
public record LetterReview(Stage stage, Optional<String> heldBecause) {

    public LetterReview {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(heldBecause, "heldBecause");
    }

    /** The stages of a review. */
    public enum Stage {
        /** Issued; waits for a manager. */
        AWAITING,
        /** A manager held it, with a reason: it stays unsent, and may be approved later. */
        HELD,
        /** A manager approved it: it goes out with the next dispatch. */
        APPROVED
    }

    /** Whether it still waits for a manager's approval: awaiting review, or held. */
    public boolean waiting() {
        return stage != Stage.APPROVED;
    }
}
