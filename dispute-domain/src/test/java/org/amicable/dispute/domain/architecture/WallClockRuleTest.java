package org.amicable.dispute.domain.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The wall-clock rule bites: it catches {@code now()} and lets {@code now(clock)} through. */
class WallClockRuleTest {

    static final class ReadsTheWallClock {
        LocalDate today() {
            return LocalDate.now();
        }
    }

    static final class ReadsTheGivenClock {
        LocalDate today(Clock clock) {
            return LocalDate.now(clock);
        }
    }

    @Test
    void a_call_to_now_without_a_clock_is_caught() {
        assertThatThrownBy(() -> noClasses().should().callMethodWhere(DomainArchitectureTest.READS_THE_WALL_CLOCK)
                .check(new ClassFileImporter().importClasses(ReadsTheWallClock.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("LocalDate.now()");
    }

    @Test
    void a_call_to_now_with_the_given_clock_is_allowed() {
        assertThatCode(() -> noClasses().should().callMethodWhere(DomainArchitectureTest.READS_THE_WALL_CLOCK)
                .check(new ClassFileImporter().importClasses(ReadsTheGivenClock.class)))
                .doesNotThrowAnyException();
    }
}
