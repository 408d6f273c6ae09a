package org.amicable.dispute.domain.model;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, a 12-bit counter, then random bits. The
 * counter (RFC 9562, method 1) keeps ids made in the same millisecond, or under a clock that does not
 * move, in the order they were made, so that id order is opening order.
 */
final class TimeOrderedUuid {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static long lastMillis = -1;
    private static long counter;
    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private TimeOrderedUuid() {
    }

    static UUID next(Clock clock) {
        long millis;
        long sequence;
        synchronized (TimeOrderedUuid.class) {
            millis = clock.millis();
            if (millis > lastMillis) {
                lastMillis = millis;
                counter = RANDOM.nextInt(1 << 10);
            } else if (++counter >= 1 << 12) {
                // The counter ran out within one millisecond: borrow the next one.
                lastMillis++;
                counter = 0;
            }
            millis = lastMillis;
            sequence = counter;
        }
        long high = (millis << 16) | (0x7L << 12) | sequence;
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    /** When a version 7 id was made, to the millisecond; empty for another kind of UUID. */
    static java.util.Optional<java.time.Instant> instant(UUID id) {
        return id.version() == 7 ? java.util.Optional.of(java.time.Instant.ofEpochMilli(id.getMostSignificantBits() >>> 16))
                : java.util.Optional.empty();
    }

    static UUID parse(String text) {
        if (text == null || !CANONICAL.matcher(text).matches()) {
            throw new IllegalArgumentException("not a UUID: " + text);
        }
        return UUID.fromString(text);
    }
}
