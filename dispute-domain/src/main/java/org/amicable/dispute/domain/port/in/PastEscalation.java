package org.amicable.dispute.domain.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.amicable.dispute.domain.model.DisputeEvent;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.EventFormat;

/**
 * An escalation run as kept for people to read back: when it ran, for which date, and what it decided,
 * dispute by dispute, in the events' stable names (with the letter's kind or the state reached). It keeps
 * no personal data: the names and addresses stay in the disputes' timelines, where they can be erased.
 *
 * @param date      the date it ran for
 * @param ranAt     when it ended
 * @param examined  how many due disputes it read
 * @param changed   how many it changed
 * @param complete  false when it was stopped before the end
 * @param counts    how many events of each kind it recorded
 * @param decisions what it decided, for the first {@value EscalationReport#DETAILED} disputes changed
 */
public record PastEscalation(LocalDate date, Instant ranAt, int examined, int changed, boolean complete,
        Map<String, Integer> counts, List<Decision> decisions) {

    public PastEscalation {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(ranAt, "ranAt");
        counts = Map.copyOf(counts);
        decisions = List.copyOf(decisions);
    }

    /** What a run reported, as kept. */
    public static PastEscalation of(EscalationReport report, Instant ranAt) {
        List<Decision> decisions = new ArrayList<>();
        for (EscalationReport.Action action : report.actions()) {
            decisions.add(new Decision(action.disputeId(), action.stateAfter(),
                    action.events().stream().map(PastEscalation::said).toList()));
        }
        return new PastEscalation(report.date(), ranAt, report.examined(), report.changed(), report.complete(),
                report.counts(), decisions);
    }

    /** An event in its stable name, with the one fact that tells what was decided. */
    static String said(DisputeEvent event) {
        String name = EventFormat.typeOf(event).name();
        if (event instanceof DisputeEvent.LetterIssued issued) {
            return name + " " + issued.letter().kind().name();
        }
        if (event instanceof DisputeEvent.ClaimEscalated escalated) {
            return name + " " + escalated.to().name();
        }
        return name;
    }

    /** How many letters the run issued. */
    public int lettersIssued() {
        return counts.getOrDefault("LetterIssued", 0);
    }

    /** How many of them wait for a manager's review. */
    public int listLettersAwaitingReview() {
        return counts.getOrDefault("LetterAwaitingReview", 0);
    }

    /**
     * What a run decided for one dispute.
     *
     * @param disputeId  the dispute
     * @param stateAfter its state afterwards
     * @param what       the events recorded, by stable name, e.g. {@code letter-issued FORMAL_NOTICE}
     */
    public record Decision(DisputeId disputeId, String stateAfter, List<String> what) {
        public Decision {
            Objects.requireNonNull(disputeId, "disputeId");
            Objects.requireNonNull(stateAfter, "stateAfter");
            what = List.copyOf(what);
        }
    }
}
