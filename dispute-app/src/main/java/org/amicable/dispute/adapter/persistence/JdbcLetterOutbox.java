package org.amicable.dispute.adapter.persistence;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.EventFormat;
import org.amicable.dispute.domain.model.LetterDelivery;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterId;
import org.amicable.dispute.domain.model.LetterStatus;
import org.amicable.dispute.domain.port.out.LetterOutbox;
import org.amicable.dispute.domain.port.out.LetterOutbox.Lease;

/**
 * The outbox in SQL. Letters enter and leave it with the timeline entries that issue and send them
 * ({@link JdbcDisputeRepository}); here they are claimed and put back for a later attempt. A claim is a compare-and-set on the lease column, so that several application
 * instances sharing one database never hold the same letter at once, and a letter whose dispatcher
 * died is claimable again once its lease expires.
 */
@Singleton
final class JdbcLetterOutbox implements LetterOutbox {

    /** The status of a letter that waits for a manager's review: queued, not claimable. */
    static final String REVIEW = "REVIEW";

    /** The columns a {@link LetterDelivery} is read from. */
    private static final String DELIVERY = "letter_id, dispute_id, status, attempts, last_error, not_before";

    /** A gathered letter is claimed only while no escalation run gathers (its one parameter: now). */
    private static final String NOT_GATHERING = "(gathered = FALSE OR NOT EXISTS"
            + " (SELECT 1 FROM outbox_gathering WHERE until > ?))";

    private final TransactionOperations<Connection> transactions;

