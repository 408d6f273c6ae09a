package org.amicable.dispute.domain.model;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a letter. Time-ordered, like {@link DisputeId}.
 *
 * @param value the UUID
 */
public record LetterId(UUID value) {

    public LetterId {
        Objects.requireNonNull(value, "value");
    }

    /** A new time-ordered id, its time taken from the given clock. */
    public static LetterId next(Clock clock) {
        return new LetterId(TimeOrderedUuid.next(clock));
    }

    /** Parses the canonical UUID text; anything else is an {@link IllegalArgumentException}. */
    public static LetterId parse(String text) {
        return new LetterId(TimeOrderedUuid.parse(text));
    }

    /** When the letter was issued, to the millisecond, as its id records it. */
    public java.util.Optional<java.time.Instant> issuedAt() {
        return TimeOrderedUuid.instant(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
