package org.amicable.dispute.app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import org.amicable.dispute.domain.port.in.RunEscalationUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the escalation for today, every day at the configured time and zone (default 06:00,
 * Europe/Paris). Running it again the same day does nothing, so several instances may run it.
 */
@Singleton
@Requires(property = "amicable.escalation.schedule.enabled", notEquals = "false")
final class DailyEscalationJob {

    private static final Logger LOG = LoggerFactory.getLogger(DailyEscalationJob.class);

    private final RunEscalationUseCase escalation;
    private final Clock clock;

    DailyEscalationJob(RunEscalationUseCase escalation, Clock clock) {
        this.escalation = escalation;
        this.clock = clock;
    }

    @Scheduled(cron = "${amicable.escalation.cron:0 0 6 * * ?}", zoneId = "${amicable.zone:Europe/Paris}")
    void runForToday() {
        LocalDate today = LocalDate.now(clock);
        try {
            escalation.runEscalation(today);
        } catch (RuntimeException e) {
            // Each chunk of disputes is committed on its own: the next run resumes with those still due.
            LOG.error("Escalation for {} failed; it resumes where it stopped at the next run", today, e);
        }
    }
}
