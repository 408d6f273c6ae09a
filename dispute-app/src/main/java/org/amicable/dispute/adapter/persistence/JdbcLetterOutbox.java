package org.amicable.dispute.adapter.persistence;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
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
import org.amicable.dispute.domain.model.DisputeEvent;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.EventFormat;
import org.amicable.dispute.domain.model.LetterDelivery;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterId;
import org.amicable.dispute.domain.model.LetterStatus;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.amicable.dispute.domain.port.out.LetterOutbox;
import org.amicable.dispute.domain.port.out.LetterOutbox.Lease;

/**
 * The outbox in SQL. Letters enter and leave it with the entries that decide them, in their transaction ({@link #record});
 * here they are claimed with a lease (a compare-and-set: instances sharing one database never hold the same letter at once,
 * and a letter whose dispatcher died is claimable again once its lease expires) and put back for a later attempt.
 */
@Singleton
final class JdbcLetterOutbox implements LetterOutbox {

    private static final String PENDING = OutboxStatus.PENDING.literal();

    /** The columns a {@link LetterDelivery} is read from. */
    private static final String DELIVERY = "letter_id, dispute_id, status, attempts, last_error, not_before";

    /** The events that change a queued letter's status. */
    private static final Set<Class<?>> DECISIONS = Set.of(DisputeEvent.LetterAwaitingReview.class,
            DisputeEvent.LetterApproved.class, DisputeEvent.LetterSent.class, DisputeEvent.LetterFailed.class);

    /** The {@code not_before} of a letter just queued: it may go out at once. */
    private static final OffsetDateTime EVER = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    /** A gathered letter is claimed only while no escalation run gathers (its one parameter: now). */
    private static final String NOT_GATHERING = "(gathered = FALSE OR NOT EXISTS"
            + " (SELECT 1 FROM outbox_gathering WHERE until > ?))";

    /** A letter due that no one holds (its three parameters: now). */
    private static final String CLAIMABLE = "status = " + PENDING + " AND not_before <= ?"
            + " AND (leased_until IS NULL OR leased_until <= ?) AND " + NOT_GATHERING;

    private final TransactionOperations<Connection> transactions;

