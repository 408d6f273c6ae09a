package org.amicable.dispute.adapter.persistence;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.DisputeEvent;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.DisputeSubject;
import org.amicable.dispute.domain.model.DuplicateDisputeException;
import org.amicable.dispute.domain.model.DisputeNotFoundException;
import org.amicable.dispute.domain.model.EventFormat;
import org.amicable.dispute.domain.model.KeptDocument;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.amicable.dispute.domain.model.Track;
import org.amicable.dispute.domain.model.VersionConflictException;
import org.amicable.dispute.domain.port.in.DisputeQuery;
import org.amicable.dispute.domain.port.out.DisputeRepository;
import org.amicable.dispute.domain.port.in.DisputeSummary;
import org.amicable.dispute.domain.port.out.LetterOutbox;

/**
 * Disputes in a SQL database (H2 or PostgreSQL): a summary row each, their timelines as append-only
 * rows, and the letters they issue queued in the outbox in the same transaction. An entry's row keeps
 * its stored text exactly as the domain produced and hashed it ({@link TimelineEntry#stored()}).
 */
@Singleton
public final class JdbcDisputeRepository implements DisputeRepository {

    private static final String SUMMARY_COLUMNS =
            "id, track, state, is_open, customer_reference, customer_name, invoice_number, due_on, version, opened_on, manager";

    private final TransactionOperations<Connection> transactions;
    private final TimelineCache cache;
    private final JdbcWebhookOutbox webhooks;

    /** What the summary shows in place of an erased customer's name. */
    private static final String ERASED = "[erased]";

    JdbcDisputeRepository(TransactionOperations<Connection> transactions,
            @Value("${amicable.storage.timeline-cache-size:10000}") int cacheSize, JdbcWebhookOutbox webhooks) {
        this.transactions = transactions;
        this.webhooks = webhooks;
        this.cache = new TimelineCache(cacheSize);
    }

    @Override
    public Optional<Dispute> find(DisputeId id) {
        List<TimelineEntry> entries = transactions.executeRead(status -> timeline(status.getConnection(), id));
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        cache.put(id, entries);
        return Optional.of(Dispute.replay(entries));
    }

