package org.amicable.dispute.domain.model;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;

/** UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. */
final class TimeOrderedUuid {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private TimeOrderedUuid() {
    }

    static UUID next(Clock clock) {
        long millis = clock.millis();
        long randomA = RANDOM.nextInt(1 << 12);
        long high = (millis << 16) | (0x7L << 12) | randomA;
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    static UUID parse(String text) {
        if (text == null || !CANONICAL.matcher(text).matches()) {
            throw new IllegalArgumentException("not a UUID: " + text);
        }
        return UUID.fromString(text);
    }
}
