package org.amicable.dispute.domain.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.AgeBucket;
import org.amicable.dispute.domain.model.ClaimState;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.InvalidValueException;
import org.amicable.dispute.domain.model.LadderStep;
import org.amicable.dispute.domain.model.Money;

/**
 * The managers' reports: how much is owed and how late, which step of the ladder gets the money back,
 * what sits with mediators and courts, and whether grievances are remedied in time. Money is reported per
 * currency: a report never adds amounts of two currencies. Amounts are principal still owed, late charges
 * aside, as the disputes stand when the report is read; the dates given choose the disputes and the ages.
 */
public interface ViewReportsUseCase {

    /**
     * Unpaid claims open on {@code asOf} by how late they are that day, per currency and customer kind, at the
     * principal they owed that day: a past day gives that day's balances, not today's.
     */
    AgedBalance agedBalance(LocalDate asOf);

    /** What each step of the ladder recovers: the claims settled in the period, by the last step they needed. */
    Recovery recovery(Period period);

    /** What sits with mediators, and what went to court, on {@code asOf}, per currency. */
    MediationAndLitigation mediationAndLitigation(LocalDate asOf);

    /** Grievances remedied in the period within the agreed deadline, and late. */
    GrievanceDeadlines grievanceDeadlines(Period period);

    /** Days from {@code from} to {@code to}, both included. */
    record Period(LocalDate from, LocalDate to) {
        public Period {
            InvalidValueException.required(from, "from");
            InvalidValueException.required(to, "to");
            if (from.isAfter(to)) {
                throw new InvalidValueException("from", "must not be after to (" + to + ")");
            }
        }
    }

    /**
     * The aged balance: for each currency found, each customer kind and each band, how many claims and what
     * they owe (a band with none is there with zeros, so that every chart has all its bars).
     */
    record AgedBalance(LocalDate asOf, List<AgedCell> cells) {
        public AgedBalance {
            Objects.requireNonNull(asOf, "asOf");
            cells = List.copyOf(cells);
        }

        /** The currencies of the report, in order. */
        public List<Currency> currencies() {
            return cells.stream().map(cell -> cell.owed().currency()).distinct().toList();
        }
    }

    /** One bar of the aged balance. */
    record AgedCell(CustomerKind customerKind, AgeBucket bucket, long claims, Money owed) {
        public AgedCell {
            Objects.requireNonNull(customerKind, "customerKind");
            Objects.requireNonNull(bucket, "bucket");
            Objects.requireNonNull(owed, "owed");
        }
    }

    /**
     * Recovery by step.
     *
     * @param settled    claims settled in the period
     * @param steps      for every step, how many settled after it and their share of all settled, in percent
     * @param meanDays   the mean days from opening to settlement, to one decimal
     * @param medianDays the median of those days, to one decimal
     */
    record Recovery(Period period, long settled, List<StepShare> steps, Optional<BigDecimal> meanDays,
            Optional<BigDecimal> medianDays) {
        public Recovery {
            Objects.requireNonNull(period, "period");
            steps = List.copyOf(steps);
            Objects.requireNonNull(meanDays, "meanDays");
            Objects.requireNonNull(medianDays, "medianDays");
        }
    }

    /** Claims settled after one step, and their share of all settled in percent (one decimal; zero when none settled). */
    record StepShare(LadderStep step, long claims, BigDecimal percent) {
        public StepShare {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(percent, "percent");
        }
    }

    /** Claims in mediation and in court, per currency: both stages for every currency found. */
    record MediationAndLitigation(LocalDate asOf, List<StageCell> cells) {
        public MediationAndLitigation {
            Objects.requireNonNull(asOf, "asOf");
            cells = List.copyOf(cells);
        }
    }

    /** One stage, {@link ClaimState#IN_MEDIATION} or {@link ClaimState#LITIGATION}, in one currency. */
    record StageCell(ClaimState stage, long claims, Money owed) {
        public StageCell {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(owed, "owed");
        }
    }

    /** Grievances remedied in the period: within the agreed deadline, late, and the share within (percent, one decimal). */
    record GrievanceDeadlines(Period period, long onTime, long late, Optional<BigDecimal> percentOnTime) {
        public GrievanceDeadlines {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(percentOnTime, "percentOnTime");
        }
    }
}
