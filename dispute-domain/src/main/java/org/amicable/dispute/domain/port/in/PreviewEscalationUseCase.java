package org.amicable.dispute.domain.port.in;

import java.time.LocalDate;

/** Says what the escalation would do for a date, storing nothing. */
public interface PreviewEscalationUseCase {

    /** What a run for {@code date} would do; any date, past or future. */
    EscalationReport previewEscalation(LocalDate date);
}
