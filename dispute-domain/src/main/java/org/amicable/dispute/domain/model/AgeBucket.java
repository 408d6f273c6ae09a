package org.amicable.dispute.domain.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * How far past its due date an open claim is on a given day, in the bands of an aged balance. A claim is
 * one day past due the day after its due date: due today is not yet due, 30 days past due is still in
 * 1-30, 31 days in 31-60.
 */
public enum AgeBucket {
    NOT_DUE(Long.MIN_VALUE, 0),
    DAYS_1_TO_30(1, 30),
    DAYS_31_TO_60(31, 60),
    DAYS_61_TO_90(61, 90),
    OVER_90_DAYS(91, Long.MAX_VALUE);

    private final long fromDays;
    private final long toDays;

    AgeBucket(long fromDays, long toDays) {
        this.fromDays = fromDays;
        this.toDays = toDays;
    }

    /** The band of a claim due on {@code dueOn}, seen on {@code asOf}. */
    public static AgeBucket of(LocalDate dueOn, LocalDate asOf) {
        Objects.requireNonNull(dueOn, "dueOn");
        long late = ChronoUnit.DAYS.between(dueOn, Objects.requireNonNull(asOf, "asOf"));
        for (AgeBucket bucket : values()) {
            if (late >= bucket.fromDays && late <= bucket.toDays) {
                return bucket;
            }
        }
        throw new IllegalStateException("no band holds " + late + " days");
    }

    /**
     * The earliest due date in this band seen on {@code asOf}: a claim is in this band or a younger one
     * when its due date is on or after it. Empty for the oldest band, which has no lower bound.
     */
    public Optional<LocalDate> earliestDueOn(LocalDate asOf) {
        return toDays == Long.MAX_VALUE ? java.util.Optional.empty() : java.util.Optional.of(asOf.minusDays(toDays));
    }
}
