package org.amicable.dispute.domain.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.amicable.dispute.domain.model.Actor;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.DisputeEvent;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.InvalidCommandException;
import org.amicable.dispute.domain.port.in.EscalationProgress;
import org.amicable.dispute.domain.port.in.EscalationReport;
import org.amicable.dispute.domain.port.in.ListEscalationRunsUseCase;
import org.amicable.dispute.domain.port.in.PastEscalation;
import org.amicable.dispute.domain.port.in.PreviewEscalationUseCase;
import org.amicable.dispute.domain.port.in.RunEscalationUseCase;
import org.amicable.dispute.domain.port.out.EscalationRuns;
import org.amicable.dispute.domain.port.out.LetterOutbox;

/**
 * The daily escalation: reads the disputes due on or before a date (an index, not every dispute),
 * and lets each do what is due. A dispute changed meanwhile by another process is left to it.
 */
final class EscalationService implements RunEscalationUseCase, PreviewEscalationUseCase, ListEscalationRunsUseCase {

    static final int PAGE = 500;
    /** Due disputes are read and stored this many at a time (one commit each: PostgreSQL waits for the disk). */
    static final int CHUNK = 250;

    private final Disputes disputes;
    private final LetterOutbox outbox;
    private final EscalationRuns runs;

    EscalationService(Disputes disputes, LetterOutbox outbox, EscalationRuns runs) {
        this.disputes = disputes;
        this.outbox = outbox;
        this.runs = runs;
    }

    @Override
    public EscalationReport runEscalation(LocalDate date, EscalationProgress progress) {
        if (date == null || date.isAfter(disputes.today())) {
            throw new InvalidCommandException("date", "the escalation runs for today or an earlier date, not " + date);
        }
        requireWithinReach(date);
        EscalationReport report = escalate(date, false, progress);
        // Kept right after the run, for people to read back: what it decided, without personal data.
        runs.record(PastEscalation.of(report, disputes.clock().instant()));
        return report;
    }

    @Override
    public List<PastEscalation> listEscalationRuns(int offset, int limit) {
        if (offset < 0) {
            throw new InvalidCommandException("offset", "must be 0 or more, not " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidCommandException("limit", "must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        return runs.latest(offset, limit);
    }

    @Override
    public EscalationReport previewEscalation(LocalDate date) {
        if (date == null) {
            throw new InvalidCommandException("date", "is required");
        }
        requireWithinReach(date);
        disputes.requireWithinHorizon(date, "date");
        return escalate(date, true, EscalationProgress.SILENT);
    }

    /** A run catching up on missed days, or a preview, reaches back at most the policy's horizon. */
    private void requireWithinReach(LocalDate date) {
        LocalDate earliest = disputes.today().minus(disputes.policy().horizon());
        if (date.isBefore(earliest)) {
            throw new InvalidCommandException("date", "is too far back: the earliest date a run may be made for today is "
                    + earliest);
        }
    }

    /**
     * The letters a run issues wait in the outbox until it ends, stopped or not, so that the letters of
     * one customer of the day go out as one (see {@link LetterOutbox}).
     */
    private EscalationReport escalate(LocalDate date, boolean preview, EscalationProgress progress) {
        if (preview) {
            return escalateAll(date, true, progress, () -> { });
        }
        UUID run = outbox.startGathering(disputes.clock().instant());
        try {
            return escalateAll(date, false, progress, () -> outbox.keepGathering(run, disputes.clock().instant()));
        } finally {
            outbox.releaseGathered(run);
        }
    }

    /** Escalates every due dispute, chunk after chunk; {@code alive} is told after each chunk. */
    private EscalationReport escalateAll(LocalDate date, boolean preview, EscalationProgress progress,
            Runnable alive) {
        long due = disputes.repository().countDue(date);
        Run run = new Run();
        Optional<DisputeId> after = Optional.empty();
        pages:
        while (true) {
            List<DisputeId> page = disputes.repository().findDue(date, after, PAGE);
            for (int from = 0; from < page.size(); from += CHUNK) {
                escalateChunk(page.subList(from, Math.min(page.size(), from + CHUNK)), date, preview, progress, run);
                alive.run();
                if (!run.complete) {
                    break pages;
                }
            }
            progress.advanced(run.examined, Math.max(due, run.examined));
            if (page.size() < PAGE) {
                break;
            }
            after = Optional.of(page.get(page.size() - 1));
        }
        return new EscalationReport(date, preview, run.examined, run.changed, run.counts, run.actions, run.conflicts,
                run.complete);
    }

    /**
     * Reads a chunk of due disputes together, lets each do what is due, and stores the changed ones
     * together; one changed meanwhile by another process is left to it.
     */
    private void escalateChunk(List<DisputeId> ids, LocalDate date, boolean preview, EscalationProgress progress,
            Run run) {
        List<Dispute> changed = new ArrayList<>();
        Map<DisputeId, List<DisputeEvent>> events = new HashMap<>();
        for (Dispute dispute : disputes.repository().findAll(ids)) {
            if (progress.stopRequested()) {
                // Stopped between two disputes: those escalated so far are stored, the rest stays due.
                run.complete = false;
                break;
            }
            run.examined++;
            dispute.actingAs(Actor.SystemJob.ESCALATION);
            List<DisputeEvent> recorded = new ArrayList<>(dispute.escalate(date, disputes.policy(), disputes.clock()));
            recorded.addAll(dispute.letterReviews(disputes.clock()).awaitReview(disputes.review()::reviews));
            if (!recorded.isEmpty()) {
                changed.add(dispute);
                events.put(dispute.id(), recorded);
            }
        }
        Set<DisputeId> conflicts = preview ? Set.of()
                : Set.copyOf(disputes.repository().saveAll(changed, dispute -> dispute.nextDueOn(disputes.policy())));
        for (Dispute dispute : changed) {
            if (conflicts.contains(dispute.id())) {
                if (run.conflicts.size() < EscalationReport.DETAILED) {
                    run.conflicts.add(dispute.id());
                }
                continue;
            }
            List<DisputeEvent> recorded = events.get(dispute.id());
            run.changed++;
            recorded.forEach(event -> run.counts.merge(event.getClass().getSimpleName(), 1, Integer::sum));
            if (run.actions.size() < EscalationReport.DETAILED) {
                run.actions.add(new EscalationReport.Action(dispute.id(), dispute.state().name(), recorded));
            }
        }
    }

    /** What a run has done so far. */
    private static final class Run {
        int examined;
        int changed;
        boolean complete = true;
        final Map<String, Integer> counts = new TreeMap<>();
        final List<EscalationReport.Action> actions = new ArrayList<>();
        final List<DisputeId> conflicts = new ArrayList<>();
    }
}
