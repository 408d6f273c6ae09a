package org.amicable.dispute.adapter.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.amicable.dispute.domain.model.AgeBucket;
import org.amicable.dispute.domain.model.ClaimState;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.LadderStep;
import org.amicable.dispute.domain.port.in.ViewReportsUseCase;

/** The bodies of the reports, as JSON and as CSV (a header row, then one row a figure). */
final class ReportResponses {

    private ReportResponses() {
    }

    /** Open claims of one currency, customer kind and age band: how many, and the principal they owe. */
    @Serdeable
    @Schema(name = "AgedBalanceLine")
    record AgedLine(String currency, CustomerKind customerKind, AgeBucket bucket, long claims, Json.Money owed) {
    }

    /** The aged balance on {@code asOf}: every band of every customer kind, per currency found. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "AgedBalance")
    record AgedBalanceBody(LocalDate asOf, List<AgedLine> lines) {
    }

    /** Claims settled after one step, and their share of all settled in the period, in percent. */
    @Serdeable
    @Schema(name = "RecoveryStep")
    record StepLine(LadderStep step, long claims, BigDecimal percent) {
    }

    /** What each step recovers: claims settled from {@code from} to {@code to}, and the days from opening to settlement. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Recovery")
    record RecoveryBody(LocalDate from, LocalDate to, long settled, List<StepLine> steps, @Nullable BigDecimal meanDays,
            @Nullable BigDecimal medianDays) {
    }

    /** Claims of one currency in mediation ({@code IN_MEDIATION}) or in court ({@code LITIGATION}), and what they owe. */
    @Serdeable
    @Schema(name = "MediationLitigationLine")
    record StageLine(String currency, ClaimState stage, long claims, Json.Money owed) {
    }

    /** Claims in mediation and in court on {@code asOf}, per currency found. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "MediationLitigation")
    record StagesBody(LocalDate asOf, List<StageLine> lines) {
    }

    /** Grievances remedied from {@code from} to {@code to}: within the agreed deadline, late, and the share within. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "GrievanceDeadlines")
    record GrievancesBody(LocalDate from, LocalDate to, long onTime, long late, @Nullable BigDecimal percentOnTime) {
    }

    static AgedBalanceBody body(ViewReportsUseCase.AgedBalance report) {
        return new AgedBalanceBody(report.asOf(), report.cells().stream().map(cell -> new AgedLine(
                cell.owed().currency().getCurrencyCode(), cell.customerKind(), cell.bucket(), cell.claims(),
                Mapping.money(cell.owed()))).toList());
    }

    static RecoveryBody body(ViewReportsUseCase.Recovery report) {
        return new RecoveryBody(report.period().from(), report.period().to(), report.settled(), report.steps().stream()
                .map(step -> new StepLine(step.step(), step.claims(), step.percent())).toList(),
                report.meanDays().orElse(null), report.medianDays().orElse(null));
    }

    static StagesBody body(ViewReportsUseCase.MediationAndLitigation report) {
        return new StagesBody(report.asOf(), report.cells().stream().map(cell -> new StageLine(
                cell.owed().currency().getCurrencyCode(), cell.stage(), cell.claims(), Mapping.money(cell.owed())))
                .toList());
    }

    static GrievancesBody body(ViewReportsUseCase.GrievanceDeadlines report) {
        return new GrievancesBody(report.period().from(), report.period().to(), report.onTime(), report.late(),
                report.percentOnTime().orElse(null));
    }

    // ---- CSV: plain codes and numbers only, so no field ever needs quoting ----

    /** The aged balance as CSV. */
    static String csv(ViewReportsUseCase.AgedBalance report) {
        StringBuilder csv = new StringBuilder("currency,customer_kind,bucket,claims,owed\r\n");
        report.cells().forEach(cell -> row(csv, cell.owed().currency().getCurrencyCode(), cell.customerKind(),
                cell.bucket(), cell.claims(), cell.owed().amount().toPlainString()));
        return csv.toString();
    }

    /** Recovery by step as CSV; the last row, step ALL, carries every settled claim and the days to settle. */
    static String csv(ViewReportsUseCase.Recovery report) {
        StringBuilder csv = new StringBuilder("step,claims,percent,mean_days,median_days\r\n");
        report.steps().forEach(step -> row(csv, step.step(), step.claims(), step.percent().toPlainString(), "", ""));
        row(csv, "ALL", report.settled(), report.settled() == 0 ? "0.0" : "100.0",
                report.meanDays().map(BigDecimal::toPlainString).orElse(""),
                report.medianDays().map(BigDecimal::toPlainString).orElse(""));
        return csv.toString();
    }

    /** Mediation and litigation as CSV. */
    static String csv(ViewReportsUseCase.MediationAndLitigation report) {
        StringBuilder csv = new StringBuilder("currency,stage,claims,owed\r\n");
        report.cells().forEach(cell -> row(csv, cell.owed().currency().getCurrencyCode(), cell.stage(), cell.claims(),
                cell.owed().amount().toPlainString()));
        return csv.toString();
    }

    /** Grievance deadlines as CSV. */
    static String csv(ViewReportsUseCase.GrievanceDeadlines report) {
        long all = report.onTime() + report.late();
        StringBuilder csv = new StringBuilder("outcome,grievances,percent\r\n");
        row(csv, "ON_TIME", report.onTime(), report.percentOnTime().map(BigDecimal::toPlainString).orElse(""));
        row(csv, "LATE", report.late(), report.percentOnTime()
                .map(onTime -> new BigDecimal("100.0").subtract(onTime).toPlainString()).orElse(all == 0 ? "" : "0.0"));
        return csv.toString();
    }

    private static void row(StringBuilder csv, Object... values) {
        for (int i = 0; i < values.length; i++) {
            csv.append(i == 0 ? "" : ",").append(values[i]);
        }
        csv.append("\r\n");
    }
}