    JdbcLetterOutbox(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<QueuedLetter> claim(int max, Instant now, Duration lease) {
        OffsetDateTime at = utc(now);
        Map<UUID, Optional<String>> candidates = transactions.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement("SELECT letter_id, group_key"
                    + " FROM outbox_letter WHERE " + CLAIMABLE + " ORDER BY letter_id FETCH FIRST ? ROWS ONLY")) {
                bind(select, at, at, at, max * 2);
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
                        + " lease_token = ? WHERE " + (group.isPresent() ? "group_key = ?" : "letter_id = ?") + " AND " + CLAIMABLE)) {
                    bind(update, utc(until), token, group.isPresent() ? group.get() : candidate.getKey(), at, at, at);
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
            bind(select, group.isPresent() ? group.get() : letterId, token);
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
                    + " WHERE letter_id = ? AND lease_token = ? AND status = " + PENDING + " AND leased_until > ?")) {
                bind(select, lease.letterId().value(), lease.token(), utc(at));
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    @Override
    public void retryLater(Lease lease, Instant nextAttempt, String reason) {
        update("UPDATE outbox_letter SET attempts = attempts + 1, not_before = ?, leased_until = NULL, lease_token = NULL,"
                + " last_error = ? WHERE letter_id = ? AND status = " + PENDING + " AND lease_token = ?",
                utc(nextAttempt), truncate(reason), lease.letterId().value(), lease.token());
    }

    @Override
    public List<Letter> awaitingReview(int offset, int limit) {
        return letters("SELECT letter FROM outbox_letter WHERE status = " + OutboxStatus.REVIEW.literal() + " ORDER BY letter_id"
                + " OFFSET ? ROWS FETCH FIRST ? ROWS ONLY", offset, limit);
    }

    @Override
    public long countAwaitingReview() {
        return transactions.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement(
                    "SELECT COUNT(*) FROM outbox_letter WHERE status = " + OutboxStatus.REVIEW.literal());
                 ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    @Override
    public List<Letter> awaitingReviewInGroup(String groupKey) {
        return letters("SELECT letter FROM outbox_letter WHERE group_key = ? AND status = " + OutboxStatus.REVIEW.literal()
                + " ORDER BY letter_id", groupKey);
    }

    private List<Letter> letters(String sql, Object... parameters) {
        return transactions.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement(sql)) {
                bind(select, parameters);
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
            Map<String, Long> counts = new TreeMap<>();
            for (LetterStatus each : LetterStatus.values()) {
                counts.put(each.name(), 0L);
            }
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
        return deliveries("SELECT " + DELIVERY + " FROM outbox_letter WHERE status = " + OutboxStatus.FAILED.literal()
                + " OR (status = " + PENDING + " AND attempts > 0) ORDER BY letter_id FETCH FIRST ? ROWS ONLY", max);
    }

    @Override
    public Optional<Instant> oldestPendingSince() {
        return transactions.executeRead(status -> {
            // Letter ids are time-ordered (UUID version 7): the smallest pending one was issued first.
            try (PreparedStatement select = status.getConnection().prepareStatement("SELECT letter_id FROM outbox_letter"
                    + " WHERE status = " + PENDING + " ORDER BY letter_id FETCH FIRST 1 ROWS ONLY");
                 ResultSet rows = select.executeQuery()) {
                return rows.next() ? new LetterId(rows.getObject(1, UUID.class)).issuedAt() : Optional.<Instant>empty();
            }
        });
    }

    private List<LetterDelivery> deliveries(String sql, Object... parameters) {
        return transactions.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement(sql)) {
                bind(select, parameters);
                List<LetterDelivery> deliveries = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        LetterStatus state = OutboxStatus.valueOf(rows.getString(3)).letterStatus();
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

    /**
     * Applies new entries to the letters in the caller's transaction, so that they commit together: letters issued are queued
     * with their group (gathered when the escalation issues them), those in review wait for approval, those sent or failed leave.
     */
    void record(Connection connection, List<TimelineEntry> added) throws SQLException {
        List<TimelineEntry> issuing = added.stream().filter(entry -> entry.event() instanceof DisputeEvent.LetterIssued).toList();
        if (!issuing.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox_letter (letter_id, dispute_id,"
                    + " status, attempts, not_before, letter, group_key, gathered) VALUES (?, ?, ?, 0, ?, ?, ?, ?)")) {
                for (TimelineEntry entry : issuing) {
                    Letter letter = ((DisputeEvent.LetterIssued) entry.event()).letter();
                    bind(insert, letter.id().value(), entry.disputeId().value(), OutboxStatus.PENDING.name(), EVER,
                            EventFormat.storeLetter(letter), letter.groupKey().orElse(null), LetterOutbox.isGathered(entry));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        if (added.stream().noneMatch(entry -> DECISIONS.contains(entry.event().getClass()))) {
            return;
        }
        try (PreparedStatement review = connection.prepareStatement("UPDATE outbox_letter SET status = ? WHERE letter_id = ?"
                + " AND status = ?");
             PreparedStatement outcome = connection.prepareStatement("UPDATE outbox_letter SET status = ?, sent_at = ?,"
                     + " last_error = ?, leased_until = NULL WHERE letter_id = ?")) {
            for (DisputeEvent event : added.stream().map(TimelineEntry::event).toList()) {
                if (event instanceof DisputeEvent.LetterAwaitingReview awaiting) {
                    bind(review, OutboxStatus.REVIEW.name(), awaiting.letterId().value(), OutboxStatus.PENDING.name());
                    review.addBatch();
                } else if (event instanceof DisputeEvent.LetterApproved approved) {
                    bind(review, OutboxStatus.PENDING.name(), approved.letterId().value(), OutboxStatus.REVIEW.name());
                    review.addBatch();
                } else if (event instanceof DisputeEvent.LetterSent sent) {
                    bind(outcome, OutboxStatus.SENT.name(), utc(sent.sentAt()), null, sent.letterId().value());
                    outcome.addBatch();
                } else if (event instanceof DisputeEvent.LetterFailed failed) {
                    bind(outcome, OutboxStatus.FAILED.name(), null, truncate(failed.reason()), failed.letterId().value());
                    outcome.addBatch();
                }
            }
            review.executeBatch();
            outcome.executeBatch();
        }
    }

    /** Removes the dispute's letters, in the caller's transaction: their text holds the personal data erased. */
    void erase(Connection connection, DisputeId id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM outbox_letter WHERE dispute_id = ?")) {
            bind(delete, id.value());
            delete.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, parameters[i]);
            }
        }
    }

    private void update(String sql, Object... parameters) {
        transactions.executeWrite(status -> {
            try (PreparedStatement update = status.getConnection().prepareStatement(sql)) {
                bind(update, parameters);
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
