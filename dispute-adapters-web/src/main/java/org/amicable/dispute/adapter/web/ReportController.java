package org.amicable.dispute.adapter.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Set;
import java.util.function.Function;
import org.amicable.dispute.domain.port.in.ViewReportsUseCase;
import org.amicable.dispute.adapter.web.port.Roles;

/**
 * The managers' reports: the aged balance, what each step of the ladder recovers, claims in mediation and in
 * court, grievances remedied in time. JSON, or CSV with {@code Accept: text/csv} or the {@code .csv} path.
 */
// The reports sum the database's rows: they run on the I/O pool, never on Netty's event loop.
@ExecuteOn(TaskExecutors.IO)
@Controller("/reports")
@Tag(name = "reports")
@ApiErrors
@Secured({Roles.MANAGER, Roles.AUDITOR, Roles.COLLECTOR})
class ReportController {

    static final String CSV = "text/csv";
    private static final String CSV_UTF8 = "text/csv; charset=utf-8";
    private static final String AS_OF = "the day the report is seen from, as 2026-03-31 (default today)";
    private static final String FROM = "the first day of the period, as 2026-03-01 (default 29 days before to)";
    private static final String TO = "the last day of the period, as 2026-03-31 (default today)";

    private final ViewReportsUseCase reports;
    private final Clock clock;

    ReportController(ViewReportsUseCase reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Operation(summary = "Aged balance", description = "Open unpaid claims by how late they are on asOf (not yet"
            + " due, 1-30, 31-60, 61-90, over 90 days past due), business and consumer apart, per currency: how many"
            + " and the principal they still owe. JSON, or CSV with Accept: text/csv.")
    @ApiResponse(responseCode = "200", description = "the report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportResponses.AgedBalanceBody.class)),
            @Content(mediaType = CSV, schema = @Schema(type = "string", format = "binary"))})
    @Get("/aged-balance{?asOf}")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    HttpResponse<?> agedBalance(HttpRequest<?> request,
            @Parameter(description = AS_OF) @QueryValue @Nullable String asOf) {
        ViewReportsUseCase.AgedBalance report = reports.agedBalance(day(request, "asOf", asOf, Set.of("asOf")));
        return answer(request, report, ReportResponses::body, ReportResponses::csv);
    }

    @Operation(summary = "Aged balance as CSV", description = "The aged balance's figures, a header row first.")
    @ApiResponse(responseCode = "200", description = "the figures as CSV", content = @Content(mediaType = CSV,
            schema = @Schema(type = "string", format = "binary")))
    @Get("/aged-balance.csv{?asOf}")
    @Produces(CSV)
    HttpResponse<String> agedBalanceCsv(HttpRequest<?> request,
            @Parameter(description = AS_OF) @QueryValue @Nullable String asOf) {
        return csv(ReportResponses.csv(reports.agedBalance(day(request, "asOf", asOf, Set.of("asOf")))));
    }

