package org.amicable.dispute.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A letter's delivery so far, as the letter outbox knows it.
 *
 * @param letterId    the letter
 * @param disputeId   its dispute
 * @param status      pending (another attempt will come), sent, or failed for good
 * @param attempts    how many attempts failed
 * @param lastError   the mail server's or renderer's last reason, if an attempt failed
 * @param nextAttempt when it is tried again, while it is pending after a failed attempt
 */
public record LetterDelivery(LetterId letterId, DisputeId disputeId, LetterStatus status, int attempts, Optional<String> lastError,
        Optional<Instant> nextAttempt) {
    public LetterDelivery {
        Objects.requireNonNull(letterId, "letterId");
        Objects.requireNonNull(disputeId, "disputeId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(nextAttempt, "nextAttempt");
    }
}
