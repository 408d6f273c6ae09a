package org.amicable.dispute.domain.inmemory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.DisputeNotFoundException;
import org.amicable.dispute.domain.model.KeptDocument;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.DisputeSnapshot;
import org.amicable.dispute.domain.model.DisputeSubject;
import org.amicable.dispute.domain.model.DuplicateDisputeException;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterDelivery;
import org.amicable.dispute.domain.model.OpenTasks;
import org.amicable.dispute.domain.model.ReportRow;
import org.amicable.dispute.domain.model.Task;
import org.amicable.dispute.domain.model.LetterId;
import org.amicable.dispute.domain.model.BalanceMovement;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.amicable.dispute.domain.model.VersionConflictException;
import org.amicable.dispute.domain.port.in.DisputeQuery;
import org.amicable.dispute.domain.port.out.DisputeRepository;
import org.amicable.dispute.domain.port.in.DisputeSummary;
import org.amicable.dispute.domain.port.out.LetterOutbox;
import org.amicable.dispute.domain.port.out.ReportFigures;
import org.amicable.dispute.domain.port.out.TaskList;
import org.amicable.dispute.domain.port.out.TaskQuery;

/**
 * Disputes and their outbox in memory, for tests and for teams that use the domain without a
 * database. Thread-safe; every method is atomic, so saving a dispute and queuing its letters happen
 * together, as the port requires.
 */
public final class InMemoryDisputeRepository implements DisputeRepository, LetterOutbox, TaskList, ReportFigures {

    private final Map<DisputeId, List<TimelineEntry>> timelines = new HashMap<>();
    private final Map<DisputeId, String> snapshots = new HashMap<>();
    private final TreeMap<DisputeId, DisputeSummary> summaries = new TreeMap<>(
            (a, b) -> a.value().compareTo(b.value()));
    private final Map<DisputeId, Boolean> open = new HashMap<>();
    private final TreeMap<LocalDate, TreeSet<DisputeId>> dueIndex = new TreeMap<>();
    private final InMemoryLetterQueue outbox = new InMemoryLetterQueue();
    private final Map<String, KeptDocument> documents = new HashMap<>();
    private final Map<String, DisputeId> openSubjects = new HashMap<>();
    private final Map<DisputeId, LocalDate> erased = new HashMap<>();
    private final Map<DisputeId, List<Task>> tasks = new HashMap<>();
    private final Map<DisputeId, ReportRow> reportRows = new HashMap<>();
    private final Map<DisputeId, List<BalanceMovement>> movements = new HashMap<>();

    /**
     * The dispute restored from its snapshot, its stored entries read only when asked for; rebuilt from them
     * when the snapshot is gone.
     */
    @Override
    public synchronized Optional<Dispute> find(DisputeId id) {
        List<TimelineEntry> entries = timelines.get(id);
        if (entries == null) {
            return Optional.empty();
        }
        String snapshot = snapshots.get(id);
        return Optional.of(snapshot == null ? Dispute.replay(readBack(entries))
                : DisputeSnapshot.restore(snapshot, entries.size(), () -> readBack(entries)).orElseThrow());
    }

    /** Read back from the stored bytes, as a database would: what the stored form drops is lost here too. */
    private static List<TimelineEntry> readBack(List<TimelineEntry> entries) {
        return entries.stream().map(entry -> TimelineEntry.read(entry.stored(), entry.hash(), entry.personal())).toList();
    }

    @Override
    public synchronized List<Task> find(TaskQuery query) {
        return tasks.values().stream().flatMap(List::stream).filter(query::matches).sorted(TaskQuery.ORDER)
                .skip(query.offset()).limit(query.limit()).toList();
    }

    private InMemoryReportFigures figures() {
        return new InMemoryReportFigures(reportRows.values(), movements.values().stream().flatMap(List::stream).toList());
    }

    @Override
    public synchronized List<AgedGroup> agedBalance(LocalDate asOf) {
        return figures().agedBalance(asOf);
    }

    @Override
    public synchronized Settlements settlements(LocalDate from, LocalDate to) {
        return figures().settlements(from, to);
    }

    @Override
    public synchronized List<StageGroup> mediationAndLitigation(LocalDate asOf) {
        return figures().mediationAndLitigation(asOf);
    }

    @Override
    public synchronized Resolutions resolutions(LocalDate from, LocalDate to) {
        return figures().resolutions(from, to);
    }

    @Override
    public synchronized void save(Dispute dispute, Optional<LocalDate> dueOn) {
        List<TimelineEntry> stored = timelines.getOrDefault(dispute.id(), List.of());
        if (stored.size() != dispute.committedVersion()) {
            throw new VersionConflictException(dispute.id(), dispute.committedVersion(), stored.size());
        }
        Optional<String> subject = DisputeSubject.of(dispute).map(DisputeSubject::key);
        if (dispute.committedVersion() == 0 && subject.isPresent()) {
            DisputeId existing = openSubjects.get(subject.get());
            if (existing != null) {
                throw new DuplicateDisputeException(DisputeSubject.of(dispute).orElseThrow(), existing);
            }
        }
        List<TimelineEntry> added = dispute.uncommittedEntries();
        List<TimelineEntry> all = new ArrayList<>(stored);
        // Kept as a storage keeps them, by their stored text, and read back from it: the format is
        // exercised by every test that runs on this repository.
        added.forEach(entry -> all.add(TimelineEntry.read(entry.stored(), entry.hash(), entry.personal())));
        timelines.put(dispute.id(), List.copyOf(all));
        snapshots.put(dispute.id(), DisputeSnapshot.of(dispute));
        for (TimelineEntry entry : added) {
            outbox.record(entry);
        }
        for (KeptDocument document : dispute.uncommittedDocuments()) {
            documents.putIfAbsent(document.sha256(), KeptDocument.of(document.mediaType(), document.content()));
        }
        DisputeSummary previous = summaries.put(dispute.id(), DisputeSummary.of(dispute, dueOn));
        if (previous != null) {
            previous.dueOn().ifPresent(date -> dueIndex.getOrDefault(date, new TreeSet<>()).remove(dispute.id()));
        }
        dueOn.ifPresent(date -> dueIndex.computeIfAbsent(date, key -> new TreeSet<>(
                (a, b) -> a.value().compareTo(b.value()))).add(dispute.id()));
        open.put(dispute.id(), !dispute.isClosed());
        tasks.put(dispute.id(), OpenTasks.of(dispute));
        reportRows.put(dispute.id(), ReportRow.of(dispute));
        movements.put(dispute.id(), BalanceMovement.of(dispute));
        subject.ifPresent(key -> {
            if (dispute.isClosed()) {
                openSubjects.remove(key, dispute.id());
            } else if (dispute.committedVersion() == 0) {
                openSubjects.put(key, dispute.id());
            }
        });
        dispute.markCommitted();
    }

