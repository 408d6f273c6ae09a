package org.amicable.dispute.domain.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.amicable.dispute.domain.model.AgeBucket;
import org.amicable.dispute.domain.model.ClaimState;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.LadderStep;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.port.in.ViewReportsUseCase;
import org.amicable.dispute.domain.port.out.ReportFigures;

/** Reads the storage's sums and lays them out as complete reports: every band, step and stage, shares computed. */
final class ReportService implements ViewReportsUseCase {

    private static final Comparator<Currency> BY_CODE = Comparator.comparing(Currency::getCurrencyCode);
    private static final List<ClaimState> STAGES = List.of(ClaimState.IN_MEDIATION, ClaimState.LITIGATION);

    private final ReportFigures figures;

    ReportService(ReportFigures figures) {
        this.figures = Objects.requireNonNull(figures, "figures");
    }

    @Override
    public AgedBalance agedBalance(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        List<ReportFigures.AgedGroup> groups = figures.agedBalance(asOf);
        Map<String, ReportFigures.AgedGroup> byKey = new HashMap<>();
        TreeSet<Currency> currencies = new TreeSet<>(BY_CODE);
        for (ReportFigures.AgedGroup group : groups) {
            byKey.put(key(group.currency(), group.customerKind(), group.bucket()), group);
            currencies.add(group.currency());
        }
        List<AgedCell> cells = new ArrayList<>();
        for (Currency currency : currencies) {
            for (CustomerKind kind : List.of(CustomerKind.BUSINESS, CustomerKind.CONSUMER)) {
                for (AgeBucket bucket : AgeBucket.values()) {
                    Optional<ReportFigures.AgedGroup> group = Optional.ofNullable(byKey.get(key(currency, kind, bucket)));
                    cells.add(new AgedCell(kind, bucket, group.map(ReportFigures.AgedGroup::claims).orElse(0L),
                            Money.ofMinor(group.map(ReportFigures.AgedGroup::owedMinor).orElse(0L), currency)));
                }
            }
        }
        return new AgedBalance(asOf, cells);
    }

    private static String key(Currency currency, Object... parts) {
        StringBuilder key = new StringBuilder(currency.getCurrencyCode());
        for (Object part : parts) {
            key.append('/').append(part);
        }
        return key.toString();
    }

    @Override
    public Recovery recovery(Period period) {
        ReportFigures.Settlements settlements = figures.settlements(period.from(), period.to());
        long settled = settlements.byStep().values().stream().mapToLong(Long::longValue).sum();
        List<StepShare> steps = new ArrayList<>();
        for (LadderStep step : LadderStep.values()) {
            long claims = settlements.byStep().getOrDefault(step, 0L);
            steps.add(new StepShare(step, claims, percent(claims, settled).orElse(BigDecimal.ZERO.setScale(1))));
        }
        Optional<BigDecimal> mean = settled == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(settlements.totalDays()).divide(BigDecimal.valueOf(settled), 1,
                        RoundingMode.HALF_UP));
        return new Recovery(period, settled, steps, mean,
                settlements.medianDays().map(days -> days.setScale(1, RoundingMode.HALF_UP)));
    }

    @Override
    public MediationAndLitigation mediationAndLitigation(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Map<String, ReportFigures.StageGroup> byKey = new HashMap<>();
        TreeSet<Currency> currencies = new TreeSet<>(BY_CODE);
        for (ReportFigures.StageGroup group : figures.mediationAndLitigation(asOf)) {
            byKey.put(key(group.currency(), group.stage()), group);
            currencies.add(group.currency());
        }
        List<StageCell> cells = new ArrayList<>();
        for (Currency currency : currencies) {
            for (ClaimState stage : STAGES) {
                Optional<ReportFigures.StageGroup> group = Optional.ofNullable(byKey.get(key(currency, stage)));
                cells.add(new StageCell(stage, group.map(ReportFigures.StageGroup::claims).orElse(0L),
                        Money.ofMinor(group.map(ReportFigures.StageGroup::owedMinor).orElse(0L), currency)));
            }
        }
        return new MediationAndLitigation(asOf, cells);
    }

    @Override
    public GrievanceDeadlines grievanceDeadlines(Period period) {
        ReportFigures.Resolutions resolutions = figures.resolutions(period.from(), period.to());
        return new GrievanceDeadlines(period, resolutions.onTime(), resolutions.late(),
                percent(resolutions.onTime(), resolutions.onTime() + resolutions.late()));
    }

    /** {@code part} of {@code whole} in percent, to one decimal; empty for a whole of nothing. */
    static Optional<BigDecimal> percent(long part, long whole) {
        if (whole == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
    }
}
