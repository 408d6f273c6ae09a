package org.amicable.dispute.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import org.amicable.dispute.domain.port.in.DispatchLettersUseCase;

/**
 * Every dispatch, from the schedule or the API, counted in the metrics by what became of each letter:
 * {@code amicable.letters.dispatched} with {@code outcome} sent, retrying, failed or lease_lost.
 */
final class MeteredDispatch implements DispatchLettersUseCase {

    private final DispatchLettersUseCase dispatch;
    private final BeanProvider<MeterRegistry> metrics;

    MeteredDispatch(DispatchLettersUseCase dispatch, BeanProvider<MeterRegistry> metrics) {
        this.dispatch = dispatch;
        this.metrics = metrics;
    }

    @Override
    public DispatchReport dispatchLetters(int max) {
        DispatchReport report = dispatch.dispatchLetters(max);
        count("sent", report.sent());
        count("retrying", report.retrying());
        count("failed", report.failed());
        count("lease_lost", report.leaseLost());
        return report;
    }

    private void count(String outcome, int letters) {
        metrics.get().counter("amicable.letters.dispatched", "outcome", outcome).increment(letters);
    }
}
