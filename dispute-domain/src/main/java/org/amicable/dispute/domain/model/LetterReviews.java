package org.amicable.dispute.domain.model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.amicable.dispute.domain.model.DisputeEvent.LetterIssued;

/**
 * A manager's review of the letters of a kind the company reviews before they go out: a reviewed letter
 * waits, then is approved (it goes out with the next dispatch, and the deadlines it starts run from its
 * sending) or held with a reason (it stays unsent, and so does the step of the ladder that waits for it).
 */
public final class LetterReviews {

    private final Dispute dispute;
    private final Clock clock;

    LetterReviews(Dispute dispute, Clock clock) {
        this.dispute = dispute;
        this.clock = clock;
    }

    /**
     * The letters issued since the dispute was loaded whose kind the policy reviews wait for a manager:
     * each gets an entry that takes it out of what the dispatcher may send. Calling it again does nothing.
     *
     * @return the entries' events it recorded
     */
    public List<DisputeEvent> awaitReview(Predicate<LetterKind> reviewed) {
        long before = dispute.version();
        List<Letter> issued = dispute.uncommittedEntries().stream().map(TimelineEntry::event)
                .filter(event -> event instanceof LetterIssued).map(event -> ((LetterIssued) event).letter()).toList();
        for (Letter letter : issued) {
            if (reviewed.test(letter.kind()) && dispute.review(letter.id()).isEmpty()
                    && dispute.letter(letter.id()).map(Letter::status).orElse(null) == LetterStatus.PENDING) {
                dispute.record(new DisputeEvent.LetterAwaitingReview(letter.issuedOn(), letter.id()), clock);
            }
        }
        return dispute.eventsSince(before);
    }

    /**
     * A manager approves a letter awaiting review, or held: it goes out with the next dispatch, and the
     * deadlines it starts run from its sending.
     *
     * @throws TransitionNotAllowedException when the letter does not wait for review, or the dispute is closed
     */
    public void approve(LetterId letterId) {
        requireWaitingForReview(letterId, "approve letter " + letterId);
        if (dispute.isClosed()) {
            throw dispute.notAllowed("approve letter " + letterId, "the dispute is closed: hold the letter instead");
        }
        dispute.record(new DisputeEvent.LetterApproved(LocalDate.now(clock), letterId), clock);
    }

    /**
     * A manager holds a letter awaiting review, saying why: it stays unsent, and the step of the ladder
     * that waits for it (the formal notice's deadline) does not start, until a manager approves it.
     *
     * @throws InvalidValueException         when the reason is empty or too long
     * @throws TransitionNotAllowedException when the letter is not awaiting review (already held, approved, or never reviewed)
     */
    public void hold(LetterId letterId, String reason) {
        String why = Text.require(reason, "reason", 500, true);
        LetterReview review = requireWaitingForReview(letterId, "hold letter " + letterId);
        if (review.stage() != LetterReview.Stage.AWAITING) {
            throw new TransitionNotAllowedException(dispute.id(), "letter " + review.stage(), "hold letter " + letterId,
                    "it is held already");
        }
        dispute.record(new DisputeEvent.LetterHeld(LocalDate.now(clock), letterId, why), clock);
    }

    private LetterReview requireWaitingForReview(LetterId letterId, String action) {
        Letter letter = dispute.requireLetter(letterId);
        LetterReview review = dispute.review(letterId).orElse(null);
        if (review == null || !review.waiting() || letter.status() != LetterStatus.PENDING) {
            throw new TransitionNotAllowedException(dispute.id(), "letter " + (review == null ? letter.status() : review.stage()),
                    action, "it is not awaiting review");
        }
        return review;
    }
}
