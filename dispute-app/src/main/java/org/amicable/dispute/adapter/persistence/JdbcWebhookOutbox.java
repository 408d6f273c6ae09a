package org.amicable.dispute.adapter.persistence;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.UUID;
import org.amicable.dispute.domain.model.CanonicalJson;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.EventFormat;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.TimelineEntry;

/**
 * The webhook outbox: the messages that tell endpoints what happened to disputes. They are queued in
 * the transaction that stores the entries they tell about, so that a change stored is a change told
 * (at least once), and a change rolled back is never told. A dispatcher claims due messages with a
 * lease, posts them, and records each attempt; a message keeps its id on every attempt.
 *
 * <p>A message is {@code {"type", "timestamp", "data"}} (the Standard Webhooks payload): its data names
 * the dispute and holds the timeline entry as stored (docs/EVIDENCE.md), or for a change of state the
 * state before and after.
 */
@Singleton
public final class JdbcWebhookOutbox {

    /** The message type of each stored event type that endpoints are told about. */
    static final Map<String, String> TYPES = Map.of(
            "claim-opened", "claim.opened",
            "grievance-opened", "grievance.opened",
            "letter-sent", "letter.sent",
            "letter-returned", "letter.returned",
            "payment-recorded", "payment.recorded",
            "repayment-plan-agreed", "plan.agreed",
            "instalment-missed", "plan.broken",
            "grievance-resolved", "grievance.resolved");

    /** What a delivery's status column holds. */
    enum Status { PENDING, DELIVERED, FAILED }

    private static final String PENDING = "'" + Status.PENDING + "'";

    /** The message type of a change of state. */
    public static final String STATE_CHANGED = "dispute.state-changed";

    private final TransactionOperations<Connection> transactions;
    private final List<WebhookSubscription> subscriptions;
    private final Clock clock;

    JdbcWebhookOutbox(TransactionOperations<Connection> transactions, List<WebhookSubscription> subscriptions,
            Clock clock) {
        this.transactions = transactions;
        this.subscriptions = List.copyOf(subscriptions);
        this.clock = clock;
    }

    /** Whether any endpoint is configured: without one, nothing is queued and storing costs nothing more. */
    public boolean active() {
        return !subscriptions.isEmpty();
    }

    /** Every message type an endpoint may receive. */
    public static List<String> messageTypes() {
        List<String> types = new ArrayList<>(new TreeMap<>(TYPES).values());
        types.add(STATE_CHANGED);
        return types;
    }

