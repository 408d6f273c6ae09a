package org.amicable.dispute.domain.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.DisputeNotFoundException;
import org.amicable.dispute.domain.model.InvalidCommandException;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterContent;
import org.amicable.dispute.domain.model.LetterId;
import org.amicable.dispute.domain.model.LetterReview;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.TransitionNotAllowedException;
import org.amicable.dispute.domain.port.in.ApproveLetterUseCase;
import org.amicable.dispute.domain.port.in.DisputeView;
import org.amicable.dispute.domain.port.in.HoldLetterUseCase;
import org.amicable.dispute.domain.port.in.ListLettersAwaitingReviewUseCase;
import org.amicable.dispute.domain.port.out.LetterOutbox;

/**
 * A manager's review of the letters that wait before they go out. The letter named is decided on its
 * dispute (with the caller's version, if given); the other letters of its group, which go out with it as
 * one customer letter, follow on their own claims. A letter of the group whose claim closed meanwhile is
 * left waiting (a manager holds it): the customer letter then goes out without that claim.
 */
final class ReviewService implements ApproveLetterUseCase, HoldLetterUseCase, ListLettersAwaitingReviewUseCase {

    private final Disputes disputes;
    private final LetterOutbox outbox;

    ReviewService(Disputes disputes, LetterOutbox outbox) {
        this.disputes = disputes;
        this.outbox = outbox;
    }

    @Override
    public DisputeView approveLetter(ApproveLetterUseCase.Command command) {
        return decide(command, command.letterId(),
                (dispute, letterId) -> dispute.letterReviews(disputes.clock()).approve(letterId));
    }

    @Override
    public DisputeView holdLetter(HoldLetterUseCase.Command command) {
        return decide(command, command.letterId(),
                (dispute, letterId) -> dispute.letterReviews(disputes.clock()).hold(letterId, command.reason()));
    }

    private DisputeView decide(org.amicable.dispute.domain.port.in.DisputeCommand command, LetterId letterId,
            BiConsumer<Dispute, LetterId> decision) {
        Letter letter = disputes.load(command.disputeId()).letter(letterId)
                .orElseThrow(() -> new DisputeNotFoundException("letter " + letterId + " of dispute " + command.disputeId()));
        List<Letter> group = letter.groupKey().map(outbox::awaitingReviewInGroup).orElse(List.of()).stream()
                .filter(other -> !other.id().equals(letterId)).toList();
        DisputeView named = disputes.change(command, dispute -> decision.accept(dispute, letterId));
        for (Letter other : group) {
            try {
                disputes.change(new ApproveLetterUseCase.Command(other.disputeId(), other.id()),
                        dispute -> decision.accept(dispute, other.id()));
            } catch (TransitionNotAllowedException e) {
                // Its claim closed, or it was held already: it stays as it is, for a manager to see.
            }
        }
        return named;
    }

    @Override
    public Page listLettersAwaitingReview(int offset, int limit) {
        if (offset < 0) {
            throw new InvalidCommandException("offset", "must be 0 or more, not " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidCommandException("limit", "must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        List<LetterToReview> letters = new ArrayList<>();
        for (Letter letter : outbox.awaitingReview(offset, limit)) {
            Optional<Dispute> dispute = disputes.repository().find(letter.disputeId());
            Optional<LetterReview> review = dispute.flatMap(found -> found.review(letter.id()))
                    .filter(LetterReview::waiting);
            if (dispute.isPresent() && review.isPresent()) {
                letters.add(new LetterToReview(letter, review.get(), amount(letter), dispute.get().state().name(),
                        dispute.get().isClosed()));
            }
        }
        return new Page(letters, outbox.countAwaitingReview(), offset, limit);
    }

    /** The total the letter claims: a reminder's or formal notice's balance, a mediation referral's if it states one. */
    private static Optional<Money> amount(Letter letter) {
        LetterContent content = letter.content();
        if (content instanceof LetterContent.Reminder reminder) {
            return Optional.of(reminder.balance().total());
        }
        if (content instanceof LetterContent.FormalNotice notice) {
            return Optional.of(notice.balance().total());
        }
        if (content instanceof LetterContent.MediationReferral referral) {
            return referral.balance().map(org.amicable.dispute.domain.model.Balance::total);
        }
        return Optional.empty();
    }
}
