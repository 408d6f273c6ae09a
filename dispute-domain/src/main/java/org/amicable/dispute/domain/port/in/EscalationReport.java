package org.amicable.dispute.domain.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.amicable.dispute.domain.model.DisputeEvent;
import org.amicable.dispute.domain.model.DisputeId;

/**
 * What an escalation did, or would do (a preview).
 *
 * @param date       the date it ran for
 * @param preview    whether nothing was stored
 * @param examined   how many due disputes it read
 * @param actions    what it did, dispute by dispute
 * @param conflicts  disputes skipped because another process changed them meanwhile
 */
public record EscalationReport(LocalDate date, boolean preview, int examined, List<Action> actions,
        List<DisputeId> conflicts) {

    /**
     * The events recorded for one dispute.
     *
     * @param disputeId  the dispute
     * @param stateAfter its state afterwards
     * @param events     what was recorded
     */
    public record Action(DisputeId disputeId, String stateAfter, List<DisputeEvent> events) {
    }

    /** How many events of each kind, e.g. {@code LetterIssued=12}. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new TreeMap<>();
        actions.forEach(action -> action.events().forEach(
                event -> counts.merge(event.getClass().getSimpleName(), 1, Integer::sum)));
        return counts;
    }
}
