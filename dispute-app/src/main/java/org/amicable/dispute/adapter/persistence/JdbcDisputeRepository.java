package org.amicable.dispute.adapter.persistence;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.DisputeSnapshot;
import org.amicable.dispute.domain.model.DisputeSubject;
import org.amicable.dispute.domain.model.KeptDocument;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.amicable.dispute.domain.model.VersionConflictException;
import org.amicable.dispute.domain.port.in.DisputeQuery;
import org.amicable.dispute.domain.port.in.DisputeSummary;
import org.amicable.dispute.domain.port.out.DisputeRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Disputes in a SQL database (H2 or PostgreSQL): a summary row each ({@link JdbcDisputeSummaries}) with the
 * snapshot of its state they are read from ({@link JdbcSnapshots}), their
 * timelines as append-only rows ({@link JdbcTimelines}), and the letters they issue in the outbox
 * ({@link JdbcLetterOutbox}). A save writes all of them, and what is derived from the disputes (tasks,
 * report figures, balance movements, webhook messages), in one transaction: entries and the letters they
 * decide are committed together or not at all.
 */
@Singleton
public final class JdbcDisputeRepository implements DisputeRepository {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcDisputeRepository.class);

    private final TransactionOperations<Connection> transactions;
    private final JdbcDisputeSummaries summaries;
    private final JdbcTimelines timelines;
    private final JdbcLetterOutbox letters;
    private final JdbcWebhookOutbox webhooks;
    private final JdbcSnapshots snapshots;
    private final JdbcDisputeSearch searches;

    JdbcDisputeRepository(TransactionOperations<Connection> transactions, JdbcDisputeSummaries summaries,
            JdbcTimelines timelines, JdbcLetterOutbox letters, JdbcWebhookOutbox webhooks, JdbcSnapshots snapshots,
            JdbcDisputeSearch searches) {
        this.transactions = transactions;
        this.summaries = summaries;
        this.timelines = timelines;
        this.letters = letters;
        this.webhooks = webhooks;
        this.snapshots = snapshots;
        this.searches = searches;
    }

    /**
     * The dispute restored from the snapshot kept in its row, its entries read only if asked for; rebuilt from its
     * timeline when the snapshot is missing or stale, and the snapshot written again for the next reads.
     */
    @Override
    public Optional<Dispute> find(DisputeId id) {
        return load(List.of(id), true).stream().findFirst();
    }

    /**
     * The disputes restored from their snapshots, as {@link #find}. A batch is read to be changed and saved (the
     * escalation's): a dispute rebuilt here gets its snapshot from that save, or from its next single read.
     */
    @Override
    public List<Dispute> findAll(List<DisputeId> ids) {
        return ids.isEmpty() ? List.of() : load(ids, false);
    }

    private List<Dispute> load(List<DisputeId> ids, boolean keepRebuilt) {
        Map<DisputeId, JdbcSnapshots.Row> rows = snapshots.rows(ids);
        Map<DisputeId, Dispute> found = new LinkedHashMap<>();
        List<DisputeId> rebuilt = new ArrayList<>();
        for (DisputeId id : ids) {
            JdbcSnapshots.Row row = rows.get(id);
            if (row != null) {
                Optional<Dispute> restored = row.snapshot().flatMap(snapshot -> restore(id, row.version(), snapshot));
                restored.ifPresentOrElse(dispute -> found.put(id, dispute), () -> rebuilt.add(id));
            }
        }
        if (!rebuilt.isEmpty()) {
            timelines.timelines(rebuilt).forEach((id, entries) -> {
                if (!entries.isEmpty()) {
                    Dispute dispute = Dispute.replay(entries);
                    found.put(id, dispute);
                    if (keepRebuilt) {
                        keep(dispute);
                    }
                }
            });
        }
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** Writes the snapshot of a dispute rebuilt from its timeline; a failure only leaves the next read to rebuild it. */
    private void keep(Dispute rebuilt) {
        try {
            snapshots.rewrite(rebuilt.id(), rebuilt.version(), DisputeSnapshot.of(rebuilt));
        } catch (RuntimeException e) {
            LOG.warn("the snapshot of dispute {} could not be kept ({}); it is rebuilt again at its next read",
                    rebuilt.id(), e.toString());
        }
    }

    private Optional<Dispute> restore(DisputeId id, long version, String snapshot) {
        try {
            return DisputeSnapshot.restore(snapshot, version, () -> timelines.firstEntries(id, version));
        } catch (RuntimeException e) {
            // The timeline is the evidence, the snapshot only derived from it: the dispute is rebuilt from it.
            LOG.warn("the snapshot of dispute {} cannot be read ({}); the dispute is rebuilt from its timeline", id,
                    e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void save(Dispute dispute, Optional<LocalDate> dueOn) {
        if (dispute.uncommittedEntries().isEmpty()) {
            return;
        }
        // A conflict is found by an update that matches no row, not by a failed statement: it is reported
        // after the callback, so that a surrounding transaction stays usable (the use case may retry).
        Optional<Long> conflict = transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            Map<DisputeId, String> statesBefore = webhooks.active() && dispute.committedVersion() > 0
                    ? summaries.states(connection, List.of(dispute)) : Map.of();
            Optional<Long> stored = summaries.write(connection, dispute, dueOn);
            if (stored.isPresent()) {
                return stored;
            }
            writeBesideSummaries(connection, List.of(dispute), statesBefore);
            return Optional.<Long>empty();
        });
        if (conflict.isPresent()) {
            throw new VersionConflictException(dispute.id(), dispute.committedVersion(), conflict.get());
        }
        committed(List.of(dispute));
    }

    /**
     * Saves the disputes in one transaction: one batch of optimistic updates, then the new entries
     * and letters of those whose version still matched, in batches. A dispute changed meanwhile is
     * left out and returned.
     */
    @Override
    public List<DisputeId> saveAll(List<Dispute> disputes, Function<Dispute, Optional<LocalDate>> dueOn) {
        List<Dispute> changed = disputes.stream().filter(dispute -> !dispute.uncommittedEntries().isEmpty()).toList();
        if (changed.stream().anyMatch(dispute -> dispute.committedVersion() == 0)) {
            // New disputes are rare here; the plain path inserts them.
            return DisputeRepository.super.saveAll(disputes, dueOn);
        }
        if (changed.isEmpty()) {
            return List.of();
        }
        List<DisputeId> conflicts = new ArrayList<>();
        List<Dispute> stored;
        try {
            stored = saveBatch(changed, dueOn, conflicts);
        } catch (UncountedBatch e) {
            return DisputeRepository.super.saveAll(disputes, dueOn);
        }
        committed(stored);
        return conflicts;
    }

    /** Thrown inside the batch's transaction to roll it back when the driver does not count updated rows. */
    private static final class UncountedBatch extends RuntimeException {
        UncountedBatch() {
            super(null, null, false, false);
        }
    }

    private List<Dispute> saveBatch(List<Dispute> changed, Function<Dispute, Optional<LocalDate>> dueOn,
            List<DisputeId> conflicts) {
        return transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            Map<DisputeId, String> statesBefore = webhooks.active() ? summaries.states(connection, changed) : Map.of();
            int[] updated = summaries.updateAll(connection, changed, dueOn);
            List<Dispute> kept = new ArrayList<>();
            for (int i = 0; i < changed.size(); i++) {
                if (updated[i] == Statement.SUCCESS_NO_INFO) {
                    // A driver that does not count rows cannot tell a conflict: undo, and save one by one.
                    throw new UncountedBatch();
                }
                if (updated[i] == 1) {
                    kept.add(changed.get(i));
                } else {
                    conflicts.add(changed.get(i).id());
                }
            }
            writeBesideSummaries(connection, kept, statesBefore);
            return kept;
        });
    }

    /**
     * Stores new disputes in batches: their summary rows, entries and letters, in one transaction. When
     * another transaction opened a dispute about one of their subjects meanwhile, the batch is undone to
     * a savepoint and the disputes are stored one by one, so that the one that lost is named.
     */
    @Override
    public Map<DisputeId, DisputeId> saveNew(List<Dispute> disputes, Function<Dispute, Optional<LocalDate>> dueOn) {
        if (disputes.isEmpty()) {
            return Map.of();
        }
        if (disputes.stream().anyMatch(dispute -> dispute.committedVersion() != 0)) {
            throw new IllegalArgumentException("saveNew stores new disputes only");
        }
        boolean stored = transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            Savepoint beforeBatch = connection.setSavepoint();
            try {
                summaries.insertAll(connection, disputes, dueOn);
                writeBesideSummaries(connection, disputes, Map.of());
            } catch (SQLException e) {
                if (!isDuplicateKeyInBatch(e)) {
                    throw e;
                }
                connection.rollback(beforeBatch);
                return false;
            }
            connection.releaseSavepoint(beforeBatch);
            return true;
        });
        if (!stored) {
            return DisputeRepository.super.saveNew(disputes, dueOn);
        }
        committed(disputes);
        return Map.of();
    }

    /** A batch's duplicate key may be reported on the batch's chained exceptions rather than its causes. */
    private static boolean isDuplicateKeyInBatch(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (SqlStates.isUniqueViolation(next)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes, beside the summary rows just written, the disputes' new entries and the documents of their
     * letters, the letters they decide, what is derived from them (tasks, report figures, balance movements)
     * and the webhook messages that tell them, on the caller's connection.
     */
    private void writeBesideSummaries(Connection connection, List<Dispute> disputes, Map<DisputeId, String> statesBefore)
            throws SQLException {
        List<TimelineEntry> entries = disputes.stream().flatMap(dispute -> dispute.uncommittedEntries().stream()).toList();
        timelines.append(connection, entries);
        timelines.keepDocuments(connection, disputes.stream().flatMap(dispute -> dispute.uncommittedDocuments().stream())
                .toList());
        letters.record(connection, entries);
        JdbcTaskList.replace(connection, disputes);
        JdbcReportFigures.replace(connection, disputes);
        JdbcBalanceMovements.replace(connection, disputes);
        webhooks.enqueue(connection, disputes.stream().map(dispute -> new JdbcWebhookOutbox.Change(dispute,
                Optional.ofNullable(statesBefore.get(dispute.id())), dispute.uncommittedEntries())).toList());
    }

    /** After the commit: the disputes' entries are stored, with the snapshots the next reads restore them from. */
    private static void committed(List<Dispute> disputes) {
        disputes.forEach(Dispute::markCommitted);
    }

    @Override
    public Map<DisputeSubject, DisputeId> openAbout(Collection<DisputeSubject> subjects) {
        return subjects.isEmpty() ? Map.of() : summaries.openAbout(subjects);
    }

    @Override
    public List<DisputeId> findClosedNotErased(Optional<DisputeId> after, int limit) {
        return summaries.findClosedNotErased(after, limit);
    }

    @Override
    public void erasePersonalData(DisputeId id, Set<String> documents, LocalDate on) {
        transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            summaries.erase(connection, id, on);
            timelines.erase(connection, id, documents);
            letters.erase(connection, id);
            return null;
        });
        // The cache holds entries read with their personal values.
        timelines.forget(id);
    }

    @Override
    public Optional<LocalDate> erasedOn(DisputeId id) {
        return summaries.erasedOn(id);
    }

    @Override
    public Optional<KeptDocument> document(String sha256) {
        return timelines.document(sha256);
    }

    @Override
    public List<DisputeId> findDue(LocalDate date, Optional<DisputeId> after, int limit) {
        return summaries.findDue(date, after, limit);
    }

    @Override
    public long countDue(LocalDate date) {
        return summaries.countDue(date);
    }

    @Override
    public List<DisputeSummary> search(DisputeQuery query) {
        return searches.search(query);
    }
}
