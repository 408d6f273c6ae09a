package org.amicable.dispute.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.BeanProvider;
import java.time.Duration;
import java.time.LocalDate;
import org.amicable.dispute.domain.port.in.EscalationProgress;
import org.amicable.dispute.domain.port.in.EscalationReport;
import org.amicable.dispute.domain.port.in.RunEscalationUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every escalation run, from the schedule or the API: timed in the metrics
 * ({@code amicable.escalation.runs}), counted ({@code amicable.escalation.disputes}), and, when long,
 * its progress logged (done / due, rate) every ten seconds.
 */
final class MeteredEscalation implements RunEscalationUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(MeteredEscalation.class);
    private static final long LOG_EVERY_NANOS = Duration.ofSeconds(10).toNanos();

    private final RunEscalationUseCase escalation;
    private final BeanProvider<MeterRegistry> metrics;

    MeteredEscalation(RunEscalationUseCase escalation, BeanProvider<MeterRegistry> metrics) {
        this.escalation = escalation;
        this.metrics = metrics;
    }

    @Override
    public EscalationReport run(LocalDate date, EscalationProgress progress) {
        long start = System.nanoTime();
        long[] lastLog = {start};
        String outcome = "failed";
        try {
            EscalationReport report = escalation.run(date, (examined, due) -> {
                progress.advanced(examined, due);
                long now = System.nanoTime();
                if (now - lastLog[0] >= LOG_EVERY_NANOS) {
                    lastLog[0] = now;
                    double seconds = (now - start) / 1e9;
                    LOG.info("Escalation for {}: {} / {} due disputes ({} /s)", date, examined, due,
                            Math.round(examined / seconds));
                }
            });
            outcome = "done";
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            LOG.info("Escalation for {} done: {} due disputes read, {} changed in {} ms; {}; {} left to other instances",
                    date, report.examined(), report.changed(), millis, report.counts(), report.conflicts().size());
            metrics.get().counter("amicable.escalation.disputes", "result", "examined").increment(report.examined());
            metrics.get().counter("amicable.escalation.disputes", "result", "changed").increment(report.changed());
            return report;
        } finally {
            Timer.builder("amicable.escalation.runs").tag("outcome", outcome)
                    .description("Escalation runs and their duration")
                    .register(metrics.get()).record(Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
