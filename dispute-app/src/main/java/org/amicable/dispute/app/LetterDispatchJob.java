package org.amicable.dispute.app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.amicable.dispute.domain.port.in.DispatchLettersUseCase;
import org.amicable.dispute.domain.port.in.DispatchLettersUseCase.DispatchReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox's letters every few seconds, batch after batch until none is due. On a graceful
 * shutdown it finishes the batch in hand (the letters being sent are sent and recorded) and takes
 * no other.
 */
@Singleton
@Requires(property = "amicable.dispatch.enabled", notEquals = "false")
final class LetterDispatchJob implements GracefulShutdownCapable {

    private static final Logger LOG = LoggerFactory.getLogger(LetterDispatchJob.class);
    static final int BATCH = 50;

    private final DispatchLettersUseCase dispatcher;
    private final Object lock = new Object();
    private boolean stopping;
    private boolean running;
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();

    LetterDispatchJob(DispatchLettersUseCase dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelay = "${amicable.dispatch.interval:5s}", initialDelay = "${amicable.dispatch.initial-delay:2s}")
    void dispatchDueLetters() {
        synchronized (lock) {
            if (stopping) {
                return;
            }
            running = true;
        }
        try {
            DispatchReport report;
            do {
                report = dispatcher.dispatchLetters(BATCH);
                if (report.total() > 0) {
                    LOG.info("Letters: {} sent, {} to retry, {} failed", report.sent(), report.retrying(), report.failed());
                }
                if (report.leaseLost() > 0) {
                    LOG.warn("{} letters not sent: this instance no longer held them when their turn came (it was"
                            + " paused longer than amicable.dispatch.lease); another instance sends them",
                            report.leaseLost());
                }
            } while (report.sent() >= BATCH && !isStopping());
        } catch (RuntimeException e) {
            // The outbox keeps every letter: the next run tries again.
            LOG.error("Letter dispatch failed; retrying at the next run", e);
        } finally {
            synchronized (lock) {
                running = false;
                if (stopping) {
                    stopped.complete(null);
                }
            }
        }
    }

    private boolean isStopping() {
        synchronized (lock) {
            return stopping;
        }
    }

    @Override
    public CompletionStage<?> shutdownGracefully() {
        synchronized (lock) {
            stopping = true;
            if (!running) {
                stopped.complete(null);
            }
        }
        LOG.info("Stopping the letter dispatch after the batch in hand");
        return stopped;
    }

    @Override
    public OptionalLong reportActiveTasks() {
        synchronized (lock) {
            return OptionalLong.of(running ? 1 : 0);
        }
    }
}
