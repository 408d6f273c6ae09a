package org.amicable.dispute.app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicBoolean;
import org.amicable.dispute.domain.port.in.DispatchLettersUseCase;
import org.amicable.dispute.domain.port.in.DispatchLettersUseCase.DispatchReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox's letters every few seconds, batch after batch until none is due. On shutdown the
 * batch in hand is finished: the scheduler waits for the running task before the context closes.
 */
@Singleton
@Requires(property = "amicable.dispatch.enabled", notEquals = "false")
final class LetterDispatchJob {

    private static final Logger LOG = LoggerFactory.getLogger(LetterDispatchJob.class);
    static final int BATCH = 50;

    private final DispatchLettersUseCase dispatcher;
    private final AtomicBoolean stopping = new AtomicBoolean();

    LetterDispatchJob(DispatchLettersUseCase dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelay = "${amicable.dispatch.interval:5s}", initialDelay = "${amicable.dispatch.initial-delay:2s}")
    void dispatchDueLetters() {
        try {
            DispatchReport report;
            do {
                report = dispatcher.dispatch(BATCH);
                if (report.total() > 0) {
                    LOG.info("Letters: {} sent, {} to retry, {} failed", report.sent(), report.retrying(), report.failed());
                }
            } while (report.sent() == BATCH && !stopping.get());
        } catch (RuntimeException e) {
            // The outbox keeps every letter: the next run tries again.
            LOG.error("Letter dispatch failed; retrying at the next run", e);
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        stopping.set(true);
    }
}
