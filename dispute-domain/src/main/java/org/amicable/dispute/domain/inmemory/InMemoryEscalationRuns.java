package org.amicable.dispute.domain.inmemory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.amicable.dispute.domain.port.in.PastEscalation;
import org.amicable.dispute.domain.port.out.EscalationRuns;

/** The reports of past escalation runs, in memory. */
public final class InMemoryEscalationRuns implements EscalationRuns {

    private final List<PastEscalation> runs = new ArrayList<>();

    @Override
    public synchronized void record(PastEscalation run) {
        runs.add(run);
    }

    @Override
    public synchronized List<PastEscalation> latest(int offset, int limit) {
        return runs.stream().sorted(Comparator.comparing(PastEscalation::ranAt).reversed()).skip(offset).limit(limit)
                .toList();
    }
}
