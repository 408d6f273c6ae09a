package org.amicable.dispute.domain.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterReview;
import org.amicable.dispute.domain.model.Money;

/** The letters that wait for a manager's review (awaiting review, or held), in the order they were issued. */
public interface ListLettersAwaitingReviewUseCase {

    /** Most letters one page holds. */
    int MAX_LIMIT = 100;

    /**
     * One page of the letters waiting.
     *
     * @throws org.amicable.dispute.domain.model.InvalidCommandException when the offset is negative or the limit out of 1..{@value #MAX_LIMIT}
     */
    Page listLettersAwaitingReview(int offset, int limit);

    /**
     * A page of letters waiting for review.
     *
     * @param letters the letters of the page
     * @param total   how many letters wait in all
     * @param offset  how many come before the page
     * @param limit   the most the page holds
     */
    record Page(List<LetterToReview> letters, long total, int offset, int limit) {
        public Page {
            letters = List.copyOf(letters);
        }
    }

    /**
     * A letter waiting for review, with what a manager needs to decide.
     *
     * @param letter        the letter as issued (its customer, kind, date and content)
     * @param review        awaiting review, or held with its reason
     * @param amount        the total the letter claims, where it claims one
     * @param disputeState  where its dispute stands now (e.g. {@code FORMAL_NOTICE_SENT}, or {@code SETTLED})
     * @param disputeClosed whether the dispute is closed: then the letter can only be held
     */
    record LetterToReview(Letter letter, LetterReview review, Optional<Money> amount, String disputeState,
            boolean disputeClosed) {
        public LetterToReview {
            Objects.requireNonNull(letter, "letter");
            Objects.requireNonNull(review, "review");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(disputeState, "disputeState");
        }
    }
}
