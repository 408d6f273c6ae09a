package org.amicable.dispute.adapter.web.page;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amicable.dispute.adapter.web.FormTokens;
import org.amicable.dispute.adapter.web.port.Roles;
import org.amicable.dispute.adapter.web.SignedInPerson;
import org.amicable.dispute.domain.model.AgeBucket;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.port.in.ViewReportsUseCase;

/**
 * The reports page of the back office: a period to choose, and the four reports, each a bar chart drawn on
 * the server as SVG, the table of its figures, and a link to them as CSV. The point-in-time reports are seen
 * from the period's last day.
 */
@Hidden
@ExecuteOn(TaskExecutors.IO)
@Controller("/office/reports")
@Secured({Roles.MANAGER, Roles.AUDITOR, Roles.COLLECTOR})
class ReportPageController {

    private final ViewReportsUseCase reports;
    private final Clock clock;
    private final String stylesheet;
    private final FormTokens tokens;

    ReportPageController(ViewReportsUseCase reports, Clock clock, FormTokens tokens) {
        this.reports = reports;
        this.clock = clock;
        this.tokens = tokens;
        this.stylesheet = resource("/office/reports.css");
    }

    @Get("/reports.css")
    HttpResponse<String> stylesheet() {
        return HttpResponse.ok(stylesheet).contentType("text/css; charset=utf-8");
    }

