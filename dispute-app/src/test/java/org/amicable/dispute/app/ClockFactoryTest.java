package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The clock is the system's by default, and can be fixed or shifted by configuration. */
class ClockFactoryTest {

    private final ClockFactory factory = new ClockFactory();

    @Test
    void by_default_the_clock_is_the_system_clock_in_the_configured_zone() {
        Clock clock = factory.clock("Europe/Paris", Optional.empty(), Optional.empty());
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(Duration.between(clock.instant(), Clock.systemUTC().instant()).abs()).isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void a_fixed_instant_fixes_the_clock() {
        Clock clock = factory.clock("Europe/Paris", Optional.of("2027-01-15T09:00:00Z"), Optional.empty());
        assertThat(clock.instant()).isEqualTo(Instant.parse("2027-01-15T09:00:00Z"));
    }

    @Test
    void an_offset_shifts_the_system_clock() {
        Clock clock = factory.clock("Europe/Paris", Optional.of(""), Optional.of("P12D"));
        Duration ahead = Duration.between(Clock.systemUTC().instant(), clock.instant());
        assertThat(ahead).isBetween(Duration.ofDays(12).minusMinutes(1), Duration.ofDays(12).plusMinutes(1));
    }
}
