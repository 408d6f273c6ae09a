package org.amicable.dispute.domain.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.amicable.dispute.domain.model.DisputeEvent;
import org.amicable.dispute.domain.model.DisputeId;

/**
 * What an escalation did, or would do (a preview): counts over every dispute it read, and the details
 * of the first {@value #DETAILED} disputes it changed, so that a run over a hundred thousand disputes
 * stays a summary.
 *
 * @param date       the date it ran for
 * @param preview    whether nothing was stored
 * @param examined   how many due disputes it read
 * @param changed    how many disputes it changed (or would change)
 * @param counts     how many events of each kind it recorded, e.g. {@code LetterIssued=12}
 * @param actions    what it did, dispute by dispute, for the first {@value #DETAILED} disputes changed
 * @param conflicts  disputes skipped because another process changed them meanwhile (the first {@value #DETAILED})
 * @param complete   false when the run was stopped before the end (what is left stays due)
 */
public record EscalationReport(LocalDate date, boolean preview, int examined, int changed, Map<String, Integer> counts,
        List<Action> actions, List<DisputeId> conflicts, boolean complete) {

    /** How many disputes a report details. */
    public static final int DETAILED = 200;

    public EscalationReport {
        counts = Map.copyOf(counts);
        actions = List.copyOf(actions);
        conflicts = List.copyOf(conflicts);
    }

    /**
     * The events recorded for one dispute.
     *
     * @param disputeId  the dispute
     * @param stateAfter its state afterwards
     * @param events     what was recorded
     */
    public record Action(DisputeId disputeId, String stateAfter, List<DisputeEvent> events) {
    }
}