    @Get("{?from,to}")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> page(Authentication authentication, @Nullable @QueryValue String from,
            @Nullable @QueryValue String to) {
        Optional<SignedInPerson> found = SignedInPerson.of(authentication);
        if (found.isEmpty()) {
            // A bearer token is no session: the pages are for people.
            return HttpResponse.seeOther(URI.create(SignInRedirects.SIGN_IN));
        }
        Map<String, String> words = PersonWords.of(found.get().language());
        Map<String, Object> model = OfficePage.of(authentication, tokens).orElseThrow().model("reports", "reports.title");
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        Optional<LocalDate> last = date(to, "to", today, words, errors);
        Optional<LocalDate> first = date(from, "from", last.orElse(today).minusDays(29), words, errors);
        if (errors.isEmpty() && first.get().isAfter(last.get())) {
            errors.put("from", words.get("reports.error.order"));
        }
        model.put("from", from != null ? from : first.map(LocalDate::toString).orElse(""));
        model.put("to", to != null ? to : last.map(LocalDate::toString).orElse(""));
        model.put("errors", errors);
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>("office/reports", model));
        }
        ViewReportsUseCase.Period period = new ViewReportsUseCase.Period(first.get(), last.get());
        LocalDate asOf = period.to();
        String range = "?from=" + period.from() + "&to=" + period.to();
        model.put("asOf", asOf.toString());
        model.put("aged", aged(reports.agedBalance(asOf), words));
        model.put("agedCsv", "/reports/aged-balance.csv?asOf=" + asOf);
        model.put("recovery", recovery(reports.recovery(period), words));
        model.put("recoveryCsv", "/reports/recovery.csv" + range);
        model.put("stages", stages(reports.mediationAndLitigation(asOf), words));
        model.put("stagesCsv", "/reports/mediation-litigation.csv?asOf=" + asOf);
        model.put("grievances", grievances(reports.grievanceDeadlines(period), words));
        model.put("grievancesCsv", "/reports/grievances.csv" + range);
        return HttpResponse.ok(new ModelAndView<>("office/reports", model));
    }

    /** The date typed, or the default when nothing was; a malformed one is an error beside its field. */
    private static Optional<LocalDate> date(String typed, String field, LocalDate otherwise, Map<String, String> words,
            Map<String, String> errors) {
        if (typed == null || typed.isBlank()) {
            return Optional.of(otherwise);
        }
        try {
            return Optional.of(LocalDate.parse(typed.strip()));
        } catch (DateTimeParseException e) {
            errors.put(field, words.get("reports.error.date"));
            return Optional.empty();
        }
    }

    /** A table's row: its cells as shown. */
    record Row(List<String> cells) {
    }

    /** One currency's part of a report: its chart and its table. */
    record Part(String currency, BarChart chart, List<Row> rows) {
    }

    private static List<Part> aged(ViewReportsUseCase.AgedBalance report, Map<String, String> words) {
        List<Part> parts = new ArrayList<>();
        for (Currency currency : report.currencies()) {
            List<BarChart.Group> groups = new ArrayList<>();
            List<Row> rows = new ArrayList<>();
            for (AgeBucket bucket : AgeBucket.values()) {
                List<Long> values = new ArrayList<>();
                List<String> shown = new ArrayList<>();
                for (CustomerKind kind : List.of(CustomerKind.BUSINESS, CustomerKind.CONSUMER)) {
                    ViewReportsUseCase.AgedCell cell = report.cells().stream().filter(each -> each.bucket() == bucket
                            && each.customerKind() == kind && each.owed().currency().equals(currency)).findFirst()
                            .orElseThrow();
                    values.add(cell.owed().minorUnits());
                    shown.add(amount(cell.owed()));
                    rows.add(new Row(List.of(words.get("reports.bucket." + bucket.name()),
                            words.get("reports.kind." + kind.name()), Long.toString(cell.claims()), amount(cell.owed()))));
                }
                groups.add(new BarChart.Group(words.get("reports.bucket." + bucket.name()), values, shown));
            }
            parts.add(new Part(currency.getCurrencyCode(), BarChart.of(List.of(words.get("reports.kind.BUSINESS"),
                    words.get("reports.kind.CONSUMER")), groups), rows));
        }
        return parts;
    }

    private static Map<String, Object> recovery(ViewReportsUseCase.Recovery report, Map<String, String> words) {
        List<BarChart.Group> groups = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (ViewReportsUseCase.StepShare step : report.steps()) {
            String label = words.get("reports.step." + step.step().name());
            groups.add(new BarChart.Group(label, List.of(step.claims()), List.of(Long.toString(step.claims()))));
            rows.add(new Row(List.of(label, Long.toString(step.claims()), step.percent().toPlainString() + " %")));
        }
        Map<String, Object> recovery = new HashMap<>();
        recovery.put("chart", BarChart.of(List.of(words.get("reports.claims")), groups));
        recovery.put("rows", rows);
        recovery.put("settled", Long.toString(report.settled()));
        recovery.put("meanDays", report.meanDays().map(Object::toString).orElse("-"));
        recovery.put("medianDays", report.medianDays().map(Object::toString).orElse("-"));
        return recovery;
    }

    private static List<Part> stages(ViewReportsUseCase.MediationAndLitigation report, Map<String, String> words) {
        Map<Currency, List<ViewReportsUseCase.StageCell>> byCurrency = new LinkedHashMap<>();
        report.cells().forEach(cell -> byCurrency.computeIfAbsent(cell.owed().currency(), key -> new ArrayList<>()).add(cell));
        List<Part> parts = new ArrayList<>();
        byCurrency.forEach((currency, cells) -> {
            List<BarChart.Group> groups = new ArrayList<>();
            List<Row> rows = new ArrayList<>();
            for (ViewReportsUseCase.StageCell cell : cells) {
                String label = words.get("reports.stage." + cell.stage().name());
                groups.add(new BarChart.Group(label, List.of(cell.owed().minorUnits()), List.of(amount(cell.owed()))));
                rows.add(new Row(List.of(label, Long.toString(cell.claims()), amount(cell.owed()))));
            }
            parts.add(new Part(currency.getCurrencyCode(), BarChart.of(List.of(words.get("reports.owed")), groups), rows));
        });
        return parts;
    }

    private static Map<String, Object> grievances(ViewReportsUseCase.GrievanceDeadlines report, Map<String, String> words) {
        String onTime = words.get("reports.outcome.ON_TIME");
        String late = words.get("reports.outcome.LATE");
        Map<String, Object> grievances = new HashMap<>();
        grievances.put("chart", BarChart.of(List.of(words.get("reports.grievanceCount")), List.of(
                new BarChart.Group(onTime, List.of(report.onTime()), List.of(Long.toString(report.onTime()))),
                new BarChart.Group(late, List.of(report.late()), List.of(Long.toString(report.late()))))));
        grievances.put("rows", List.of(new Row(List.of(onTime, Long.toString(report.onTime()))),
                new Row(List.of(late, Long.toString(report.late())))));
        grievances.put("percentOnTime", report.percentOnTime().map(percent -> percent.toPlainString() + " %").orElse("-"));
        return grievances;
    }

    private static String amount(Money money) {
        return money.amount().toPlainString() + " " + money.currency().getCurrencyCode();
    }

    private static String resource(String path) {
        try (InputStream in = ReportPageController.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }
}
