package org.amicable.dispute.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a dispute's timeline, chained to the one before by its hash.
 *
 * @param disputeId    the dispute
 * @param sequence     its position, from 1; the dispute's version is the sequence of its last entry
 * @param recordedAt   when it was recorded
 * @param event        what happened
 * @param previousHash the hash of the entry before ({@link Timeline#GENESIS} for the first)
 * @param hash         SHA-256 (hex) over the previous hash, the sequence, the time and the event
 */
public record TimelineEntry(
        DisputeId disputeId, long sequence, Instant recordedAt, DisputeEvent event, String previousHash, String hash) {

    public TimelineEntry {
        Objects.requireNonNull(disputeId, "disputeId");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }
}
