package org.amicable.dispute.adapter.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.amicable.dispute.adapter.web.port.IdempotencyStore;

/**
 * Keeps idempotency keys in memory, the most recent {@value #CAPACITY}: enough for one instance; keys are lost
 * on restart. The application replaces it by providing another {@link IdempotencyStore} bean.
 */
@Singleton
@Requires(missingBeans = IdempotencyStore.class)
public class InMemoryIdempotencyStore implements IdempotencyStore {

    static final int CAPACITY = 100_000;

    private final Clock clock;
    private final Duration lease;

    private record Held(Entry entry, String holder, Instant reservedAt) {
    }

    private final Map<String, Held> entries = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Held> eldest) {
            return size() > CAPACITY;
        }
    };

    @Inject
    public InMemoryIdempotencyStore(Clock clock,
            @Value("${amicable.idempotency.reservation-lease:2m}") Duration lease) {
        this.clock = clock;
        this.lease = lease;
    }

    @Override
    public synchronized Optional<Entry> reserve(String key, String fingerprint, String holder) {
        Held existing = entries.get(key);
        Instant now = clock.instant();
        if (existing != null && !lapsed(existing, now)) {
            return Optional.of(existing.entry());
        }
        entries.put(key, new Held(new Entry(fingerprint, Optional.empty()), holder, now));
        return Optional.empty();
    }

    private boolean lapsed(Held held, Instant now) {
        return held.entry().response().isEmpty() && !held.reservedAt().plus(lease).isAfter(now);
    }

    @Override
    public synchronized boolean complete(String key, String holder, StoredResponse response) {
        Held reserved = entries.get(key);
        if (reserved == null || !reserved.holder().equals(holder) || reserved.entry().response().isPresent()) {
            return false;
        }
        entries.put(key, new Held(new Entry(reserved.entry().fingerprint(), Optional.of(response)), holder,
                reserved.reservedAt()));
        return true;
    }

    @Override
    public synchronized void release(String key, String holder) {
        Held reserved = entries.get(key);
        if (reserved != null && reserved.holder().equals(holder) && reserved.entry().response().isEmpty()) {
            entries.remove(key);
        }
    }
}