    @Override
    public synchronized List<DisputeId> findDue(LocalDate date, Optional<DisputeId> after, int limit) {
        TreeSet<DisputeId> due = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
        dueIndex.headMap(date, true).values().forEach(due::addAll);
        return (after.isPresent() ? due.tailSet(after.get(), false) : due).stream().limit(limit).toList();
    }

    @Override
    public synchronized long countDue(LocalDate date) {
        return dueIndex.headMap(date, true).values().stream().mapToLong(TreeSet::size).sum();
    }

    @Override
    public synchronized List<DisputeId> findClosedNotErased(Optional<DisputeId> after, int limit) {
        return summaries.keySet().stream().filter(id -> !open.get(id) && !erased.containsKey(id))
                .filter(id -> after.isEmpty() || id.value().compareTo(after.get().value()) > 0).limit(limit).toList();
    }

    @Override
    public synchronized void erasePersonalData(DisputeId id, Set<String> kept, LocalDate on) {
        List<TimelineEntry> entries = timelines.get(id);
        if (entries == null) {
            throw new DisputeNotFoundException("dispute " + id);
        }
        timelines.put(id, entries.stream().map(entry -> TimelineEntry.read(entry.stored(), entry.hash(), Optional.empty()))
                .toList());
        // The snapshot holds the personal values too: the dispute is rebuilt from its erased timeline.
        snapshots.remove(id);
        kept.forEach(documents::remove);
        tasks.remove(id);
        outbox.forget(id);
        summaries.put(id, DisputeSummary.of(find(id).orElseThrow(), summaries.get(id).dueOn()));
        erased.put(id, on);
    }

    @Override
    public synchronized Optional<LocalDate> erasedOn(DisputeId id) {
        return Optional.ofNullable(erased.get(id));
    }

    @Override
    public synchronized List<DisputeSummary> search(DisputeQuery query) {
        Map<DisputeId, DisputeSummary> candidates = query.after().isPresent()
                ? summaries.tailMap(query.after().get(), false) : summaries;
        return candidates.values().stream()
                .filter(summary -> query.matches(summary, open.get(summary.id())))
                .limit(query.limit())
                .toList();
    }

    // ---- the outbox, under the same lock as the disputes ----

    @Override
    public synchronized List<QueuedLetter> claim(int max, Instant now, Duration lease) {
        return outbox.claim(max, now, lease);
    }

    @Override
    public synchronized UUID startGathering(Instant now) {
        return outbox.startGathering(now);
    }

    @Override
    public synchronized void keepGathering(UUID run, Instant now) {
        outbox.keepGathering(run, now);
    }

    @Override
    public synchronized void releaseGathered(UUID run) {
        outbox.releaseGathered(run);
    }

    @Override
    public synchronized boolean holds(Lease lease, Instant at) {
        return outbox.holds(lease, at);
    }

    @Override
    public synchronized void retryLater(Lease lease, Instant nextAttempt, String reason) {
        outbox.retryLater(lease, nextAttempt, reason);
    }

    @Override
    public synchronized List<Letter> awaitingReview(int offset, int limit) {
        return outbox.awaitingReview(offset, limit);
    }

    @Override
    public synchronized long countAwaitingReview() {
        return outbox.countAwaitingReview();
    }

    @Override
    public synchronized List<Letter> awaitingReviewInGroup(String groupKey) {
        return outbox.awaitingReviewInGroup(groupKey);
    }

    @Override
    public synchronized Map<String, Long> counts() {
        return outbox.counts();
    }

    @Override
    public synchronized Optional<LetterDelivery> delivery(LetterId letterId) {
        return outbox.delivery(letterId);
    }

    @Override
    public synchronized List<LetterDelivery> troubled(int max) {
        return outbox.troubled(max);
    }

    @Override
    public synchronized Optional<Instant> oldestPendingSince() {
        return outbox.oldestPendingSince();
    }

    @Override
    public synchronized Optional<KeptDocument> document(String sha256) {
        return Optional.ofNullable(documents.get(sha256))
                .map(kept -> new KeptDocument(kept.sha256(), kept.mediaType(), kept.content().clone()));
    }

    /** Replaces the bytes kept under a hash, as an attacker with access to the storage could (for tests of tampering). */
    public synchronized void alterDocument(String sha256, byte[] content) {
        KeptDocument kept = documents.get(sha256);
        documents.put(sha256, new KeptDocument(sha256, kept.mediaType(), content.clone()));
    }

    /** The stored timeline of a dispute, as a storage would hand it over (for tests of tampering). */
    public synchronized List<TimelineEntry> storedEntries(DisputeId id) {
        return timelines.getOrDefault(id, List.of());
    }
}
