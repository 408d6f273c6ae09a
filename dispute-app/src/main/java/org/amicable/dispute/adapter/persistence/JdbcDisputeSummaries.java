package org.amicable.dispute.adapter.persistence;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.DisputeSnapshot;
import org.amicable.dispute.domain.model.DisputeNotFoundException;
import org.amicable.dispute.domain.model.DisputeState;
import org.amicable.dispute.domain.model.DisputeSubject;
import org.amicable.dispute.domain.model.DuplicateDisputeException;
import org.amicable.dispute.domain.model.Track;
import org.amicable.dispute.domain.model.VersionConflictException;
import org.amicable.dispute.domain.port.in.DisputeQuery;
import org.amicable.dispute.domain.port.in.DisputeSummary;

/**
 * The {@code dispute} row of each dispute: what lists, searches and the escalation read without a timeline,
 * its version for the optimistic check, the subject one open dispute at most has. Writes join the caller's transaction.
 */
@Singleton
public final class JdbcDisputeSummaries {

    static final String COLUMNS =
            "id, track, state, is_open, customer_reference, customer_name, invoice_number, due_on, version, opened_on, manager";

    private static final String INSERT = "INSERT INTO dispute (" + COLUMNS + ", open_subject, snapshot)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /**
     * The snapshot a save writes: none once the personal data is erased, which a save that read the dispute before the
     * erasure would otherwise write back with them.
     */
    private static final String SNAPSHOT_UNLESS_ERASED = "CASE WHEN erased_on IS NULL THEN ? END";

    private final TransactionOperations<Connection> transactions;

    JdbcDisputeSummaries(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** Inserts a new dispute's row, or updates it if still at the version read; else returns the stored version. */
    Optional<Long> write(Connection connection, Dispute dispute, Optional<LocalDate> dueOn) throws SQLException {
        if (dispute.committedVersion() == 0) {
            insert(connection, dispute, dueOn);
            return Optional.empty();
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE dispute SET state = ?, is_open = ?, "
                + "due_on = ?, version = ?, manager = ?, snapshot = " + SNAPSHOT_UNLESS_ERASED
                + (dispute.isClosed() ? ", open_subject = NULL" : "")
                + " WHERE id = ? AND version = ?")) {
            update.setString(1, dispute.state().name());
            update.setBoolean(2, !dispute.isClosed());
            setDate(update, 3, dueOn);
            update.setLong(4, dispute.version());
            update.setString(5, dispute.manager().orElse(null));
            update.setString(6, DisputeSnapshot.of(dispute));
            update.setObject(7, dispute.id().value());
            update.setLong(8, dispute.committedVersion());
            if (update.executeUpdate() != 1) {
                return Optional.of(currentVersion(connection, dispute.id()));
            }
        }
        return Optional.empty();
    }

    private void insert(Connection connection, Dispute dispute, Optional<LocalDate> dueOn) throws SQLException {
        Optional<DisputeSubject> subject = openSubject(dispute);
        // A savepoint keeps the surrounding transaction usable after a refused insert (PostgreSQL
        // aborts a transaction at its first failed statement), to read which dispute came first.
        Savepoint beforeInsert = subject.isPresent() ? connection.setSavepoint() : null;
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            bind(insert, dispute, dueOn);
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
    }

