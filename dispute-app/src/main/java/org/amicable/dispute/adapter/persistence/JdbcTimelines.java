package org.amicable.dispute.adapter.persistence;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.EventFormat;
import org.amicable.dispute.domain.model.KeptDocument;
import org.amicable.dispute.domain.model.TimelineEntry;

/**
 * The disputes' timelines as append-only rows, and the documents their letters were sent with. An
 * entry's row keeps its stored text exactly as the domain produced and hashed it
 * ({@link TimelineEntry#stored()}). Writes run in the caller's transaction.
 */
@Singleton
final class JdbcTimelines {

    /**
     * A dispute's timeline is read by one statement, consistent by itself: it joins the transaction of a
     * change that reads it, and a plain read needs no transaction of its own to begin and commit.
     */
    private static final TransactionDefinition ONE_STATEMENT =
            TransactionDefinition.of(TransactionDefinition.Propagation.SUPPORTS);

    private final TransactionOperations<Connection> transactions;
    private final TimelineCache cache;

    JdbcTimelines(TransactionOperations<Connection> transactions,
            @Value("${amicable.storage.timeline-cache-size:10000}") int cacheSize) {
        this.transactions = transactions;
        this.cache = new TimelineCache(cacheSize);
    }

    /** The dispute's entries, oldest first; empty when there is no such dispute. */
    List<TimelineEntry> timeline(DisputeId id) {
        List<TimelineEntry> entries = transactions.execute(ONE_STATEMENT, status -> timeline(status.getConnection(), id));
        if (!entries.isEmpty()) {
            cache.put(id, entries);
        }
        return entries;
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

    /** The entries of each dispute, in the order asked; a dispute that does not exist has none. */
    Map<DisputeId, List<TimelineEntry>> timelines(List<DisputeId> ids) {
        Map<DisputeId, List<TimelineEntry>> timelines = new LinkedHashMap<>();
        ids.forEach(id -> timelines.put(id, new ArrayList<>()));
        transactions.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement("SELECT dispute_id, hash, entry, personal"
                    + " FROM timeline_entry WHERE dispute_id IN (" + "?,".repeat(ids.size() - 1) + "?)"
                    + " ORDER BY dispute_id, sequence")) {
                for (int i = 0; i < ids.size(); i++) {
                    select.setObject(i + 1, ids.get(i).value());
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        timelines.get(new DisputeId(rows.getObject(1, UUID.class))).add(TimelineEntry.read(rows.getString(3),
                                rows.getString(2), Optional.ofNullable(rows.getString(4))));
                    }
                }
            }
            return null;
        });
        return timelines;
    }

    /**
     * The dispute's first entries, as many as its snapshot was taken at: entries committed since, by a change
     * that did not start from this snapshot, are left out.
     */
    List<TimelineEntry> firstEntries(DisputeId id, long count) {
        List<TimelineEntry> entries = timeline(id);
        return entries.size() > count ? List.copyOf(entries.subList(0, (int) count)) : entries;
    }

    void append(Connection connection, List<TimelineEntry> added) throws SQLException {
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
    void keepDocuments(Connection connection, List<KeptDocument> documents) throws SQLException {
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

    Optional<KeptDocument> document(String sha256) {
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
     * Erases the personal values of the dispute's entries and the documents named, in the caller's
     * transaction; the entries' hashes and stored text stay.
     */
    void erase(Connection connection, DisputeId id, Set<String> documents) throws SQLException {
        try (PreparedStatement entries = connection.prepareStatement(
                "UPDATE timeline_entry SET personal = NULL WHERE dispute_id = ?");
             PreparedStatement kept = connection.prepareStatement("DELETE FROM kept_document WHERE sha256 = ?")) {
            entries.setObject(1, id.value());
            entries.executeUpdate();
            for (String sha256 : documents) {
                kept.setString(1, sha256);
                kept.addBatch();
            }
            kept.executeBatch();
        }
    }

    /** Forgets the dispute's cached entries, read with the personal values it no longer holds. */
    void forget(DisputeId id) {
        cache.remove(id);
    }
}
