package org.amicable.dispute.adapter.persistence;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.amicable.dispute.domain.port.out.DisputeQuery;
import org.amicable.dispute.domain.port.out.DisputeRepository;
import org.amicable.dispute.domain.port.out.DisputeSummary;

/**
 * Prototype of a proposed change (bench/ only, enabled by {@code bench.cache-timelines=true}): the
 * application's JdbcDisputeRepository, but {@code find} keeps the parsed timeline entries of the
 * disputes it has read (immutable records), keyed by dispute and validated by the dispute row's
 * version (a primary-key read) on every find. A dispute whose version moved, here or in another
 * instance, is read again; only entries read from committed rows are kept. Replay still runs.
 */
@Singleton
@Replaces(JdbcDisputeRepository.class)
@Requires(property = "bench.cache-timelines", value = "true")
final class CachedTimelineRepository implements DisputeRepository {

    private final JdbcDisputeRepository delegate;
    private final TransactionOperations<Connection> transactions;
    private final Map<DisputeId, List<TimelineEntry>> cache = new ConcurrentHashMap<>();

    CachedTimelineRepository(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
        this.delegate = new JdbcDisputeRepository(transactions);
    }

    @Override
    public Optional<Dispute> find(DisputeId id) {
        return transactions.executeRead(status -> {
            List<TimelineEntry> cached = cache.get(id);
            if (cached != null) {
                try (PreparedStatement select = status.getConnection().prepareStatement(
                        "SELECT version FROM dispute WHERE id = ?")) {
                    select.setObject(1, id.value());
                    try (ResultSet rows = select.executeQuery()) {
                        if (rows.next() && rows.getLong(1) == cached.size()) {
                            return Optional.of(Dispute.replay(cached));
                        }
                    }
                }
            }
            Optional<Dispute> found = delegate.find(id);
            found.ifPresent(dispute -> {
                if (cache.size() > 200_000) {
                    cache.clear();
                }
                cache.put(id, List.copyOf(dispute.timeline()));
            });
            return found;
        });
    }

    @Override
    public void save(Dispute dispute, Optional<LocalDate> dueOn) {
        delegate.save(dispute, dueOn);
    }

    @Override
    public List<DisputeId> findDue(LocalDate date, Optional<DisputeId> after, int limit) {
        return delegate.findDue(date, after, limit);
    }

    @Override
    public List<DisputeSummary> search(DisputeQuery query) {
        return delegate.search(query);
    }
}
