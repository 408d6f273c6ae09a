package org.amicable.dispute.adapter.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.TimelineEntry;

/**
 * The timelines of the disputes read most recently, so that reading a dispute again parses only
 * the entries added since. Bounded by a number of disputes; least recently used go first.
 */
final class TimelineCache {

    private final int capacity;
    private final Map<DisputeId, List<TimelineEntry>> timelines;

    TimelineCache(int capacity) {
        this.capacity = capacity;
        this.timelines = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<DisputeId, List<TimelineEntry>> eldest) {
                return size() > TimelineCache.this.capacity;
            }
        };
    }

    /** The cached entries of the dispute, oldest first; empty if none. */
    synchronized List<TimelineEntry> get(DisputeId id) {
        return capacity == 0 ? List.of() : timelines.getOrDefault(id, List.of());
    }

    synchronized void put(DisputeId id, List<TimelineEntry> entries) {
        if (capacity > 0) {
            timelines.put(id, List.copyOf(entries));
        }
    }

    synchronized void remove(DisputeId id) {
        timelines.remove(id);
    }
}
