package org.amicable.dispute.adapter.persistence;

import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.TimelineEntry;

/**
 * The application's own JSON mapping ({@link DomainJson}, package-private in dispute-app), opened to
 * the benchmarks: seeded rows are written exactly as the application writes them, so that it can
 * replay them. This class lives in bench/ only; it is not part of the application.
 */
public final class BenchJson {

    private static final DomainJson JSON = new DomainJson();

    private BenchJson() {
    }

    public static String write(Object value) {
        return JSON.write(value);
    }

    public static TimelineEntry readEntry(String json) {
        return JSON.readEntry(json);
    }

    public static Letter readLetter(String json) {
        return JSON.readLetter(json);
    }
}
