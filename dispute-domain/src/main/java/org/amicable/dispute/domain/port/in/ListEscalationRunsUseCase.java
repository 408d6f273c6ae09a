package org.amicable.dispute.domain.port.in;

import java.util.List;

/** The escalation runs made so far, the latest first, each with what it decided. */
public interface ListEscalationRunsUseCase {

    /** Most runs one page holds. */
    int MAX_LIMIT = 100;

    /**
     * The {@code limit} latest runs after the first {@code offset}.
     *
     * @throws org.amicable.dispute.domain.model.InvalidCommandException when the offset is negative or the limit out of 1..{@value #MAX_LIMIT}
     */
    List<PastEscalation> listEscalationRuns(int offset, int limit);
}