    /** Inserts the rows of new disputes in one batch; a subject already open fails the batch. */
    void insertAll(Connection connection, List<Dispute> disputes, Function<Dispute, Optional<LocalDate>> dueOn)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Dispute dispute : disputes) {
                bind(insert, dispute, dueOn.apply(dispute));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Updates stored disputes' rows in one batch, each if still at the version it was read at; the rows each matched. */
    int[] updateAll(Connection connection, List<Dispute> disputes, Function<Dispute, Optional<LocalDate>> dueOn)
            throws SQLException {
        // A closed dispute frees its subject; CASE keeps one statement for the whole batch.
        try (PreparedStatement update = connection.prepareStatement("UPDATE dispute SET state = ?, is_open = ?, "
                + "due_on = ?, version = ?, open_subject = CASE WHEN ? THEN open_subject ELSE NULL END, manager = ?,"
                + " snapshot = " + SNAPSHOT_UNLESS_ERASED + " WHERE id = ? AND version = ?")) {
            for (Dispute dispute : disputes) {
                update.setString(1, dispute.state().name());
                update.setBoolean(2, !dispute.isClosed());
                setDate(update, 3, dueOn.apply(dispute));
                update.setLong(4, dispute.version());
                update.setBoolean(5, !dispute.isClosed());
                update.setString(6, dispute.manager().orElse(null));
                update.setString(7, DisputeSnapshot.of(dispute));
                update.setObject(8, dispute.id().value());
                update.setLong(9, dispute.committedVersion());
                update.addBatch();
            }
            return update.executeBatch();
        }
    }

    /** The stored states of the disputes, for the webhook messages that tell a change of state. */
    Map<DisputeId, String> states(Connection connection, List<Dispute> disputes) throws SQLException {
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

    /** Marks the dispute's personal data erased on that day, in the caller's transaction. */
    void erase(Connection connection, DisputeId id, LocalDate on) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE dispute SET customer_name = ?, erased_on = ?, snapshot = NULL WHERE id = ?")) {
            // What the summary shows in place of an erased customer's name.
            update.setString(1, "[erased]");
            update.setObject(2, on);
            update.setObject(3, id.value());
            if (update.executeUpdate() != 1) {
                throw new DisputeNotFoundException("dispute " + id);
            }
        }
    }

    Optional<LocalDate> erasedOn(DisputeId id) {
        return transactions.executeRead(status -> first(status.getConnection(), "SELECT erased_on FROM dispute WHERE id = ?",
                id.value(), LocalDate.class));
    }

    Map<DisputeSubject, DisputeId> openAbout(Collection<DisputeSubject> subjects) {
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

    /** The open dispute about the subject, as this transaction sees it. */
    private static Optional<DisputeId> openAbout(Connection connection, DisputeSubject subject) throws SQLException {
        return first(connection, "SELECT id FROM dispute WHERE open_subject = ?", subject.key(), UUID.class)
                .map(DisputeId::new);
    }

    private static long currentVersion(Connection connection, DisputeId id) throws SQLException {
        return first(connection, "SELECT version FROM dispute WHERE id = ?", id.value(), Long.class).orElse(-1L);
    }

    /** The first column of the first row the query selects with its one parameter; empty when none or null. */
    private static <T> Optional<T> first(Connection connection, String sql, Object parameter, Class<T> type)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getObject(1, type)) : Optional.empty();
            }
        }
    }

    /** The disputes due on or before the date, in the order of their ids, a page at a time. */
    List<DisputeId> findDue(LocalDate date, Optional<DisputeId> after, int limit) {
        return ids("SELECT id FROM dispute WHERE due_on <= ?" + (after.isPresent() ? " AND id > ?" : "")
                + " ORDER BY id FETCH FIRST ? ROWS ONLY", date, after, limit);
    }

    long countDue(LocalDate date) {
        return transactions.executeRead(status -> first(status.getConnection(), "SELECT COUNT(*) FROM dispute WHERE due_on <= ?",
                date, Long.class)).orElse(0L);
    }

    List<DisputeId> findClosedNotErased(Optional<DisputeId> after, int limit) {
        return ids("SELECT id FROM dispute WHERE is_open = FALSE AND erased_on IS NULL" + (after.isPresent() ? " AND id > ?" : "")
                + " ORDER BY id FETCH FIRST ? ROWS ONLY", null, after, limit);
    }

    /** The ids a query selects: its first parameter if not null, then the page's. */
    private List<DisputeId> ids(String sql, Object first, Optional<DisputeId> after, int limit) {
        return transactions.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement(sql)) {
                int i = 1;
                if (first != null) {
                    select.setObject(i++, first);
                }
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

    /**
     * How many disputes are in each state, e.g. {@code ClaimState.SETTLED -> 12}; a state names its track
     * (a claim's {@code IN_MEDIATION} is not a grievance's). States no dispute is in are absent.
     */
    public Map<DisputeState, Long> countByTrackAndState() {
        return transactions.executeRead(status -> {
            Map<DisputeState, Long> counts = new HashMap<>();
            try (PreparedStatement select = status.getConnection().prepareStatement(
                    "SELECT track, state, COUNT(*) FROM dispute GROUP BY track, state");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.put(StoredStates.read(rows.getString(1), rows.getString(2)), rows.getLong(3));
                }
            }
            return counts;
        });
    }

    /** Binds a new dispute's row to {@link #INSERT}: an open one holds its subject, so that no other opens about it. */
    private static void bind(PreparedStatement insert, Dispute dispute, Optional<LocalDate> dueOn) throws SQLException {
        DisputeSummary summary = DisputeSummary.of(dispute, dueOn);
        insert.setObject(1, summary.id().value());
        insert.setString(2, summary.track().name());
        insert.setString(3, summary.state().name());
        insert.setBoolean(4, !dispute.isClosed());
        insert.setString(5, summary.customerReference());
        insert.setString(6, summary.customerName());
        insert.setString(7, summary.invoiceNumber().orElse(null));
        setDate(insert, 8, summary.dueOn());
        insert.setLong(9, summary.version());
        insert.setObject(10, summary.openedOn());
        insert.setString(11, summary.manager().orElse(null));
        insert.setString(12, openSubject(dispute).map(DisputeSubject::key).orElse(null));
        insert.setString(13, DisputeSnapshot.of(dispute));
    }

    private static Optional<DisputeSubject> openSubject(Dispute dispute) {
        return DisputeSubject.of(dispute).filter(any -> !dispute.isClosed());
    }

    private static void setDate(PreparedStatement statement, int index, Optional<LocalDate> date) throws SQLException {
        if (date.isPresent()) {
            statement.setObject(index, date.get());
        } else {
            statement.setNull(index, Types.DATE);
        }
    }
}
