package org.amicable.dispute.domain.model;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a dispute. New ids are time-ordered (UUID version 7) so that databases insert them in
 * index order.
 *
 * @param value the UUID
 */
public record DisputeId(UUID value) {

    public DisputeId {
        Objects.requireNonNull(value, "value");
    }

    /** A new time-ordered id, its time taken from the given clock. */
    public static DisputeId next(Clock clock) {
        return new DisputeId(TimeOrderedUuid.next(clock));
    }

    /** Parses the canonical UUID text; anything else is an {@link IllegalArgumentException}. */
    public static DisputeId parse(String text) {
        return new DisputeId(TimeOrderedUuid.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
