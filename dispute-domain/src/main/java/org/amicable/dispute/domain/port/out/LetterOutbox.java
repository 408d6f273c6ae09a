package org.amicable.dispute.domain.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterDelivery;
import org.amicable.dispute.domain.model.LetterId;

/**
 * The letters waiting to go out. {@link DisputeRepository#save} keeps it in step with the timelines,
 * in the same atomic step: a {@code LetterIssued} entry queues the letter, a {@code LetterSent} or
 * {@code LetterFailed} entry takes it out of the queue, sent or failed. So a letter recorded as sent
 * is never claimed again, whatever crashes. The dispatcher claims letters, and puts back for later
 * those it could not send yet.
 *
 * <p>A claim is a lease with a fencing token: a letter claimed by a dispatcher that dies becomes
 * claimable again when the lease expires, and no two live dispatchers hold the same letter. A
 * dispatcher that was paused past its lease finds out with {@link #holds} before sending, and sends
 * nothing it no longer owns.
 *
 * <p>Letters of one {@linkplain Letter#groupKey() group} (one customer, one kind, one day) go out as one
 * {@link org.amicable.dispute.domain.model.CustomerLetter}: they are claimed together, and the letters the
 * escalation issues are <em>gathered</em>: none is claimed while an escalation run is under way
 * ({@link #startGathering} to {@link #releaseGathered}), so that a customer's letters of the day are all
 * there when the dispatcher claims them. A run renews its hold as it goes ({@link #keepGathering}); a run
 * that died holds them at most {@link #GATHERING_AT_MOST} after it last renewed it. Other letters (an API
 * call's, a letter sent again) go out at once.
 *
 * <p>A letter of a kind a manager reviews ({@link org.amicable.dispute.domain.policy.ReviewPolicy}) is queued
 * but not sendable: a {@code LetterAwaitingReview} entry keeps it out of {@link #claim}, a {@code LetterApproved}
 * entry makes it sendable, and it is then sent exactly once like any other. A held letter stays out.
 */
public interface LetterOutbox {

    /** How long an escalation run's hold on the gathered letters lasts unless the run renews it. */
    Duration GATHERING_AT_MOST = Duration.ofMinutes(1);

    /**
     * Claims letters that are pending, due for an attempt at {@code now}, and not leased by another
     * dispatcher, for {@code lease}; each claim gets a new token. Letters of one group are claimed
     * together, whole groups only, until {@code max} letters are reached (the last group may pass it).
     * Gathered letters are claimed only while no escalation run is gathering.
     */
    List<QueuedLetter> claim(int max, Instant now, Duration lease);

    /**
     * An escalation run begins at {@code now}: gathered letters wait until it ends, and at most until
     * {@code now} plus {@link #GATHERING_AT_MOST}.
     *
     * @return the run's token, for {@link #releaseGathered}
     */
    UUID startGathering(Instant now);

    /** The run is alive at {@code now}: its hold lasts {@link #GATHERING_AT_MOST} from now. */
    void keepGathering(UUID run, Instant now);

    /** The run ended: the letters it gathered go out once no other run gathers. */
    void releaseGathered(UUID run);

    /** Whether a letter is gathered: a letter of a group, issued by the escalation job. */
    static boolean isGathered(org.amicable.dispute.domain.model.TimelineEntry entry) {
        return entry.event() instanceof org.amicable.dispute.domain.model.DisputeEvent.LetterIssued issued
                && issued.letter().groupKey().isPresent()
                && entry.actor().filter(org.amicable.dispute.domain.model.Actor.SystemJob.ESCALATION::equals).isPresent();
    }

    /**
     * Whether this lease is still its claimant's at {@code at}: the letter is still pending, nobody
     * claimed it since, and the lease has not expired by then.
     */
    boolean holds(Lease lease, Instant at);

    /** A transient failure: try again at {@code nextAttempt}. Does nothing if the lease was lost meanwhile. */
    void retryLater(Lease lease, Instant nextAttempt, String reason);

    /**
     * The letters that wait for a manager's review (awaiting review, or held), in the order they were
     * issued: the {@code limit} of them after the first {@code offset}.
     */
    List<Letter> awaitingReview(int offset, int limit);

    /** How many letters wait for a manager's review. */
    long countAwaitingReview();

    /** The letters of one {@linkplain Letter#groupKey() group} that wait for review, of every claim. */
    List<Letter> awaitingReviewInGroup(String groupKey);

    /** How many letters are in each state (PENDING, SENT, FAILED, and REVIEW for those waiting for review). */
    Map<String, Long> counts();

    /** Where a letter stands in the queue, if the queue knows it. */
    Optional<LetterDelivery> delivery(LetterId letterId);

    /**
     * The letters in trouble, oldest first: those that failed for good, and those waiting for another
     * attempt after a failure.
     */
    List<LetterDelivery> troubled(int max);

    /** When the oldest letter still waiting to go out was issued, if any waits. */
    Optional<Instant> oldestPendingSince();

    /**
     * A letter in the queue, as claimed.
     *
     * @param letter   the letter
     * @param attempts how many attempts were made before this one
     * @param lease    the claim
     */
    record QueuedLetter(Letter letter, int attempts, Lease lease) {
        public QueuedLetter {
            Objects.requireNonNull(letter, "letter");
            Objects.requireNonNull(lease, "lease");
        }
    }

    /**
     * One claim of a letter: whoever holds the token may send it until {@code until}.
     *
     * @param letterId the letter
     * @param token    the fencing token, new at each claim
     * @param until    when the lease expires
     */
    record Lease(LetterId letterId, UUID token, Instant until) {
        public Lease {
            Objects.requireNonNull(letterId, "letterId");
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(until, "until");
        }
    }
}
