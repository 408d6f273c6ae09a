package org.amicable.dispute.app;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The application's clock for the review tests (with {@code review.clock=mutable}): they move it day by
 * day, as the daily escalation would see the days pass, to bring a claim up to its formal notice.
 */
@Factory
@Requires(property = "review.clock", value = "mutable")
class ReviewClock {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"), PARIS);

    @Singleton
    @Replaces(bean = Clock.class, factory = ClockFactory.class)
    Clock clock() {
        return CLOCK;
    }

    static LocalDate today() {
        return LocalDate.ofInstant(CLOCK.instant(), PARIS);
    }
}
