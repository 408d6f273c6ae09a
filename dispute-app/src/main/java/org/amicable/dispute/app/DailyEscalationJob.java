package org.amicable.dispute.app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.amicable.dispute.domain.port.in.EscalationReport;
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
        long start = System.nanoTime();
        try {
            EscalationReport report = escalation.run(today);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            double rate = report.examined() / Math.max(took.toMillis() / 1000.0, 0.001);
            LOG.info("Escalation for {}: {} due disputes examined in {} ms ({} /s); {}; {} left to other instances",
                    today, report.examined(), took.toMillis(), Math.round(rate), report.counts(), report.conflicts().size());
        } catch (RuntimeException e) {
            LOG.error("Escalation for {} failed; it resumes where it stopped at the next run", today, e);
        }
    }
}