    /**
     * The dispute's entries: those cached, then the newer ones read from the database. Entries never
     * change, so the cache can only lack the newest ones; its last entry is read again and compared by
     * hash, so that a cached entry whose transaction was rolled back is never believed. Only their
     * personal values can go, when they are erased (by this instance or another): cached entries that
     * still hold some are dropped once the dispute says it was erased.
     */
    private List<TimelineEntry> timeline(Connection connection, DisputeId id) throws SQLException {
        List<TimelineEntry> cached = cache.get(id);
        long from = cached.isEmpty() ? 1 : cached.size();
        List<TimelineEntry> entries = new ArrayList<>(cached);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT t.sequence, t.hash, t.entry, t.personal, d.erased_on FROM timeline_entry t"
                        + " LEFT JOIN dispute d ON d.id = t.dispute_id WHERE t.dispute_id = ? AND t.sequence >= ?"
                        + " ORDER BY t.sequence")) {
            select.setObject(1, id.value());
            select.setLong(2, from);
            try (ResultSet rows = select.executeQuery()) {
                boolean first = true;
                while (rows.next()) {
                    if (first && !cached.isEmpty()) {
                        first = false;
                        TimelineEntry last = cached.get(cached.size() - 1);
                        boolean erasedSince = rows.getObject(5) != null
                                && cached.stream().anyMatch(entry -> entry.personal().isPresent());
                        if (rows.getLong(1) == last.sequence() && rows.getString(2).equals(last.hash()) && !erasedSince) {
                            continue;
                        }
                        cache.remove(id);
                        return timeline(connection, id);
                    }
                    first = false;
                    entries.add(TimelineEntry.read(rows.getString(3), rows.getString(2), Optional.ofNullable(rows.getString(4))));
                }
                if (first && !cached.isEmpty()) {
                    // The cached last entry is not in the database: it was never committed.
                    cache.remove(id);
                    return timeline(connection, id);
                }
            }
        }
        return entries;
    }

    @Override
    public List<Dispute> findAll(List<DisputeId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<TimelineEntry>> timelines = new LinkedHashMap<>();
        ids.forEach(id -> timelines.put(id.value(), new ArrayList<>()));
        transactions.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement("SELECT dispute_id, hash, entry, personal"
                    + " FROM timeline_entry WHERE dispute_id IN (" + "?,".repeat(ids.size() - 1) + "?)"
                    + " ORDER BY dispute_id, sequence")) {
                for (int i = 0; i < ids.size(); i++) {
                    select.setObject(i + 1, ids.get(i).value());
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        timelines.get(rows.getObject(1, UUID.class)).add(TimelineEntry.read(rows.getString(3), rows.getString(2),
                                Optional.ofNullable(rows.getString(4))));
                    }
                }
            }
            return null;
        });
        return timelines.values().stream().filter(entries -> !entries.isEmpty()).map(Dispute::replay).toList();
    }

    @Override
    public void save(Dispute dispute, Optional<LocalDate> dueOn) {
        List<TimelineEntry> added = dispute.uncommittedEntries();
        if (added.isEmpty()) {
            return;
        }
        // A conflict is found by an update that matches no row, not by a failed statement: it is reported
        // after the callback, so that a surrounding transaction stays usable (the use case may retry).
        Optional<Long> conflict = transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            Optional<String> stateBefore = webhooks.active() && dispute.committedVersion() > 0
                    ? states(connection, List.of(dispute)).values().stream().findFirst() : Optional.empty();
            Optional<Long> stored = writeSummary(connection, dispute, dueOn);
            if (stored.isPresent()) {
                return stored;
            }
            appendEntries(connection, added);
            keepDocuments(connection, dispute.uncommittedDocuments());
            queueLetters(connection, dispute.id(), added);
            reviewLetters(connection, added);
            takeOutOfTheQueue(connection, added);
            JdbcTaskList.replace(connection, List.of(dispute));
            JdbcReportFigures.replace(connection, List.of(dispute));
            JdbcBalanceMovements.replace(connection, List.of(dispute));
            webhooks.enqueue(connection, List.of(new JdbcWebhookOutbox.Change(dispute, stateBefore, added)));
            return Optional.<Long>empty();
        });
        if (conflict.isPresent()) {
            throw new VersionConflictException(dispute.id(), dispute.committedVersion(), conflict.get());
        }
        dispute.markCommitted();
        cache.put(dispute.id(), dispute.timeline());
    }

    /**
     * Saves the disputes in one transaction: one batch of optimistic updates, then the new entries
     * and letters of those whose version still matched, in batches. A dispute changed meanwhile is
     * left out and returned.
     */
    @Override
    public List<DisputeId> saveAll(List<Dispute> disputes, Function<Dispute, Optional<LocalDate>> dueOn) {
        List<Dispute> changed = disputes.stream().filter(dispute -> !dispute.uncommittedEntries().isEmpty()).toList();
        List<Dispute> created = changed.stream().filter(dispute -> dispute.committedVersion() == 0).toList();
        if (!created.isEmpty()) {
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
        for (Dispute dispute : stored) {
            dispute.markCommitted();
            cache.put(dispute.id(), dispute.timeline());
        }
        return conflicts;
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
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO dispute (" + SUMMARY_COLUMNS
                        + ", open_subject) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (Dispute dispute : disputes) {
                        bindSummary(insert, DisputeSummary.of(dispute, dueOn.apply(dispute)), !dispute.isClosed());
                        insert.setString(12, DisputeSubject.of(dispute).filter(any -> !dispute.isClosed())
                                .map(DisputeSubject::key).orElse(null));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                List<TimelineEntry> entries = disputes.stream().flatMap(dispute -> dispute.uncommittedEntries().stream())
                        .toList();
                appendEntries(connection, entries);
                keepDocuments(connection, disputes.stream().flatMap(dispute -> dispute.uncommittedDocuments().stream())
                        .toList());
                for (Dispute dispute : disputes) {
                    queueLetters(connection, dispute.id(), dispute.uncommittedEntries());
                }
                reviewLetters(connection, entries);
                JdbcTaskList.replace(connection, disputes);
                JdbcReportFigures.replace(connection, disputes);
                JdbcBalanceMovements.replace(connection, disputes);
                webhooks.enqueue(connection, disputes.stream().map(dispute -> new JdbcWebhookOutbox.Change(dispute,
                        Optional.<String>empty(), dispute.uncommittedEntries())).toList());
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
        for (Dispute dispute : disputes) {
            dispute.markCommitted();
            cache.put(dispute.id(), dispute.timeline());
        }
        return Map.of();
    }

    @Override
    public Map<DisputeSubject, DisputeId> openAbout(Collection<DisputeSubject> subjects) {
        if (subjects.isEmpty()) {
            return Map.of();
        }
        Map<String, DisputeSubject> byKey = new LinkedHashMap<>();
        subjects.forEach(subject -> byKey.put(subject.key(), subject));
        List<String> keys = new ArrayList<>(byKey.keySet());
        Map<DisputeSubject, DisputeId> open = new HashMap<>();
        transactions.executeRead(status -> {
            for (int from = 0; from < keys.size(); from += 1000) {
                List<String> some = keys.subList(from, Math.min(keys.size(), from + 1000));
                try (PreparedStatement select = status.getConnection().prepareStatement("SELECT open_subject, id FROM dispute"
                        + " WHERE open_subject IN (" + "?,".repeat(some.size() - 1) + "?)")) {
                    for (int i = 0; i < some.size(); i++) {
                        select.setString(i + 1, some.get(i));
                    }
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            open.put(byKey.get(rows.getString(1)), new DisputeId(rows.getObject(2, UUID.class)));
                        }
                    }
                }
            }
            return null;
        });
        return open;
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
            Map<DisputeId, String> statesBefore = webhooks.active() ? states(connection, changed) : Map.of();
            int[] updated;
            // A closed dispute frees its subject; CASE keeps one statement for the whole batch.
            try (PreparedStatement update = connection.prepareStatement("UPDATE dispute SET state = ?, is_open = ?, "
                    + "due_on = ?, version = ?, open_subject = CASE WHEN ? THEN open_subject ELSE NULL END, manager = ?"
                    + " WHERE id = ? AND version = ?")) {
                for (Dispute dispute : changed) {
                    update.setString(1, dispute.state().name());
                    update.setBoolean(2, !dispute.isClosed());
                    setDate(update, 3, dueOn.apply(dispute));
                    update.setLong(4, dispute.version());
                    update.setBoolean(5, !dispute.isClosed());
                    update.setString(6, dispute.manager().orElse(null));
                    update.setObject(7, dispute.id().value());
                    update.setLong(8, dispute.committedVersion());
                    update.addBatch();
                }
                updated = update.executeBatch();
            }
            List<Dispute> kept = new ArrayList<>();
            List<TimelineEntry> entries = new ArrayList<>();
            for (int i = 0; i < changed.size(); i++) {
                Dispute dispute = changed.get(i);
                if (updated[i] == java.sql.Statement.SUCCESS_NO_INFO) {
                    // A driver that does not count rows cannot tell a conflict: undo, and save one by one.
                    throw new UncountedBatch();
                }
                if (updated[i] == 1) {
                    kept.add(dispute);
                    entries.addAll(dispute.uncommittedEntries());
                } else {
                    conflicts.add(dispute.id());
                }
            }
            appendEntries(connection, entries);
            keepDocuments(connection, kept.stream().flatMap(dispute -> dispute.uncommittedDocuments().stream()).toList());
            for (Dispute dispute : kept) {
                queueLetters(connection, dispute.id(), dispute.uncommittedEntries());
            }
            reviewLetters(connection, entries);
            takeOutOfTheQueue(connection, entries);
            JdbcTaskList.replace(connection, kept);
            JdbcReportFigures.replace(connection, kept);
            JdbcBalanceMovements.replace(connection, kept);
            webhooks.enqueue(connection, kept.stream().map(dispute -> new JdbcWebhookOutbox.Change(dispute,
                    Optional.ofNullable(statesBefore.get(dispute.id())), dispute.uncommittedEntries())).toList());
            return kept;
        });
    }

    /** Writes the summary row; returns the stored version when another change came first. */
    private Optional<Long> writeSummary(Connection connection, Dispute dispute, Optional<LocalDate> dueOn)
            throws SQLException {
        DisputeSummary summary = DisputeSummary.of(dispute, dueOn);
        if (dispute.committedVersion() == 0) {
            Optional<DisputeSubject> subject = DisputeSubject.of(dispute).filter(any -> !dispute.isClosed());
            // A savepoint keeps the surrounding transaction usable after a refused insert (PostgreSQL
            // aborts a transaction at its first failed statement), to read which dispute came first.
            Savepoint beforeInsert = subject.isPresent() ? connection.setSavepoint() : null;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO dispute (" + SUMMARY_COLUMNS
                    + ", open_subject) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bindSummary(insert, summary, !dispute.isClosed());
                insert.setString(12, subject.map(DisputeSubject::key).orElse(null));
                insert.executeUpdate();
            } catch (SQLException e) {
                if (SqlStates.isUniqueViolation(e)) {
                    if (beforeInsert != null) {
                        connection.rollback(beforeInsert);
                        Optional<DisputeId> existing = openAbout(connection, subject.get());
                        if (existing.isPresent()) {
                            throw new DuplicateDisputeException(subject.get(), existing.get());
                        }
                    }
                    throw new VersionConflictException(dispute.id(), 0, -1);
                }
                throw e;
            }
            if (beforeInsert != null) {
                connection.releaseSavepoint(beforeInsert);
            }
            return Optional.empty();
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE dispute SET state = ?, is_open = ?, "
                + "due_on = ?, version = ?, manager = ?" + (dispute.isClosed() ? ", open_subject = NULL" : "")
                + " WHERE id = ? AND version = ?")) {
            update.setString(1, summary.state());
            update.setBoolean(2, !dispute.isClosed());
            setDate(update, 3, dueOn);
            update.setLong(4, summary.version());
            update.setString(5, summary.manager().orElse(null));
            update.setObject(6, dispute.id().value());
            update.setLong(7, dispute.committedVersion());
            if (update.executeUpdate() != 1) {
                return Optional.of(currentVersion(connection, dispute.id()));
            }
        }
        return Optional.empty();
    }

    /** The stored states of the disputes, for the webhook messages that tell a change of state. */
    private static Map<DisputeId, String> states(Connection connection, List<Dispute> disputes) throws SQLException {
        Map<DisputeId, String> states = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, state FROM dispute WHERE id IN ("
                + "?,".repeat(disputes.size() - 1) + "?)")) {
            for (int i = 0; i < disputes.size(); i++) {
                select.setObject(i + 1, disputes.get(i).id().value());
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    states.put(new DisputeId(rows.getObject(1, UUID.class)), rows.getString(2));
                }
            }
        }
        return states;
    }

    /** The open dispute about the subject, as this transaction sees it. */
    private static Optional<DisputeId> openAbout(Connection connection, DisputeSubject subject) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM dispute WHERE open_subject = ?")) {
            select.setString(1, subject.key());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new DisputeId(rows.getObject(1, UUID.class))) : Optional.empty();
            }
        }
    }

    private long currentVersion(Connection connection, DisputeId id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT version FROM dispute WHERE id = ?")) {
            select.setObject(1, id.value());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : -1;
            }
        }
    }

    private void appendEntries(Connection connection, List<TimelineEntry> added) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO timeline_entry "
                + "(dispute_id, sequence, recorded_at, event_type, hash, entry, personal) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (TimelineEntry entry : added) {
                insert.setObject(1, entry.disputeId().value());
                insert.setLong(2, entry.sequence());
                insert.setObject(3, OffsetDateTime.ofInstant(entry.recordedAt(), ZoneOffset.UTC));
                insert.setString(4, EventFormat.typeOf(entry.event()).name());
                insert.setString(5, entry.hash());
                insert.setString(6, entry.stored());
                insert.setString(7, entry.personal().orElse(null));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Keeps the documents of the letters recorded as sent, once per content: a hash already kept holds
     * the same bytes. (Two transactions keeping the same bytes at once would collide on the key; letters
     * differ by their ids and references, so their bytes never coincide.)
     */
    private void keepDocuments(Connection connection, List<KeptDocument> documents) throws SQLException {
        if (documents.isEmpty()) {
            return;
        }
        Map<String, KeptDocument> fresh = new LinkedHashMap<>();
        documents.forEach(document -> fresh.putIfAbsent(document.sha256(), document));
        try (PreparedStatement select = connection.prepareStatement("SELECT sha256 FROM kept_document WHERE sha256 IN ("
                + "?,".repeat(fresh.size() - 1) + "?)")) {
            int i = 1;
            for (String sha256 : fresh.keySet()) {
                select.setString(i++, sha256);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    fresh.remove(rows.getString(1));
                }
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO kept_document "
                + "(sha256, media_type, size_bytes, content, kept_at) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
            for (KeptDocument document : fresh.values()) {
                insert.setString(1, document.sha256());
                insert.setString(2, document.mediaType());
                insert.setLong(3, document.content().length);
                insert.setBytes(4, document.content());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    public List<DisputeId> findClosedNotErased(Optional<DisputeId> after, int limit) {
        return transactions.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement("SELECT id FROM dispute"
                    + " WHERE is_open = FALSE AND erased_on IS NULL" + (after.isPresent() ? " AND id > ?" : "")
                    + " ORDER BY id FETCH FIRST ? ROWS ONLY")) {
                int parameter = 1;
                if (after.isPresent()) {
                    select.setObject(parameter++, after.get().value());
                }
                select.setInt(parameter, limit);
                List<DisputeId> ids = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(new DisputeId(rows.getObject(1, UUID.class)));
                    }
                }
                return ids;
            }
        });
    }

    @Override
    public void erasePersonalData(DisputeId id, Set<String> documents, LocalDate on) {
        transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            try (PreparedStatement entries = connection.prepareStatement(
                    "UPDATE timeline_entry SET personal = NULL WHERE dispute_id = ?");
                 PreparedStatement dispute = connection.prepareStatement(
                         "UPDATE dispute SET customer_name = ?, erased_on = ? WHERE id = ?");
                 PreparedStatement kept = connection.prepareStatement("DELETE FROM kept_document WHERE sha256 = ?");
                 PreparedStatement outbox = connection.prepareStatement("DELETE FROM outbox_letter WHERE dispute_id = ?")) {
                entries.setObject(1, id.value());
                entries.executeUpdate();
                dispute.setString(1, ERASED);
                dispute.setObject(2, on);
                dispute.setObject(3, id.value());
                if (dispute.executeUpdate() != 1) {
                    throw new DisputeNotFoundException("dispute " + id);
                }
                for (String sha256 : documents) {
                    kept.setString(1, sha256);
                    kept.addBatch();
                }
                kept.executeBatch();
                outbox.setObject(1, id.value());
                outbox.executeUpdate();
            }
            return null;
        });
        // The cache holds entries read with their personal values.
        cache.remove(id);
    }

    @Override
    public Optional<LocalDate> erasedOn(DisputeId id) {
        return transactions.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement(
                    "SELECT erased_on FROM dispute WHERE id = ?")) {
                select.setObject(1, id.value());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.ofNullable(rows.getObject(1, LocalDate.class)) : Optional.<LocalDate>empty();
                }
            }
        });
    }

    @Override
    public Optional<KeptDocument> document(String sha256) {
        return transactions.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement(
                    "SELECT sha256, media_type, content FROM kept_document WHERE sha256 = ?")) {
                select.setString(1, sha256);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next()
                            ? Optional.of(new KeptDocument(rows.getString(1), rows.getString(2), rows.getBytes(3)))
                            : Optional.<KeptDocument>empty();
                }
            }
        });
    }

    /**
     * Queues the letters the new entries issue, with their group; those the escalation issues are
     * gathered (see {@link LetterOutbox}).
     */
    private void queueLetters(Connection connection, DisputeId disputeId, List<TimelineEntry> added) throws SQLException {
        List<TimelineEntry> issuing = added.stream()
                .filter(entry -> entry.event() instanceof DisputeEvent.LetterIssued)
                .toList();
        if (issuing.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox_letter "
                + "(letter_id, dispute_id, status, attempts, not_before, letter, group_key, gathered)"
                + " VALUES (?, ?, 'PENDING', 0, ?, ?, ?, ?)")) {
            for (TimelineEntry entry : issuing) {
                Letter letter = ((DisputeEvent.LetterIssued) entry.event()).letter();
                insert.setObject(1, letter.id().value());
                insert.setObject(2, disputeId.value());
                insert.setObject(3, OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
                insert.setString(4, EventFormat.storeLetter(letter));
                insert.setString(5, letter.groupKey().orElse(null));
                insert.setBoolean(6, LetterOutbox.isGathered(entry));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Letters the new entries put in review leave what the dispatcher may claim (status {@code REVIEW}),
     * and letters a manager approves become claimable again, in the same transaction.
     */
    private void reviewLetters(Connection connection, List<TimelineEntry> added) throws SQLException {
        List<DisputeEvent> decisions = added.stream().map(TimelineEntry::event)
                .filter(event -> event instanceof DisputeEvent.LetterAwaitingReview
                        || event instanceof DisputeEvent.LetterApproved)
                .toList();
        if (decisions.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE outbox_letter SET status = ?"
                + " WHERE letter_id = ? AND status = ?")) {
            for (DisputeEvent decision : decisions) {
                boolean approved = decision instanceof DisputeEvent.LetterApproved;
                update.setString(1, approved ? "PENDING" : JdbcLetterOutbox.REVIEW);
                update.setObject(2, (approved ? ((DisputeEvent.LetterApproved) decision).letterId()
                        : ((DisputeEvent.LetterAwaitingReview) decision).letterId()).value());
                update.setString(3, approved ? JdbcLetterOutbox.REVIEW : "PENDING");
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** Letters the new entries record as sent or failed leave the outbox, in the same transaction. */
    private void takeOutOfTheQueue(Connection connection, List<TimelineEntry> added) throws SQLException {
        List<DisputeEvent> outcomes = added.stream().map(TimelineEntry::event)
                .filter(event -> event instanceof DisputeEvent.LetterSent || event instanceof DisputeEvent.LetterFailed)
                .toList();
        if (outcomes.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE outbox_letter SET status = ?, sent_at = ?,"
                + " last_error = ?, leased_until = NULL WHERE letter_id = ?")) {
            for (DisputeEvent outcome : outcomes) {
                if (outcome instanceof DisputeEvent.LetterSent sent) {
                    update.setString(1, "SENT");
                    update.setObject(2, OffsetDateTime.ofInstant(sent.sentAt(), ZoneOffset.UTC));
                    update.setNull(3, Types.VARCHAR);
                    update.setObject(4, sent.letterId().value());
                } else {
                    DisputeEvent.LetterFailed failed = (DisputeEvent.LetterFailed) outcome;
                    update.setString(1, "FAILED");
                    update.setNull(2, Types.TIMESTAMP_WITH_TIMEZONE);
                    update.setString(3, failed.reason().length() <= 2000 ? failed.reason() : failed.reason().substring(0, 2000));
                    update.setObject(4, failed.letterId().value());
                }
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    @Override
    public List<DisputeId> findDue(LocalDate date, Optional<DisputeId> after, int limit) {
        return transactions.executeRead(status -> {
            String sql = "SELECT id FROM dispute WHERE due_on <= ?" + (after.isPresent() ? " AND id > ?" : "")
                    + " ORDER BY id FETCH FIRST ? ROWS ONLY";
            try (PreparedStatement select = status.getConnection().prepareStatement(sql)) {
                int i = 1;
                select.setObject(i++, date);
                if (after.isPresent()) {
                    select.setObject(i++, after.get().value());
                }
                select.setInt(i, limit);
                List<DisputeId> ids = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(new DisputeId(rows.getObject(1, UUID.class)));
                    }
                }
                return ids;
            }
        });
    }

    @Override
    public long countDue(LocalDate date) {
        return transactions.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement(
                    "SELECT COUNT(*) FROM dispute WHERE due_on <= ?")) {
                select.setObject(1, date);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    /** How many disputes are in each track and state, e.g. {@code UNPAID_CLAIM/SETTLED -> 12}. */
    public Map<String, Long> countByTrackAndState() {
        return transactions.executeRead(status -> {
            Map<String, Long> counts = new TreeMap<>();
            try (PreparedStatement select = status.getConnection().prepareStatement(
                    "SELECT track, state, COUNT(*) FROM dispute GROUP BY track, state");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1) + "/" + rows.getString(2), rows.getLong(3));
                }
            }
            return counts;
        });
    }

    @Override
    public List<DisputeSummary> search(DisputeQuery query) {
        StringBuilder sql = new StringBuilder("SELECT " + SUMMARY_COLUMNS + " FROM dispute WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        query.id().ifPresent(id -> where(sql, parameters, " AND id = ?", id.value()));
        query.track().ifPresent(track -> where(sql, parameters, " AND track = ?", track.name()));
        query.state().ifPresent(state -> where(sql, parameters, " AND state = ?", state));
        query.customerReference().ifPresent(ref -> where(sql, parameters, " AND customer_reference = ?", ref));
        query.invoiceNumber().ifPresent(number -> where(sql, parameters, " AND invoice_number = ?", number));
        query.dueOnOrBefore().ifPresent(date -> where(sql, parameters, " AND due_on <= ?", date));
        query.assignee().ifPresent(who -> {
            if (who.manager().isPresent()) {
                where(sql, parameters, " AND manager = ?", who.manager().get());
            } else {
                sql.append(" AND manager IS NULL");
            }
        });
        if (query.openOnly()) {
            sql.append(" AND is_open = TRUE");
        }
        query.after().ifPresent(id -> where(sql, parameters, " AND id > ?", id.value()));
        sql.append(" ORDER BY id FETCH FIRST ? ROWS ONLY");
        parameters.add(query.limit());
        return transactions.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement(sql.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                    select.setObject(i + 1, parameters.get(i));
                }
                List<DisputeSummary> summaries = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        summaries.add(readSummary(rows));
                    }
                }
                return summaries;
            }
        });
    }

    private static void where(StringBuilder sql, List<Object> parameters, String clause, Object value) {
        sql.append(clause);
        parameters.add(value);
    }

    private static DisputeSummary readSummary(ResultSet rows) throws SQLException {
        return new DisputeSummary(new DisputeId(rows.getObject("id", UUID.class)), Track.valueOf(rows.getString("track")),
                rows.getString("state"), rows.getString("customer_reference"), rows.getString("customer_name"),
                Optional.ofNullable(rows.getString("invoice_number")),
                Optional.ofNullable(rows.getObject("due_on", LocalDate.class)), rows.getLong("version"),
                rows.getObject("opened_on", LocalDate.class), Optional.ofNullable(rows.getString("manager")));
    }

    private static void bindSummary(PreparedStatement insert, DisputeSummary summary, boolean open) throws SQLException {
        insert.setObject(1, summary.id().value());
        insert.setString(2, summary.track().name());
        insert.setString(3, summary.state());
        insert.setBoolean(4, open);
        insert.setString(5, summary.customerReference());
        insert.setString(6, summary.customerName());
        insert.setString(7, summary.invoiceNumber().orElse(null));
        setDate(insert, 8, summary.dueOn());
        insert.setLong(9, summary.version());
        insert.setObject(10, summary.openedOn());
        insert.setString(11, summary.manager().orElse(null));
    }

    private static void setDate(PreparedStatement statement, int index, Optional<LocalDate> date) throws SQLException {
        if (date.isPresent()) {
            statement.setObject(index, date.get());
        } else {
            statement.setNull(index, Types.DATE);
        }
    }
}
