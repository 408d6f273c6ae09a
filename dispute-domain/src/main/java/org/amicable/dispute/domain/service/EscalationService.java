package org.amicable.dispute.domain.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.DisputeEvent;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.InvalidCommandException;
import org.amicable.dispute.domain.model.VersionConflictException;
import org.amicable.dispute.domain.port.in.EscalationProgress;
import org.amicable.dispute.domain.port.in.EscalationReport;
import org.amicable.dispute.domain.port.in.PreviewEscalationUseCase;
import org.amicable.dispute.domain.port.in.RunEscalationUseCase;

/**
 * The daily escalation: reads the disputes due on or before a date (an index, not every dispute),
 * and lets each do what is due. A dispute changed meanwhile by another process is left to it.
 */
final class EscalationService implements RunEscalationUseCase, PreviewEscalationUseCase {

    static final int PAGE = 500;

    private final Disputes disputes;

    EscalationService(Disputes disputes) {
        this.disputes = disputes;
    }

    @Override
    public EscalationReport run(LocalDate date, EscalationProgress progress) {
        if (date == null || date.isAfter(disputes.today())) {
            throw new InvalidCommandException("date", "the escalation runs for today or an earlier date, not " + date);
        }
        return escalate(date, false, progress);
    }

    @Override
    public EscalationReport preview(LocalDate date) {
        if (date == null) {
            throw new InvalidCommandException("date", "is required");
        }
        return escalate(date, true, EscalationProgress.SILENT);
    }

    private EscalationReport escalate(LocalDate date, boolean preview, EscalationProgress progress) {
        long due = disputes.repository().countDue(date);
        Map<String, Integer> counts = new TreeMap<>();
        List<EscalationReport.Action> actions = new ArrayList<>();
        List<DisputeId> conflicts = new ArrayList<>();
        int examined = 0;
        int changed = 0;
        Optional<DisputeId> after = Optional.empty();
        boolean complete = true;
        pages:
        while (true) {
            List<DisputeId> page = disputes.repository().findDue(date, after, PAGE);
            for (DisputeId id : page) {
                if (progress.stopRequested()) {
                    complete = false;
                    break pages;
                }
                examined++;
                Optional<EscalationReport.Action> action = escalateOne(id, date, preview);
                if (action.isEmpty()) {
                    if (conflicts.size() < EscalationReport.DETAILED) {
                        conflicts.add(id);
                    }
                    continue;
                }
                List<DisputeEvent> events = action.get().events();
                if (!events.isEmpty()) {
                    changed++;
                    events.forEach(event -> counts.merge(event.getClass().getSimpleName(), 1, Integer::sum));
                    if (actions.size() < EscalationReport.DETAILED) {
                        actions.add(action.get());
                    }
                }
            }
            progress.advanced(examined, Math.max(due, examined));
            if (page.size() < PAGE) {
                break;
            }
            after = Optional.of(page.get(page.size() - 1));
        }
        return new EscalationReport(date, preview, examined, changed, counts, actions, conflicts, complete);
    }

    /** The dispute's action, or empty if another process changed it meanwhile. */
    private Optional<EscalationReport.Action> escalateOne(DisputeId id, LocalDate date, boolean preview) {
        Optional<Dispute> found = disputes.repository().find(id);
        if (found.isEmpty()) {
            return Optional.of(new EscalationReport.Action(id, "UNKNOWN", List.of()));
        }
        Dispute dispute = found.get();
        List<DisputeEvent> events = dispute.escalate(date, disputes.policy(), disputes.clock());
        if (!preview && !events.isEmpty()) {
            try {
                disputes.save(dispute);
            } catch (VersionConflictException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new EscalationReport.Action(id, dispute.stateName(), events));
    }
}
