package org.amicable.dispute.domain.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterId;

/**
 * The letters waiting to go out. {@link DisputeRepository#save} keeps it in step with the timelines,
 * in the same atomic step: a {@code LetterIssued} entry queues the letter, a {@code LetterSent} or
 * {@code LetterFailed} entry takes it out of the queue, sent or failed. So a letter recorded as sent
 * is never claimed again, whatever crashes. The dispatcher claims letters, and puts back for later
 * those it could not send yet.
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

    /** A transient failure: try again at {@code nextAttempt}. */
    void retryLater(LetterId letterId, Instant nextAttempt, String reason);

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
