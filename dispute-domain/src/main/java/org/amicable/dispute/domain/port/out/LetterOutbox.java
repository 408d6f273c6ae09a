package org.amicable.dispute.domain.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterId;

/**
 * The letters waiting to go out. {@link DisputeRepository#save} queues them in the same atomic step
 * that records them; the dispatcher claims them, sends them, and says how it went.
 *
 * <p>A claim is a lease: a letter claimed by a dispatcher that dies becomes claimable again when the
 * lease expires, and no two live dispatchers hold the same letter.
 */
public interface LetterOutbox {

    /**
     * Claims up to {@code max} letters that are pending, due for an attempt at {@code now}, and not
     * leased by someone else, for {@code lease}.
     */
    List<QueuedLetter> claim(int max, Instant now, Duration lease);

    /** The letter went out: it leaves the queue. */
    void markSent(LetterId letterId, Instant at);

    /** A transient failure: try again at {@code nextAttempt}. */
    void retryLater(LetterId letterId, Instant nextAttempt, String reason);

    /** A permanent failure: the letter leaves the queue, failed; a manager must act. */
    void markFailed(LetterId letterId, String reason);

    /** How many letters are in each state (PENDING, SENT, FAILED). */
    Map<String, Long> counts();

    /**
     * A letter in the queue.
     *
     * @param letter   the letter
     * @param attempts how many attempts were made before this one
     */
    record QueuedLetter(Letter letter, int attempts) {
    }
}
