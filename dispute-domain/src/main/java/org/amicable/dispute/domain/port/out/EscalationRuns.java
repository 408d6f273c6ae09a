package org.amicable.dispute.domain.port.out;

import java.util.List;
import org.amicable.dispute.domain.port.in.PastEscalation;

/** Where the reports of past escalation runs are kept, right after each run. */
public interface EscalationRuns {

    /** Keeps a run's report. */
    void record(PastEscalation run);

    /** The {@code limit} latest runs (by when they ran) after the first {@code offset}. */
    List<PastEscalation> latest(int offset, int limit);
}
