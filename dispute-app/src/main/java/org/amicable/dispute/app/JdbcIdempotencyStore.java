package org.amicable.dispute.app;

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
import org.amicable.dispute.adapter.web.IdempotencyStore;

/**
 * The HTTP API's idempotency keys in the database, so that a retried request gets its first response
 * again whichever instance it reaches, and after a restart. Reserving is an insert: of two concurrent
 * requests with one key, the primary key lets exactly one through.
 */
@Singleton
final class JdbcIdempotencyStore implements IdempotencyStore {

    private static final String UNIQUE_VIOLATION = "23505";

    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final Duration retention;
    private final ObjectMapper json = new ObjectMapper();

    JdbcIdempotencyStore(TransactionOperations<Connection> transactions, Clock clock,
            @Value("${amicable.idempotency.retention:P1D}") Duration retention) {
        this.transactions = transactions;
        this.clock = clock;
        this.retention = retention;
    }

    @Override
    public Optional<Entry> reserve(String key, String fingerprint) {
        try {
            transactions.executeWrite(status -> {
                try (PreparedStatement insert = status.getConnection().prepareStatement(
                        "INSERT INTO idempotency_key (idempotency_key, fingerprint, created_at) VALUES (?, ?, ?)")) {
                    insert.setString(1, key);
                    insert.setString(2, fingerprint);
                    insert.setObject(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                    insert.executeUpdate();
                }
                return null;
            });
            return Optional.empty();
        } catch (Exception e) {
            // The transaction manager rethrows the driver's SQLException as it is, though it is checked.
            if (!isUniqueViolation(e)) {
                throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            }
        }
        // The key exists: read what it holds, in a fresh transaction (PostgreSQL aborts the failed one).
        return transactions.executeRead(status -> find(status.getConnection(), key));
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
    public void complete(String key, StoredResponse response) {
        transactions.executeWrite(status -> {
            try (PreparedStatement update = status.getConnection().prepareStatement(
                    "UPDATE idempotency_key SET status = ?, headers = ?, body = ? WHERE idempotency_key = ?")) {
                update.setInt(1, response.status());
                update.setString(2, json.writeValueAsString(response.headers()));
                update.setString(3, response.body());
                update.setString(4, key);
                update.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void release(String key) {
        transactions.executeWrite(status -> {
            try (PreparedStatement delete = status.getConnection().prepareStatement(
                    "DELETE FROM idempotency_key WHERE idempotency_key = ? AND status IS NULL")) {
                delete.setString(1, key);
                delete.executeUpdate();
            }
            return null;
        });
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

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
