package org.amicable.dispute.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.BeanProvider;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.amicable.dispute.domain.port.in.EscalationProgress;
import org.amicable.dispute.domain.port.in.EscalationReport;
import org.amicable.dispute.domain.port.in.RunEscalationUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every escalation run, from the schedule or the API: timed in the metrics
 * ({@code amicable.escalation.runs}), counted ({@code amicable.escalation.disputes}), its progress
 * logged every ten seconds when long, and stopped between two chunks of disputes when the application shuts
 * down gracefully (each chunk of up to 250 disputes is committed on its own: what is left stays due).
 */
final class MeteredEscalation implements RunEscalationUseCase, GracefulShutdownCapable {

    private static final Logger LOG = LoggerFactory.getLogger(MeteredEscalation.class);
    private static final long LOG_EVERY_NANOS = Duration.ofSeconds(10).toNanos();

    private final RunEscalationUseCase escalation;
    private final BeanProvider<MeterRegistry> metrics;
    private final Clock clock;
    private final AtomicInteger running = new AtomicInteger();
    /** When the last run that went through every due dispute ended, in milliseconds since the epoch; 0 before. */
    private final AtomicLong lastSuccess = new AtomicLong();
    private volatile boolean stopping;
    private final CompletableFuture<Void> idle = new CompletableFuture<>();

    MeteredEscalation(RunEscalationUseCase escalation, BeanProvider<MeterRegistry> metrics, Clock clock) {
        this.escalation = escalation;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** When the last complete run ended, in seconds since the epoch; 0 before the first. */
    double lastSuccessSeconds() {
        return lastSuccess.get() / 1000.0;
    }

    @Override
    public EscalationReport runEscalation(LocalDate date, EscalationProgress progress) {
        long start = System.nanoTime();
        long[] lastLog = {start};
        String outcome = "failed";
        running.incrementAndGet();
        try {
            EscalationReport report = escalation.runEscalation(date, new EscalationProgress() {
                @Override
                public void advanced(long examined, long due) {
                    progress.advanced(examined, due);
                    long now = System.nanoTime();
                    if (now - lastLog[0] >= LOG_EVERY_NANOS) {
                        lastLog[0] = now;
                        LOG.info("Escalation for {}: {} / {} due disputes ({} /s)", date, examined, due,
                                Math.round(examined / ((now - start) / 1e9)));
                    }
                }

                @Override
                public boolean stopRequested() {
                    return stopping || progress.stopRequested();
                }
            });
            outcome = report.complete() ? "done" : "stopped";
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            LOG.info("Escalation for {} {}: {} due disputes read, {} changed in {} ms; {}; {} left to other instances",
                    date, outcome, report.examined(), report.changed(), millis, report.counts(),
                    report.conflicts().size());
            if (report.complete()) {
                lastSuccess.set(clock.millis());
            }
            metrics.get().counter("amicable.escalation.disputes", "result", "examined").increment(report.examined());
            metrics.get().counter("amicable.escalation.disputes", "result", "changed").increment(report.changed());
            return report;
        } finally {
            Timer.builder("amicable.escalation.runs").tag("outcome", outcome)
                    .description("Escalation runs and their duration")
                    .register(metrics.get()).record(Duration.ofNanos(System.nanoTime() - start));
            if (running.decrementAndGet() == 0 && stopping) {
                idle.complete(null);
            }
        }
    }

    @Override
    public CompletionStage<?> shutdownGracefully() {
        stopping = true;
        if (running.get() == 0) {
            idle.complete(null);
        }
        return idle;
    }

    @Override
    public OptionalLong reportActiveTasks() {
        return OptionalLong.of(running.get());
    }
}