    @Operation(summary = "What each step recovers", description = "Unpaid claims settled (paid in full) from from"
            + " to to: how many settled after each step of the ladder (before the first reminder, after the first,"
            + " the second, the formal notice, mediation), their share, and the mean and median days from opening to"
            + " settlement. JSON, or CSV with Accept: text/csv.")
    @ApiResponse(responseCode = "200", description = "the report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportResponses.RecoveryBody.class)),
            @Content(mediaType = CSV, schema = @Schema(type = "string", format = "binary"))})
    @Get("/recovery{?from,to}")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    HttpResponse<?> recovery(HttpRequest<?> request, @Parameter(description = FROM) @QueryValue @Nullable String from,
            @Parameter(description = TO) @QueryValue @Nullable String to) {
        return answer(request, reports.recovery(period(request, from, to)), ReportResponses::body, ReportResponses::csv);
    }

    @Operation(summary = "What each step recovers, as CSV", description = "The recovery's figures, a header row first;"
            + " the last row, step ALL, counts every settled claim and gives the days to settle.")
    @ApiResponse(responseCode = "200", description = "the figures as CSV", content = @Content(mediaType = CSV,
            schema = @Schema(type = "string", format = "binary")))
    @Get("/recovery.csv{?from,to}")
    @Produces(CSV)
    HttpResponse<String> recoveryCsv(HttpRequest<?> request, @Parameter(description = FROM) @QueryValue @Nullable String from,
            @Parameter(description = TO) @QueryValue @Nullable String to) {
        return csv(ReportResponses.csv(reports.recovery(period(request, from, to))));
    }

    @Operation(summary = "Mediation and litigation", description = "Unpaid claims in mediation on asOf, and those"
            + " gone to court by then, per currency: how many and the principal they still owe. JSON, or CSV with"
            + " Accept: text/csv.")
    @ApiResponse(responseCode = "200", description = "the report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportResponses.StagesBody.class)),
            @Content(mediaType = CSV, schema = @Schema(type = "string", format = "binary"))})
    @Get("/mediation-litigation{?asOf}")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    HttpResponse<?> mediationLitigation(HttpRequest<?> request,
            @Parameter(description = AS_OF) @QueryValue @Nullable String asOf) {
        return answer(request, reports.mediationAndLitigation(day(request, "asOf", asOf, Set.of("asOf"))),
                ReportResponses::body, ReportResponses::csv);
    }

    @Operation(summary = "Mediation and litigation as CSV", description = "The report's figures, a header row first.")
    @ApiResponse(responseCode = "200", description = "the figures as CSV", content = @Content(mediaType = CSV,
            schema = @Schema(type = "string", format = "binary")))
    @Get("/mediation-litigation.csv{?asOf}")
    @Produces(CSV)
    HttpResponse<String> mediationLitigationCsv(HttpRequest<?> request,
            @Parameter(description = AS_OF) @QueryValue @Nullable String asOf) {
        return csv(ReportResponses.csv(reports.mediationAndLitigation(day(request, "asOf", asOf, Set.of("asOf")))));
    }

    @Operation(summary = "Grievance deadlines", description = "Grievances whose remedy was delivered from from to"
            + " to: how many by the agreed deadline, how many after it, and the share on time. JSON, or CSV with"
            + " Accept: text/csv.")
    @ApiResponse(responseCode = "200", description = "the report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportResponses.GrievancesBody.class)),
            @Content(mediaType = CSV, schema = @Schema(type = "string", format = "binary"))})
    @Get("/grievances{?from,to}")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    HttpResponse<?> grievances(HttpRequest<?> request, @Parameter(description = FROM) @QueryValue @Nullable String from,
            @Parameter(description = TO) @QueryValue @Nullable String to) {
        return answer(request, reports.grievanceDeadlines(period(request, from, to)), ReportResponses::body,
                ReportResponses::csv);
    }

    @Operation(summary = "Grievance deadlines as CSV", description = "The report's figures, a header row first.")
    @ApiResponse(responseCode = "200", description = "the figures as CSV", content = @Content(mediaType = CSV,
            schema = @Schema(type = "string", format = "binary")))
    @Get("/grievances.csv{?from,to}")
    @Produces(CSV)
    HttpResponse<String> grievancesCsv(HttpRequest<?> request, @Parameter(description = FROM) @QueryValue @Nullable String from,
            @Parameter(description = TO) @QueryValue @Nullable String to) {
        return csv(ReportResponses.csv(reports.grievanceDeadlines(period(request, from, to))));
    }

    /** JSON, unless the client asks for CSV and not JSON. */
    private static <R> HttpResponse<?> answer(HttpRequest<?> request, R report, Function<R, ?> json,
            Function<R, String> csv) {
        Collection<MediaType> accepted = request.accept();
        boolean wantsCsv = accepted.stream().anyMatch(type -> type.getName().equals(CSV))
                && accepted.stream().noneMatch(type -> type.matches(MediaType.APPLICATION_JSON_TYPE));
        return wantsCsv ? csv(csv.apply(report)) : HttpResponse.ok(json.apply(report))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static HttpResponse<String> csv(String body) {
        return HttpResponse.ok(body).contentType(CSV_UTF8);
    }

    private ViewReportsUseCase.Period period(HttpRequest<?> request, String from, String to) {
        Set<String> parameters = Set.of("from", "to");
        LocalDate last = day(request, "to", to, parameters);
        LocalDate first = from == null ? last.minusDays(29) : day(request, "from", from, parameters);
        return new ViewReportsUseCase.Period(first, last);
    }

    /** The date given as {@code name}, or today; refuses a malformed date and any parameter the report does not take. */
    private LocalDate day(HttpRequest<?> request, String name, String value, Set<String> parameters) {
        for (String given : request.getParameters().names()) {
            if (!parameters.contains(given)) {
                throw new InvalidRequestException(given, given + " is not a parameter of this report; it takes "
                        + String.join(", ", parameters.stream().sorted().toList()));
            }
            if (request.getParameters().getAll(given).size() > 1) {
                throw new InvalidRequestException(given, given + " is given more than once; give it once");
            }
        }
        if (value == null) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name, name + " must be a date as 2026-03-31");
        }
    }
}
