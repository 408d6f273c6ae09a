package org.amicable.dispute.adapter.web;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps idempotency keys in memory, the most recent {@value #CAPACITY}: enough for one instance; keys are lost
 * on restart. The application replaces it by providing another {@link IdempotencyStore} bean.
 */
@Singleton
@Requires(missingBeans = IdempotencyStore.class)
public class InMemoryIdempotencyStore implements IdempotencyStore {

    static final int CAPACITY = 100_000;

    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > CAPACITY;
        }
    };

    @Override
    public synchronized Optional<Entry> reserve(String key, String fingerprint) {
        Entry existing = entries.get(key);
        if (existing != null) {
            return Optional.of(existing);
        }
        entries.put(key, new Entry(fingerprint, Optional.empty()));
        return Optional.empty();
    }

    @Override
    public synchronized void complete(String key, StoredResponse response) {
        Entry reserved = entries.get(key);
        if (reserved != null) {
            entries.put(key, new Entry(reserved.fingerprint(), Optional.of(response)));
        }
    }

    @Override
    public synchronized void release(String key) {
        Entry reserved = entries.get(key);
        if (reserved != null && reserved.response().isEmpty()) {
            entries.remove(key);
        }
    }
}
