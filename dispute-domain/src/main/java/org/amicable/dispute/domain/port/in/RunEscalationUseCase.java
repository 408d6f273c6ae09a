package org.amicable.dispute.domain.port.in;

import java.time.LocalDate;

/** Does everything due on or before a date; running it again for the same date does nothing. */
public interface RunEscalationUseCase {

    /**
     * Runs the escalation for {@code date}, which may not be after today, telling {@code progress}
     * how it advances.
     *
     * @throws org.amicable.dispute.domain.model.InvalidCommandException for a date after today
     */
    EscalationReport runEscalation(LocalDate date, EscalationProgress progress);

    /** Runs the escalation for {@code date}, silently. */
    default EscalationReport runEscalation(LocalDate date) {
        return runEscalation(date, EscalationProgress.SILENT);
    }
}