    JdbcLetterOutbox(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<QueuedLetter> claim(int max, Instant now, Duration lease) {
        OffsetDateTime at = utc(now);
        Map<UUID, Optional<String>> candidates = transactions.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement("SELECT letter_id, group_key"
                    + " FROM outbox_letter WHERE status = 'PENDING' AND not_before <= ?"
                    + " AND (leased_until IS NULL OR leased_until <= ?) AND " + NOT_GATHERING
                    + " ORDER BY letter_id FETCH FIRST ? ROWS ONLY")) {
                select.setObject(1, at);
                select.setObject(2, at);
                select.setObject(3, at);
                select.setInt(4, max * 2);
                Map<UUID, Optional<String>> ids = new LinkedHashMap<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.put(rows.getObject(1, UUID.class), Optional.ofNullable(rows.getString(2)));
                    }
                }
                return ids;
            }
        });
        List<QueuedLetter> claimed = new ArrayList<>();
        Set<String> groups = new HashSet<>();
        for (Map.Entry<UUID, Optional<String>> candidate : candidates.entrySet()) {
            if (claimed.size() >= max) {
                break;
            }
            Optional<String> group = candidate.getValue();
            if (group.isPresent() && !groups.add(group.get())) {
                continue;
            }
            UUID token = UUID.randomUUID();
            Instant until = now.plus(lease);
            transactions.executeWrite(status -> {
                Connection connection = status.getConnection();
                // A group is claimed whole, in one statement: every pending letter of it that no one holds.
                try (PreparedStatement update = connection.prepareStatement("UPDATE outbox_letter SET leased_until = ?,"
                        + " lease_token = ? WHERE " + (group.isPresent() ? "group_key = ?" : "letter_id = ?")
                        + " AND status = 'PENDING' AND not_before <= ? AND (leased_until IS NULL OR leased_until <= ?)"
                        + " AND " + NOT_GATHERING)) {
                    update.setObject(1, utc(until));
                    update.setObject(2, token);
                    update.setObject(3, group.isPresent() ? group.get() : candidate.getKey());
                    update.setObject(4, at);
                    update.setObject(5, at);
                    update.setObject(6, at);
                    if (update.executeUpdate() > 0) {
                        claimed.addAll(read(connection, group, candidate.getKey(), token, until));
                    }
                }
                return null;
            });
        }
        return claimed;
    }

    private List<QueuedLetter> read(Connection connection, Optional<String> group, UUID letterId, UUID token,
            Instant until) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT letter_id, letter, attempts FROM outbox_letter"
                + " WHERE " + (group.isPresent() ? "group_key = ?" : "letter_id = ?") + " AND lease_token = ?"
                + " ORDER BY letter_id")) {
            select.setObject(1, group.isPresent() ? group.get() : letterId);
            select.setObject(2, token);
            List<QueuedLetter> read = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    read.add(new QueuedLetter(EventFormat.readLetter(rows.getString(2)), rows.getInt(3),
                            new Lease(new LetterId(rows.getObject(1, UUID.class)), token, until)));
                }
            }
            return read;
        }
    }

    @Override
    public UUID startGathering(Instant now) {
        UUID run = UUID.randomUUID();
        update("INSERT INTO outbox_gathering (run_id, until) VALUES (?, ?)", run, utc(now.plus(GATHERING_AT_MOST)));
        return run;
    }

    @Override
    public void keepGathering(UUID run, Instant now) {
        update("UPDATE outbox_gathering SET until = ? WHERE run_id = ?", utc(now.plus(GATHERING_AT_MOST)), run);
    }

    @Override
    public void releaseGathered(UUID run) {
        update("DELETE FROM outbox_gathering WHERE run_id = ?", run);
    }

    @Override
    public boolean holds(Lease lease, Instant at) {
        return transactions.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement("SELECT 1 FROM outbox_letter"
                    + " WHERE letter_id = ? AND lease_token = ? AND status = 'PENDING' AND leased_until > ?")) {
                select.setObject(1, lease.letterId().value());
                select.setObject(2, lease.token());
                select.setObject(3, utc(at));
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    @Override
    public void retryLater(Lease lease, Instant nextAttempt, String reason) {
        update("UPDATE outbox_letter SET attempts = attempts + 1, not_before = ?, leased_until = NULL, lease_token = NULL,"
                + " last_error = ? WHERE letter_id = ? AND status = 'PENDING' AND lease_token = ?",
                utc(nextAttempt), truncate(reason), lease.letterId().value(), lease.token());
    }

    @Override
    public List<Letter> awaitingReview(int offset, int limit) {
        return letters("SELECT letter FROM outbox_letter WHERE status = '" + REVIEW + "' ORDER BY letter_id"
                + " OFFSET ? ROWS FETCH FIRST ? ROWS ONLY", offset, limit);
    }

    @Override
    public long countAwaitingReview() {
        return transactions.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement(
                    "SELECT COUNT(*) FROM outbox_letter WHERE status = '" + REVIEW + "'");
                 ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    @Override
    public List<Letter> awaitingReviewInGroup(String groupKey) {
        return letters("SELECT letter FROM outbox_letter WHERE group_key = ? AND status = '" + REVIEW + "'"
                + " ORDER BY letter_id", groupKey);
    }

    private List<Letter> letters(String sql, Object... parameters) {
        return transactions.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    select.setObject(i + 1, parameters[i]);
                }
                List<Letter> letters = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        letters.add(EventFormat.readLetter(rows.getString(1)));
                    }
                }
                return letters;
            }
        });
    }

    @Override
    public Map<String, Long> counts() {
        return transactions.executeRead(status -> {
            Map<String, Long> counts = new TreeMap<>(Map.of("PENDING", 0L, "SENT", 0L, "FAILED", 0L));
            try (PreparedStatement select = status.getConnection().prepareStatement(
                    "SELECT status, COUNT(*) FROM outbox_letter GROUP BY status");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
            return counts;
        });
    }

    @Override
    public Optional<LetterDelivery> delivery(LetterId letterId) {
        List<LetterDelivery> found = deliveries("SELECT " + DELIVERY + " FROM outbox_letter WHERE letter_id = ?",
                letterId.value());
        return found.stream().findFirst();
    }

    @Override
    public List<LetterDelivery> troubled(int max) {
        return deliveries("SELECT " + DELIVERY + " FROM outbox_letter WHERE status = 'FAILED'"
                + " OR (status = 'PENDING' AND attempts > 0) ORDER BY letter_id FETCH FIRST ? ROWS ONLY", max);
    }

    @Override
    public Optional<Instant> oldestPendingSince() {
        return transactions.executeRead(status -> {
            // Letter ids are time-ordered (UUID version 7): the smallest pending one was issued first.
            try (PreparedStatement select = status.getConnection().prepareStatement("SELECT letter_id FROM outbox_letter"
                    + " WHERE status = 'PENDING' ORDER BY letter_id FETCH FIRST 1 ROWS ONLY");
                 ResultSet rows = select.executeQuery()) {
                return rows.next() ? new LetterId(rows.getObject(1, UUID.class)).issuedAt() : Optional.<Instant>empty();
            }
        });
    }

    private List<LetterDelivery> deliveries(String sql, Object... parameters) {
        return transactions.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    select.setObject(i + 1, parameters[i]);
                }
                List<LetterDelivery> deliveries = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        // A letter in review is pending: it goes out once a manager approves it.
                        String stored = rows.getString(3);
                        LetterStatus state = REVIEW.equals(stored) ? LetterStatus.PENDING : LetterStatus.valueOf(stored);
                        int attempts = rows.getInt(4);
                        Optional<Instant> next = state == LetterStatus.PENDING && attempts > 0
                                ? Optional.of(rows.getObject(6, OffsetDateTime.class).toInstant()) : Optional.empty();
                        deliveries.add(new LetterDelivery(new LetterId(rows.getObject(1, UUID.class)),
                                new DisputeId(rows.getObject(2, UUID.class)), state, attempts,
                                Optional.ofNullable(rows.getString(5)), next));
                    }
                }
                return deliveries;
            }
        });
    }

    private void update(String sql, Object... parameters) {
        transactions.executeWrite(status -> {
            try (PreparedStatement update = status.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    update.setObject(i + 1, parameters[i]);
                }
                update.executeUpdate();
            }
            return null;
        });
    }

    private static String truncate(String reason) {
        String text = reason == null ? "" : reason;
        return text.length() <= 2000 ? text : text.substring(0, 2000);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
