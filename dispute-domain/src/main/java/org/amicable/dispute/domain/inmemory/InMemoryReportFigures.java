package org.amicable.dispute.domain.inmemory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amicable.dispute.domain.model.AgeBucket;
import org.amicable.dispute.domain.model.BalanceMovement;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.ClaimState;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.LadderStep;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.ReportRow;
import org.amicable.dispute.domain.model.Track;
import org.amicable.dispute.domain.port.out.ReportFigures;

/**
 * The reports' sums over report rows held in memory: what a database computes with its aggregates. The
 * in-memory repository answers with it; so can anyone holding rows ({@code ReportRow.of} each dispute).
 */
public final class InMemoryReportFigures implements ReportFigures {

    private final List<ReportRow> rows;
    private final List<BalanceMovement> movements;

    /** The figures of these rows and the claims' balance movements ({@link BalanceMovement#of} each dispute). */
    public InMemoryReportFigures(Collection<ReportRow> rows, Collection<BalanceMovement> movements) {
        this.rows = List.copyOf(rows);
        this.movements = List.copyOf(movements);
    }

    /**
     * The figures of these rows alone. Rows keep no history of payments: the aged balance of any day then
     * counts the claims open now, opened by that day, at the principal they owe now.
     */
    public InMemoryReportFigures(Collection<ReportRow> rows) {
        this(rows, rows.stream().filter(row -> row.track() == Track.UNPAID_CLAIM && row.open())
                .map(row -> new BalanceMovement(row.disputeId(), 1, row.customerKind(), row.dueOn().orElseThrow(),
                        row.openedOn(), 1, row.outstanding().orElseThrow())).toList());
    }

    /** Claims open on {@code asOf}, at what they owed that day: each claim's movements up to it, added up. */
    @Override
    public List<AgedGroup> agedBalance(LocalDate asOf) {
        Map<DisputeId, long[]> byClaim = new LinkedHashMap<>();
        Map<DisputeId, BalanceMovement> firsts = new LinkedHashMap<>();
        for (BalanceMovement movement : movements) {
            if (movement.on().isAfter(asOf)) {
                continue;
            }
            long[] claim = byClaim.computeIfAbsent(movement.disputeId(), key -> new long[2]);
            claim[0] += movement.claims();
            claim[1] += movement.amount().minorUnits();
            firsts.putIfAbsent(movement.disputeId(), movement);
        }
        Map<List<Object>, long[]> sums = new LinkedHashMap<>();
        byClaim.forEach((id, claim) -> {
            if (claim[0] <= 0) {
                return;
            }
            BalanceMovement first = firsts.get(id);
            long[] sum = sums.computeIfAbsent(List.of(first.amount().currency(), first.customerKind(),
                    AgeBucket.of(first.dueOn(), asOf)), key -> new long[2]);
            sum[0] += claim[0];
            sum[1] += claim[1];
        });
        List<AgedGroup> groups = new ArrayList<>();
        sums.forEach((key, sum) -> groups.add(new AgedGroup((Currency) key.get(0),
                (CustomerKind) key.get(1), (AgeBucket) key.get(2), sum[0], sum[1])));
        return groups;
    }

    @Override
    public Settlements settlements(LocalDate from, LocalDate to) {
        Map<LadderStep, Long> byStep = new EnumMap<>(LadderStep.class);
        List<Long> days = new ArrayList<>();
        for (ReportRow row : rows) {
            if (row.state() == ClaimState.SETTLED && row.settledOn().filter(on -> within(on, from, to)).isPresent()) {
                byStep.merge(row.highestStep(), 1L, Long::sum);
                days.add(row.daysToSettle().orElseThrow());
            }
        }
        days.sort(null);
        Optional<BigDecimal> median = Optional.empty();
        if (!days.isEmpty()) {
            int middle = days.size() / 2;
            long sum = days.size() % 2 == 1 ? 2 * days.get(middle) : days.get(middle - 1) + days.get(middle);
            median = Optional.of(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP));
        }
        return new Settlements(byStep, days.stream().mapToLong(Long::longValue).sum(), median);
    }

    @Override
    public List<StageGroup> mediationAndLitigation(LocalDate asOf) {
        Map<List<Object>, long[]> sums = new LinkedHashMap<>();
        for (ReportRow row : rows) {
            Optional<ClaimState> stage = row.inCourtOn(asOf) ? Optional.of(ClaimState.LITIGATION)
                    : row.inMediationOn(asOf) ? Optional.of(ClaimState.IN_MEDIATION) : Optional.empty();
            if (row.track() != Track.UNPAID_CLAIM || stage.isEmpty()) {
                continue;
            }
            Money owed = row.outstanding().orElseThrow();
            long[] sum = sums.computeIfAbsent(List.of(owed.currency(), stage.get()), key -> new long[2]);
            sum[0]++;
            sum[1] += owed.minorUnits();
        }
        List<StageGroup> groups = new ArrayList<>();
        sums.forEach((key, sum) -> groups.add(new StageGroup((Currency) key.get(0),
                (ClaimState) key.get(1), sum[0], sum[1])));
        return groups;
    }

    @Override
    public Resolutions resolutions(LocalDate from, LocalDate to) {
        long onTime = 0;
        long late = 0;
        for (ReportRow row : rows) {
            if (row.track() == Track.GRIEVANCE && row.resolvedOn().filter(on -> within(on, from, to)).isPresent()) {
                if (row.resolvedOnTime()) {
                    onTime++;
                } else {
                    late++;
                }
            }
        }
        return new Resolutions(onTime, late);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