    /** Queues the messages of the dispute's new entries, in the caller's transaction. */
    void enqueue(Connection connection, List<Change> changes) throws SQLException {
        if (!active()) {
            return;
        }
        Instant now = clock.instant();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO webhook_delivery (message_id, endpoint,"
                + " event_type, dispute_id, payload, status, attempts, not_before, created_at)"
                + " VALUES (?, ?, ?, ?, ?, " + PENDING + ", 0, ?, ?)")) {
            int queued = 0;
            for (Change change : changes) {
                for (Message message : messages(change)) {
                    for (WebhookSubscription subscription : subscriptions) {
                        if (!subscription.wants(message.type)) {
                            continue;
                        }
                        insert.setString(1, message.id);
                        insert.setString(2, subscription.endpoint());
                        insert.setString(3, message.type);
                        insert.setObject(4, change.dispute().id().value());
                        insert.setString(5, message.payload);
                        insert.setObject(6, utc(now));
                        insert.setObject(7, utc(now));
                        insert.addBatch();
                        queued++;
                    }
                }
            }
            if (queued > 0) {
                insert.executeBatch();
            }
        }
    }

    /**
     * A dispute being stored: its new entries, and the state it was in before them (empty for a new one).
     */
    record Change(Dispute dispute, Optional<String> stateBefore, List<TimelineEntry> added) {
    }

    private record Message(String id, String type, String payload) {
    }

    private static List<Message> messages(Change change) {
        List<Message> messages = new ArrayList<>();
        Dispute dispute = change.dispute();
        for (TimelineEntry entry : change.added()) {
            String type = TYPES.get(EventFormat.typeOf(entry.event()).name());
            if (type != null) {
                Map<String, Object> data = about(dispute);
                data.put("sequence", entry.sequence());
                data.put("entry", CanonicalJson.parse(entry.stored()));
                // One id per entry: the dispute and the entry's sequence name it for good.
                messages.add(new Message("msg_" + dispute.id() + "_" + entry.sequence(), type,
                        payload(type, entry.recordedAt(), data)));
            }
        }
        Optional<String> before = change.stateBefore();
        if (before.isPresent() && !before.get().equals(dispute.state().name()) && !change.added().isEmpty()) {
            TimelineEntry last = change.added().get(change.added().size() - 1);
            Map<String, Object> data = about(dispute);
            data.put("from", before.get());
            data.put("to", dispute.state().name());
            data.put("sequence", last.sequence());
            messages.add(new Message("msg_" + dispute.id() + "_" + last.sequence() + "_state", STATE_CHANGED,
                    payload(STATE_CHANGED, last.recordedAt(), data)));
        }
        return messages;
    }

    private static Map<String, Object> about(Dispute dispute) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("disputeId", dispute.id().toString());
        data.put("track", dispute.track().name());
        data.put("state", dispute.state().name());
        data.put("customerReference", dispute.customer().reference());
        dispute.invoice().map(Invoice::number).ifPresent(number -> data.put("invoiceNumber", number));
        return data;
    }

    private static String payload(String type, Instant at, Map<String, Object> data) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", type);
        message.put("timestamp", at.toString());
        message.put("data", data);
        return CanonicalJson.write(message);
    }

    /** A message claimed for an attempt. */
    public record Delivery(String messageId, String endpoint, String type, String payload, int attempts, UUID token) {
    }

    /** What became of an attempt: delivered, to be tried again at a time, or given up. */
    public record Attempt(Delivery delivery, Instant at, OptionalInt statusCode, Optional<String> error,
            Optional<Instant> retryAt, boolean delivered) {
        public Attempt {
            Objects.requireNonNull(delivery, "delivery");
        }
    }

    /**
     * Claims up to {@code max} due messages for {@code lease}, oldest first; a message claimed by a
     * dispatcher that died is claimable again once its lease expired.
     */
    public List<Delivery> claim(int max, Instant now, Duration lease) {
        List<String[]> candidates = transactions.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement("SELECT message_id, endpoint"
                    + " FROM webhook_delivery WHERE status = " + PENDING + " AND not_before <= ?"
                    + " AND (leased_until IS NULL OR leased_until <= ?) ORDER BY not_before, message_id"
                    + " FETCH FIRST ? ROWS ONLY")) {
                select.setObject(1, utc(now));
                select.setObject(2, utc(now));
                select.setInt(3, max);
                List<String[]> keys = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        keys.add(new String[] {rows.getString(1), rows.getString(2)});
                    }
                }
                return keys;
            }
        });
        if (candidates.isEmpty()) {
            return List.of();
        }
        UUID token = UUID.randomUUID();
        return transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            try (PreparedStatement update = connection.prepareStatement("UPDATE webhook_delivery SET leased_until = ?,"
                    + " lease_token = ? WHERE message_id = ? AND endpoint = ? AND status = " + PENDING
                    + " AND (leased_until IS NULL OR leased_until <= ?)")) {
                for (String[] key : candidates) {
                    update.setObject(1, utc(now.plus(lease)));
                    update.setObject(2, token);
                    update.setString(3, key[0]);
                    update.setString(4, key[1]);
                    update.setObject(5, utc(now));
                    update.addBatch();
                }
                update.executeBatch();
            }
            List<Delivery> claimed = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT message_id, endpoint, event_type, payload,"
                    + " attempts FROM webhook_delivery WHERE lease_token = ?")) {
                select.setObject(1, token);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        claimed.add(new Delivery(rows.getString(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getInt(5), token));
                    }
                }
            }
            return claimed;
        });
    }

    /** Records the attempts, and what they make of their messages, in one transaction. */
    public void record(List<Attempt> attempts) {
        if (attempts.isEmpty()) {
            return;
        }
        transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            try (PreparedStatement log = connection.prepareStatement("INSERT INTO webhook_attempt (message_id, endpoint,"
                    + " attempt, attempted_at, status_code, error) VALUES (?, ?, ?, ?, ?, ?)");
                 PreparedStatement update = connection.prepareStatement("UPDATE webhook_delivery SET status = ?,"
                         + " attempts = attempts + 1, not_before = ?, delivered_at = ?, leased_until = NULL,"
                         + " lease_token = NULL WHERE message_id = ? AND endpoint = ? AND lease_token = ?")) {
                for (Attempt attempt : attempts) {
                    Delivery delivery = attempt.delivery();
                    log.setString(1, delivery.messageId());
                    log.setString(2, delivery.endpoint());
                    log.setInt(3, delivery.attempts() + 1);
                    log.setObject(4, utc(attempt.at()));
                    if (attempt.statusCode().isPresent()) {
                        log.setInt(5, attempt.statusCode().getAsInt());
                    } else {
                        log.setNull(5, Types.INTEGER);
                    }
                    log.setString(6, attempt.error().map(text -> text.length() <= 2000 ? text : text.substring(0, 2000))
                            .orElse(null));
                    log.addBatch();
                    update.setString(1, (attempt.delivered() ? Status.DELIVERED
                            : attempt.retryAt().isPresent() ? Status.PENDING : Status.FAILED).name());
                    update.setObject(2, utc(attempt.retryAt().orElse(attempt.at())));
                    if (attempt.delivered()) {
                        update.setObject(3, utc(attempt.at()));
                    } else {
                        update.setNull(3, Types.TIMESTAMP_WITH_TIMEZONE);
                    }
                    update.setString(4, delivery.messageId());
                    update.setString(5, delivery.endpoint());
                    update.setObject(6, delivery.token());
                    update.addBatch();
                }
                log.executeBatch();
                update.executeBatch();
            }
            return null;
        });
    }

    /** One message in an endpoint's log, with its attempts. */
    public record Logged(String messageId, String type, UUID disputeId, String status, int attempts, Instant createdAt,
            Optional<Instant> nextAttempt, Optional<Instant> deliveredAt, List<LoggedAttempt> tries) {
    }

    /** One attempt: when, and what the endpoint answered or why nothing came back. */
    public record LoggedAttempt(int attempt, Instant at, OptionalInt statusCode, Optional<String> error) {
    }

    /** The endpoint's latest messages, newest first, with their attempts. */
    public List<Logged> log(String endpoint, int limit) {
        return transactions.executeRead(status -> {
            Connection connection = status.getConnection();
            Map<String, Logged> messages = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT message_id, event_type, dispute_id,"
                    + " status, attempts, created_at, not_before, delivered_at FROM webhook_delivery WHERE endpoint = ?"
                    + " ORDER BY created_at DESC, message_id DESC FETCH FIRST ? ROWS ONLY")) {
                select.setString(1, endpoint);
                select.setInt(2, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String state = rows.getString(4);
                        messages.put(rows.getString(1), new Logged(rows.getString(1), rows.getString(2),
                                rows.getObject(3, UUID.class), state, rows.getInt(5), instant(rows, 6),
                                Status.valueOf(state) == Status.PENDING ? Optional.of(instant(rows, 7)) : Optional.empty(),
                                Optional.ofNullable(rows.getObject(8, OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                                new ArrayList<>()));
                    }
                }
            }
            if (messages.isEmpty()) {
                return List.<Logged>of();
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT message_id, attempt, attempted_at,"
                    + " status_code, error FROM webhook_attempt WHERE endpoint = ? AND message_id IN ("
                    + "?,".repeat(messages.size() - 1) + "?) ORDER BY message_id, attempt")) {
                select.setString(1, endpoint);
                int i = 2;
                for (String id : messages.keySet()) {
                    select.setString(i++, id);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        int code = rows.getInt(4);
                        OptionalInt statusCode = rows.wasNull() ? OptionalInt.empty() : OptionalInt.of(code);
                        messages.get(rows.getString(1)).tries().add(new LoggedAttempt(rows.getInt(2), instant(rows, 3),
                                statusCode, Optional.ofNullable(rows.getString(5))));
                    }
                }
            }
            return List.copyOf(messages.values());
        });
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
