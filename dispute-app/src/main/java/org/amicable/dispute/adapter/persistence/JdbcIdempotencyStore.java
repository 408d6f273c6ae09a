package org.amicable.dispute.adapter.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.amicable.dispute.adapter.web.port.IdempotencyStore;

/**
 * The HTTP API's idempotency keys in the database, so that a retried request gets its first response
 * again whichever instance it reaches, and after a restart. Reserving is an insert: of two concurrent
 * requests with one key, the primary key lets exactly one through. A reservation older than the lease
 * whose request never completed (its process died) is taken over by the next request with the key; a
 * change and the response it gave are committed together.
 */
@Singleton
public final class JdbcIdempotencyStore implements IdempotencyStore {

    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final Duration retention;
    private final Duration lease;
    private final ObjectMapper json = new ObjectMapper();

    public JdbcIdempotencyStore(TransactionOperations<Connection> transactions, Clock clock,
            @Value("${amicable.idempotency.retention:P1D}") Duration retention,
            @Value("${amicable.idempotency.reservation-lease:2m}") Duration lease) {
        this.transactions = transactions;
        this.clock = clock;
        this.retention = retention;
        this.lease = lease;
    }

    @Override
    public Optional<Entry> reserve(String key, String fingerprint, String holder) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        try {
            transactions.executeWrite(status -> {
                try (PreparedStatement insert = status.getConnection().prepareStatement("INSERT INTO idempotency_key"
                        + " (idempotency_key, fingerprint, holder, created_at) VALUES (?, ?, ?, ?)")) {
                    insert.setString(1, key);
                    insert.setString(2, fingerprint);
                    insert.setString(3, holder);
                    insert.setObject(4, now);
                    insert.executeUpdate();
                }
                return null;
            });
            return Optional.empty();
        } catch (Exception e) {
            // The transaction manager rethrows the driver's SQLException as it is, though it is checked.
            if (!SqlStates.isUniqueViolation(e)) {
                throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            }
        }
        // The key exists (read in fresh transactions: PostgreSQL aborts the failed one). A reservation that
        // lapsed is taken over; anything else is what the caller gets back.
        boolean takenOver = transactions.executeWrite(status -> {
            try (PreparedStatement update = status.getConnection().prepareStatement("UPDATE idempotency_key"
                    + " SET fingerprint = ?, holder = ?, created_at = ?"
                    + " WHERE idempotency_key = ? AND status IS NULL AND created_at <= ?")) {
                update.setString(1, fingerprint);
                update.setString(2, holder);
                update.setObject(3, now);
                update.setString(4, key);
                update.setObject(5, now.minus(lease));
                return update.executeUpdate() == 1;
            }
        });
        return takenOver ? Optional.empty() : transactions.executeRead(status -> find(status.getConnection(), key));
    }

    private Optional<Entry> find(Connection connection, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT fingerprint, status, headers, body FROM idempotency_key WHERE idempotency_key = ?")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    // Released between our insert and this read: the client may simply retry.
                    return Optional.of(new Entry("", Optional.empty()));
                }
                int code = rows.getInt("status");
                Optional<StoredResponse> response = rows.wasNull() ? Optional.empty()
                        : Optional.of(new StoredResponse(code, headers(rows.getString("headers")), rows.getString("body")));
                return Optional.of(new Entry(rows.getString("fingerprint"), response));
            }
        }
    }

    @Override
    public boolean complete(String key, String holder, StoredResponse response) {
        return transactions.executeWrite(status -> {
            try (PreparedStatement update = status.getConnection().prepareStatement("UPDATE idempotency_key"
                    + " SET status = ?, headers = ?, body = ? WHERE idempotency_key = ? AND holder = ? AND status IS NULL")) {
                update.setInt(1, response.status());
                update.setString(2, json.writeValueAsString(response.headers()));
                update.setString(3, response.body());
                update.setString(4, key);
                update.setString(5, holder);
                return update.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void release(String key, String holder) {
        transactions.executeWrite(status -> {
            try (PreparedStatement delete = status.getConnection().prepareStatement(
                    "DELETE FROM idempotency_key WHERE idempotency_key = ? AND holder = ? AND status IS NULL")) {
                delete.setString(1, key);
                delete.setString(2, holder);
                delete.executeUpdate();
            }
            return null;
        });
    }

    /** The change's use case joins this transaction, so its entries and the stored response commit together. */
    @Override
    public <T> T atomically(Supplier<T> work) {
        return transactions.executeWrite(status -> work.get());
    }

    /** Forgets keys older than the retention (a day by default): a client retries within minutes, not days. */
    @Scheduled(fixedDelay = "1h", initialDelay = "1m")
    void purgeExpired() {
        transactions.executeWrite(status -> {
            try (PreparedStatement delete = status.getConnection().prepareStatement(
                    "DELETE FROM idempotency_key WHERE created_at < ?")) {
                delete.setObject(1, OffsetDateTime.ofInstant(clock.instant().minus(retention), ZoneOffset.UTC));
                delete.executeUpdate();
            }
            return null;
        });
    }

    private Map<String, String> headers(String text) {
        if (text == null || text.isEmpty()) {
            return Map.of();
        }
        try {
            return json.readValue(text, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored idempotent response headers are not readable", e);
        }
    }
}
