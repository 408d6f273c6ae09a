package org.amicable.dispute.domain.inmemory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.DisputeEvent;
import org.amicable.dispute.domain.model.DisputeNotFoundException;
import org.amicable.dispute.domain.model.EventFormat;
import org.amicable.dispute.domain.model.KeptDocument;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.DisputeSubject;
import org.amicable.dispute.domain.model.DuplicateDisputeException;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterDelivery;
import org.amicable.dispute.domain.model.OpenTasks;
import org.amicable.dispute.domain.model.ReportRow;
import org.amicable.dispute.domain.model.Task;
import org.amicable.dispute.domain.model.LetterId;
import org.amicable.dispute.domain.model.LetterStatus;
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
    private final TreeMap<DisputeId, DisputeSummary> summaries = new TreeMap<>(
            (a, b) -> a.value().compareTo(b.value()));
    private final Map<DisputeId, Boolean> open = new HashMap<>();
    private final TreeMap<LocalDate, TreeSet<DisputeId>> dueIndex = new TreeMap<>();
    private final Map<LetterId, Queued> outbox = new LinkedHashMap<>();
    /** The outbox state of a letter that waits for a manager's review: not claimable. */
    private static final String REVIEW = "REVIEW";
    private final Map<String, KeptDocument> documents = new HashMap<>();
    private final Map<String, DisputeId> openSubjects = new HashMap<>();
    private final Map<DisputeId, LocalDate> erased = new HashMap<>();
    private final Map<DisputeId, List<Task>> tasks = new HashMap<>();
    private final Map<DisputeId, ReportRow> reportRows = new HashMap<>();
    private final Map<DisputeId, List<BalanceMovement>> movements = new HashMap<>();
    /** The escalation runs under way, each with the latest it may hold the letters it gathers. */
    private final Map<UUID, Instant> gatherings = new HashMap<>();

    private static final class Queued {
        final Letter letter;
        String status = "PENDING";
        int attempts;
        Instant notBefore = Instant.MIN;
        boolean gathered;
        Instant leasedUntil = Instant.MIN;
        UUID leaseToken;
        Optional<String> lastError = Optional.empty();

        Queued(Letter letter) {
            this.letter = letter;
        }
    }

    @Override
    public synchronized Optional<Dispute> find(DisputeId id) {
        List<TimelineEntry> entries = timelines.get(id);
        // Read back from the stored bytes, as a database would: what the stored form drops is lost here too.
        return entries == null ? Optional.empty() : Optional.of(Dispute.replay(entries.stream()
                .map(entry -> TimelineEntry.read(entry.stored(), entry.hash(), entry.personal())).toList()));
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
        for (TimelineEntry entry : added) {
            if (entry.event() instanceof DisputeEvent.LetterIssued issued) {
                Queued queued = new Queued(EventFormat.readLetter(EventFormat.storeLetter(issued.letter())));
                queued.gathered = LetterOutbox.isGathered(entry);
                outbox.put(issued.letter().id(), queued);
            } else if (entry.event() instanceof DisputeEvent.LetterSent sent) {
                leaveQueue(sent.letterId(), "SENT", Optional.empty());
            } else if (entry.event() instanceof DisputeEvent.LetterFailed failed) {
                leaveQueue(failed.letterId(), "FAILED", Optional.of(failed.reason()));
            } else if (entry.event() instanceof DisputeEvent.LetterAwaitingReview awaiting) {
                Optional.ofNullable(outbox.get(awaiting.letterId())).filter(queued -> queued.status.equals("PENDING"))
                        .ifPresent(queued -> queued.status = REVIEW);
            } else if (entry.event() instanceof DisputeEvent.LetterApproved approved) {
                Optional.ofNullable(outbox.get(approved.letterId())).filter(queued -> queued.status.equals(REVIEW))
                        .ifPresent(queued -> queued.status = "PENDING");
            }
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
        kept.forEach(documents::remove);
        tasks.remove(id);
        outbox.values().removeIf(queued -> queued.letter.disputeId().equals(id));
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

    // ---- the outbox ----

    @Override
    public synchronized List<QueuedLetter> claim(int max, Instant now, Duration lease) {
        List<QueuedLetter> claimed = new ArrayList<>();
        for (Queued queued : outbox.values()) {
            if (claimed.size() >= max) {
                break;
            }
            if (claimable(queued, now)) {
                Optional<String> group = queued.letter.groupKey();
                UUID token = UUID.randomUUID();
                for (Queued member : outbox.values()) {
                    if (member == queued || group.isPresent() && claimable(member, now)
                            && member.letter.groupKey().equals(group)) {
                        member.leasedUntil = now.plus(lease);
                        member.leaseToken = token;
                        claimed.add(new QueuedLetter(member.letter, member.attempts,
                                new Lease(member.letter.id(), token, member.leasedUntil)));
                    }
                }
            }
        }
        return claimed;
    }

    private boolean claimable(Queued queued, Instant now) {
        return queued.status.equals("PENDING") && !queued.notBefore.isAfter(now) && !queued.leasedUntil.isAfter(now)
                && (!queued.gathered || gatherings.values().stream().noneMatch(until -> until.isAfter(now)));
    }

    @Override
    public synchronized UUID startGathering(Instant now) {
        UUID run = UUID.randomUUID();
        gatherings.put(run, now.plus(GATHERING_AT_MOST));
        return run;
    }

    @Override
    public synchronized void keepGathering(UUID run, Instant now) {
        gatherings.computeIfPresent(run, (key, until) -> now.plus(GATHERING_AT_MOST));
    }

    @Override
    public synchronized void releaseGathered(UUID run) {
        gatherings.remove(run);
    }

    private void leaveQueue(LetterId letterId, String status, Optional<String> reason) {
        Optional.ofNullable(outbox.get(letterId)).ifPresent(queued -> {
            queued.status = status;
            queued.leasedUntil = Instant.MIN;
            reason.ifPresent(why -> queued.lastError = Optional.of(why));
        });
    }

    @Override
    public synchronized boolean holds(Lease lease, Instant at) {
        Queued queued = outbox.get(lease.letterId());
        return queued != null && held(queued, lease) && queued.leasedUntil.isAfter(at);
    }

    @Override
    public synchronized void retryLater(Lease lease, Instant nextAttempt, String reason) {
        Optional.ofNullable(outbox.get(lease.letterId())).filter(queued -> held(queued, lease)).ifPresent(queued -> {
            queued.attempts++;
            queued.notBefore = nextAttempt;
            queued.leasedUntil = Instant.MIN;
            queued.leaseToken = null;
            queued.lastError = Optional.ofNullable(reason);
        });
    }

    private static boolean held(Queued queued, Lease lease) {
        return queued.status.equals("PENDING") && lease.token().equals(queued.leaseToken);
    }

    @Override
    public synchronized List<Letter> awaitingReview(int offset, int limit) {
        return outbox.values().stream().filter(queued -> queued.status.equals(REVIEW)).map(queued -> queued.letter)
                .sorted(java.util.Comparator.comparing(letter -> letter.id().value())).skip(offset).limit(limit).toList();
    }

    @Override
    public synchronized long countAwaitingReview() {
        return outbox.values().stream().filter(queued -> queued.status.equals(REVIEW)).count();
    }

    @Override
    public synchronized List<Letter> awaitingReviewInGroup(String groupKey) {
        return outbox.values().stream().filter(queued -> queued.status.equals(REVIEW))
                .map(queued -> queued.letter).filter(letter -> letter.groupKey().filter(groupKey::equals).isPresent())
                .toList();
    }

    @Override
    public synchronized Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>(Map.of("PENDING", 0L, "SENT", 0L, "FAILED", 0L));
        outbox.values().forEach(queued -> counts.merge(queued.status, 1L, Long::sum));
        return counts;
    }

    @Override
    public synchronized Optional<LetterDelivery> delivery(LetterId letterId) {
        return Optional.ofNullable(outbox.get(letterId)).map(InMemoryDisputeRepository::delivery);
    }

    @Override
    public synchronized List<LetterDelivery> troubled(int max) {
        return outbox.values().stream()
                .filter(queued -> queued.status.equals("FAILED") || queued.status.equals("PENDING") && queued.attempts > 0)
                .sorted(java.util.Comparator.comparing(queued -> queued.letter.id().value()))
                .limit(max).map(InMemoryDisputeRepository::delivery).toList();
    }

    @Override
    public synchronized Optional<Instant> oldestPendingSince() {
        return outbox.values().stream().filter(queued -> queued.status.equals("PENDING"))
                .map(queued -> queued.letter.id().issuedAt().orElse(Instant.EPOCH)).min(java.util.Comparator.naturalOrder());
    }

    private static LetterDelivery delivery(Queued queued) {
        return new LetterDelivery(queued.letter.id(), queued.letter.disputeId(),
                queued.status.equals(REVIEW) ? LetterStatus.PENDING : LetterStatus.valueOf(queued.status),
                queued.attempts, queued.lastError,
                queued.status.equals("PENDING") && queued.attempts > 0 ? Optional.of(queued.notBefore) : Optional.empty());
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
