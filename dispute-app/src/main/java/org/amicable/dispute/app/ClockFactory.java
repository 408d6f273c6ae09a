package org.amicable.dispute.app;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The application's clock: the system clock by default; fixed ({@code amicable.clock.fixed}, an
 * ISO instant) or shifted ({@code amicable.clock.offset}, an ISO duration such as {@code P12D}) for
 * demonstrations, training and acceptance tests.
 */
@Factory
final class ClockFactory {

    @Singleton
    Clock clock(@Value("${amicable.zone:Europe/Paris}") String zone,
            @Value("${amicable.clock.fixed:}") Optional<String> fixed,
            @Value("${amicable.clock.offset:}") Optional<String> offset) {
        ZoneId zoneId = ZoneId.of(zone);
        Optional<String> fixedAt = fixed.filter(value -> !value.isBlank());
        if (fixedAt.isPresent()) {
            return Clock.fixed(Instant.parse(fixedAt.get()), zoneId);
        }
        Clock system = Clock.system(zoneId);
        return offset.filter(value -> !value.isBlank()).map(value -> Clock.offset(system, Duration.parse(value)))
                .orElse(system);
    }
}
