package org.amicable.dispute.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a dispute's timeline, chained to the one before by its hash.
 *
 * <p>An entry is what was stored: its {@link #stored()} text (canonical JSON, see {@link EventFormat})
 * is hashed, and every other accessor is read from it. Entries are made only by the timeline when it
 * records an event, and by {@link #read(String, String)} from storage, so the event and the stored
 * text never disagree.
 */
public final class TimelineEntry {

    private final DisputeId disputeId;
    private final long sequence;
    private final Instant recordedAt;
    private final DisputeEvent event;
    private final Optional<Actor> actor;
    private final String previousHash;
    private final String stored;
    private final String hash;
    private final Optional<String> personal;

    TimelineEntry(DisputeId disputeId, long sequence, Instant recordedAt, DisputeEvent event, Optional<Actor> actor,
            String previousHash, String stored, String hash, Optional<String> personal) {
        this.disputeId = Objects.requireNonNull(disputeId, "disputeId");
        this.sequence = sequence;
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
        this.event = Objects.requireNonNull(event, "event");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.previousHash = Objects.requireNonNull(previousHash, "previousHash");
        this.stored = Objects.requireNonNull(stored, "stored");
        this.hash = Objects.requireNonNull(hash, "hash");
        this.personal = Objects.requireNonNull(personal, "personal");
    }

    /**
     * An entry as stored: its text and the hash recorded with it. The hash is not checked here;
     * {@link Timeline#verify(java.util.List, long)} does.
     *
     * @throws IllegalArgumentException when the text is not a readable entry
     */
    public static TimelineEntry read(String stored, String hash) {
        return EventFormat.read(stored, hash);
    }

    /**
     * An entry as stored, with the personal values kept beside its line (see {@link #personal()}); without
     * them (erased), a line that had personal values reads them as {@code "[erased]"}.
     *
     * @throws IllegalArgumentException when the text is not a readable entry, or the personal values do not
     *                                  match the digest its line records
     */
    public static TimelineEntry read(String stored, String hash, Optional<String> personal) {
        return EventFormat.read(stored, hash, personal);
    }

    /**
     * The personal values of the event, kept beside the stored line and not hashed: canonical JSON
     * {@code {"salt":…,"values":{path:value,…}}}, whose salted SHA-256 the line records in its
     * {@code personal} member. Empty when the event holds none, when the entry was stored before personal
     * values were kept apart, or once they were erased. Storage keeps it with the line.
     */
    public Optional<String> personal() {
        return personal;
    }

    /** The dispute. */
    public DisputeId disputeId() {
        return disputeId;
    }

    /** Its position, from 1; the dispute's version is the sequence of its last entry. */
    public long sequence() {
        return sequence;
    }

    /** When it was recorded. */
    public Instant recordedAt() {
        return recordedAt;
    }

    /** What happened. */
    public DisputeEvent event() {
        return event;
    }

    /** Who did it; empty for entries recorded before actors were recorded. */
    public Optional<Actor> actor() {
        return actor;
    }

    /** The hash of the entry before ({@link Timeline#GENESIS} for the first). */
    public String previousHash() {
        return previousHash;
    }

    /** The entry as stored: canonical JSON, whose UTF-8 bytes the hash covers. */
    public String stored() {
        return stored;
    }

    /** SHA-256 (lowercase hex) of the previous hash followed by the stored bytes. */
    public String hash() {
        return hash;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TimelineEntry entry && entry.stored.equals(stored) && entry.hash.equals(hash);
    }

    @Override
    public int hashCode() {
        return hash.hashCode();
    }

    @Override
    public String toString() {
        return "TimelineEntry" + stored;
    }
}
