package org.amicable.dispute.adapter.persistence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.TimelineEntry;

/**
 * The timelines of the disputes read most often and most recently, so that reading a dispute again
 * parses only the entries added since. Bounded by a number of disputes (Caffeine's size-based eviction);
 * a capacity of 0 keeps nothing.
 */
final class TimelineCache {

    private final Optional<Cache<DisputeId, List<TimelineEntry>>> timelines;

    TimelineCache(int capacity) {
        this.timelines = capacity == 0 ? Optional.empty()
                : Optional.of(Caffeine.newBuilder().maximumSize(capacity).build());
    }

    /** The cached entries of the dispute, oldest first; empty if none. */
    List<TimelineEntry> get(DisputeId id) {
        return timelines.map(cache -> cache.getIfPresent(id)).orElse(List.of());
    }

    void put(DisputeId id, List<TimelineEntry> entries) {
        timelines.ifPresent(cache -> cache.put(id, List.copyOf(entries)));
    }

    void remove(DisputeId id) {
        timelines.ifPresent(cache -> cache.invalidate(id));
    }
}
