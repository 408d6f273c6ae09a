package org.amicable.dispute.domain.port.out;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.AgeBucket;
import org.amicable.dispute.domain.model.ClaimState;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.LadderStep;

/**
 * The sums behind the managers' reports, as the storage computes them over its {@link
 * org.amicable.dispute.domain.model.ReportRow}s (one per dispute, rewritten with every save of the dispute).
 * Money is summed per currency, never across currencies. Groups with nothing in them are left out.
 */
public interface ReportFigures {

    /**
     * Unpaid claims open on {@code asOf} by currency, customer kind and age that day ({@link AgeBucket#of}), with
     * the principal they owed that day: what their {@link org.amicable.dispute.domain.model.BalanceMovement}s
     * dated on or before it add up to. A claim closed since still counts; one opened since does not.
     */
    List<AgedGroup> agedBalance(LocalDate asOf);

    /** Claims settled from {@code from} to {@code to}, both included: how many after each step, and how long it took. */
    Settlements settlements(LocalDate from, LocalDate to);

    /**
     * Claims in mediation on {@code asOf} ({@link ClaimState#IN_MEDIATION}) and claims gone to court by then
     * ({@link ClaimState#LITIGATION}), by currency, with what they still owe.
     */
    List<StageGroup> mediationAndLitigation(LocalDate asOf);

    /** Grievances whose remedy was delivered from {@code from} to {@code to}, both included. */
    Resolutions resolutions(LocalDate from, LocalDate to);

    /** Open claims of one currency, customer kind and age: how many, and the principal they owe. */
    record AgedGroup(Currency currency, CustomerKind customerKind, AgeBucket bucket, long claims, long owedMinor) {
        public AgedGroup {
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(customerKind, "customerKind");
            Objects.requireNonNull(bucket, "bucket");
        }
    }

    /**
     * Settled claims.
     *
     * @param byStep     how many settled after each step (steps with none left out)
     * @param totalDays  the days from opening to settlement, added up over them
     * @param medianDays the median of those days, empty when none settled
     */
    record Settlements(Map<LadderStep, Long> byStep, long totalDays, Optional<BigDecimal> medianDays) {
        public Settlements {
            byStep = Map.copyOf(byStep);
            Objects.requireNonNull(medianDays, "medianDays");
        }
    }

    /** Claims of one currency at one stage: how many, and the principal they owe. */
    record StageGroup(Currency currency, ClaimState stage, long claims, long owedMinor) {
        public StageGroup {
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(stage, "stage");
        }
    }

    /** Grievances resolved within their agreed deadline, and after it. */
    record Resolutions(long onTime, long late) {
    }
}
