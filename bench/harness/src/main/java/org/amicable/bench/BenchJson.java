package org.amicable.bench;

import org.amicable.dispute.domain.model.EventFormat;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.TimelineEntry;

/**
 * The stored forms the application writes, for the benchmarks: seeded rows are written exactly as the
 * application writes them (an entry's stored text, a letter in the outbox's format), so that it can
 * replay them. This class lives in bench/ only; it is not part of the application.
 */
public final class BenchJson {

    private BenchJson() {
    }

    /** The stored text of a timeline entry or of a queued letter. */
    public static String write(Object value) {
        if (value instanceof TimelineEntry entry) {
            return entry.stored();
        }
        if (value instanceof Letter letter) {
            return EventFormat.storeLetter(letter);
        }
        throw new IllegalArgumentException("no stored form for a " + value.getClass().getSimpleName());
    }

    /** The stored name of an entry's event type, as the timeline_entry.event_type column holds it. */
    public static String eventType(TimelineEntry entry) {
        return EventFormat.typeOf(entry.event()).name();
    }

    public static TimelineEntry readEntry(String stored, String hash) {
        return TimelineEntry.read(stored, hash);
    }

    public static Letter readLetter(String stored) {
        return EventFormat.readLetter(stored);
    }
}
