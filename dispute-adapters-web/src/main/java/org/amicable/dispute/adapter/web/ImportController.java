package org.amicable.dispute.adapter.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.PreDestroy;
import org.amicable.dispute.domain.model.Timeline;
import org.amicable.dispute.domain.port.in.ImportOutcome;
import org.amicable.dispute.domain.port.in.ImportPaymentsUseCase;
import org.amicable.dispute.domain.port.in.ImportUnpaidClaimsUseCase;
import org.amicable.dispute.domain.port.in.OpenUnpaidClaimUseCase;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.amicable.dispute.adapter.web.port.Roles;

/**
 * Bulk imports from an ERP: unpaid claims and payments, as CSV or a JSON array. The file is read and
 * checked whole first (UTF-8, known columns, at most the row limit); its rows are then imported in
 * chunks, one transaction each, in the background. The answer waits a few seconds for the report; a
 * longer import answers 202 and its report is read at {@code /imports/{id}} as it progresses.
 */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/imports")
@Tag(name = "imports")
@ApiErrors
class ImportController {

    static final String CSV = "text/csv";

    /** The answers of an import, and the file it takes, for the OpenAPI document. */
    @java.lang.annotation.Documented
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            description = "the rows: a CSV file (UTF-8, a header line naming the columns) or a JSON array of objects",
            content = {
                @io.swagger.v3.oas.annotations.media.Content(mediaType = CSV,
                        schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")),
                @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                        schema = @io.swagger.v3.oas.annotations.media.Schema(type = "array"))})
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "the import's report, done",
            headers = {
                @io.swagger.v3.oas.annotations.headers.Header(name = "Location", description = READ_AT,
                        schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "uri-reference")),
                @io.swagger.v3.oas.annotations.headers.Header(name = IdempotentRequests.REPLAYED,
                        description = ApiHeaders.REPLAYED, schema = @io.swagger.v3.oas.annotations.media.Schema(
                                type = "string", allowableValues = "true"))},
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ImportRun.Report.class)))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "202",
            description = "the import's report so far: it runs on; follow Location",
            headers = {
                @io.swagger.v3.oas.annotations.headers.Header(name = "Location", description = READ_AT,
                        schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "uri-reference")),
                @io.swagger.v3.oas.annotations.headers.Header(name = IdempotentRequests.REPLAYED,
                        description = ApiHeaders.REPLAYED, schema = @io.swagger.v3.oas.annotations.media.Schema(
                                type = "string", allowableValues = "true"))},
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ImportRun.Report.class)))
    @interface Imported {
    }

    static final String READ_AT = "Where the import's report is read as it progresses: /imports/{id}.";


    private final ImportUnpaidClaimsUseCase importClaims;
    private final ImportPaymentsUseCase importPayments;
    private final IdempotentRequests idempotency;
    private final JsonMapper json;
    private final Problems problems;
    private final int maxRows;
    private final int chunk;
    private final Duration wait;
    // One import at a time per instance: the others queue, and the database is not flooded.
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "import");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, ImportRun> runs = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, ImportRun> eldest) {
                    return size() > 200;
                }
            });

    ImportController(ImportUnpaidClaimsUseCase importClaims, ImportPaymentsUseCase importPayments,
            IdempotentRequests idempotency, JsonMapper json,
            Problems problems, @Value("${amicable.imports.max-rows:100000}") int maxRows,
            @Value("${amicable.imports.chunk:500}") int chunk, @Value("${amicable.imports.wait:10s}") Duration wait) {
        this.importClaims = importClaims;
        this.importPayments = importPayments;
        this.idempotency = idempotency;
        this.json = json;
        this.problems = problems;
        this.maxRows = maxRows;
        this.chunk = chunk;
        this.wait = wait;
    }

    @Operation(summary = "Import unpaid claims", description = "CSV (text/csv, UTF-8, header line) or a JSON array of"
            + " objects, with the columns customer_reference, name, kind, email, phone, language, address, postal_code,"
            + " city, country, invoice_number, issue_date, due_date, amount, currency, contract_rate. An invoice that"
            + " already has an open claim is reported, not opened again; a refused row opens nothing. 200 with the"
            + " report, or 202 while it runs (Location: the report).")
    @Post(value = "/unpaid-claims", consumes = {MediaType.APPLICATION_JSON, CSV})
    @Secured({Roles.INTEGRATION, Roles.MANAGER})
    @ChangeErrors
    @Imported
    MutableHttpResponse<ImportRun.Report> claims(HttpRequest<?> request,
            @Header(IdempotentRequests.HEADER) @Nullable @Parameter(description = ApiHeaders.IDEMPOTENCY_KEY)
            String idempotencyKey, @Body @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")
            byte[] body) {
        return idempotency.run(request, idempotencyKey, Timeline.sha256Hex(body), ImportRun.Report.class,
                () -> start(request, body, "unpaid-claims", ImportRows.CLAIM_COLUMNS, ImportRows.CLAIM_REQUIRED,
                        ImportRows::claim, command -> command.invoice().number(), importClaims::importUnpaidClaims));
    }

    @Operation(summary = "Import payments", description = "CSV or a JSON array with the columns customer_reference"
            + " (when invoice numbers repeat across customers), invoice_number, date, amount, currency, reference. A"
            + " payment the claim already holds (same reference, date and amount) is not recorded twice.")
    @Post(value = "/payments", consumes = {MediaType.APPLICATION_JSON, CSV})
    @Secured({Roles.INTEGRATION, Roles.MANAGER})
    @ChangeErrors
    @Imported
    MutableHttpResponse<ImportRun.Report> payments(HttpRequest<?> request,
            @Header(IdempotentRequests.HEADER) @Nullable @Parameter(description = ApiHeaders.IDEMPOTENCY_KEY)
            String idempotencyKey, @Body @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")
            byte[] body) {
        return idempotency.run(request, idempotencyKey, Timeline.sha256Hex(body), ImportRun.Report.class,
                () -> start(request, body, "payments", ImportRows.PAYMENT_COLUMNS, ImportRows.PAYMENT_REQUIRED,
                        ImportRows::payment, ImportPaymentsUseCase.Row::invoiceNumber, importPayments::importPayments));
    }

    @Operation(summary = "Read an import's report", description = "As far as it got while it runs.")
    @Get("/{id}")
    @Secured({Roles.INTEGRATION, Roles.MANAGER, Roles.AUDITOR})
    MutableHttpResponse<?> status(HttpRequest<?> request, @PathVariable String id) {
        ImportRun run = runs.get(id);
        if (run == null) {
            return problems.response(request, HttpStatus.NOT_FOUND, "no import " + id + " on this instance", List.of());
        }
        return HttpResponse.ok(run.report());
    }

    private <T> MutableHttpResponse<ImportRun.Report> start(HttpRequest<?> request, @Nullable byte[] body, String kind,
            Set<String> columns, Set<String> required, Function<Map<String, String>, ImportRows.Read<T>> read,
            Function<T, String> invoiceOf, Function<List<T>, List<ImportOutcome>> importer) {
        boolean csv = request.getContentType().map(type -> type.getName().equalsIgnoreCase(CSV)).orElse(false);
        List<Map<String, String>> rows = ImportFile.rows(body == null ? new byte[0] : body, csv, columns, required,
                maxRows, json);
        ImportRun run = new ImportRun(kind, rows.size());
        runs.put(run.id().toString(), run);
        runner.execute(() -> run(run, rows, read, invoiceOf, importer));
        try {
            run.await(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ImportRun.Report report = run.report();
        MutableHttpResponse<ImportRun.Report> response = run.isFinished() ? HttpResponse.ok(report)
                : HttpResponse.accepted().body(report);
        return response.header(HttpHeaders.LOCATION, URI.create(run.location()).toString());
    }

    private <T> void run(ImportRun run, List<Map<String, String>> rows,
            Function<Map<String, String>, ImportRows.Read<T>> read, Function<T, String> invoiceOf,
            Function<List<T>, List<ImportOutcome>> importer) {
        try {
            for (int from = 0; from < rows.size(); from += chunk) {
                List<T> commands = new ArrayList<>();
                List<Integer> numbers = new ArrayList<>();
                for (int i = from; i < Math.min(rows.size(), from + chunk); i++) {
                    ImportRows.Read<T> row = read.apply(rows.get(i));
                    if (row.refused().isPresent()) {
                        run.record(i + 1, Optional.ofNullable(rows.get(i).get("invoice_number")).orElse(""),
                                row.refused().get());
                    } else {
                        commands.add(row.command().orElseThrow());
                        numbers.add(i + 1);
                    }
                }
                List<ImportOutcome> outcomes = commands.isEmpty() ? List.of() : importer.apply(commands);
                for (int i = 0; i < outcomes.size(); i++) {
                    run.record(numbers.get(i), invoiceOf.apply(commands.get(i)), outcomes.get(i));
                }
            }
            run.done();
        } catch (RuntimeException e) {
            run.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** A file of more rows than allowed: 413, and the Idempotency-Key stays free for a smaller file. */
    @jakarta.inject.Singleton
    static final class TooManyRowsHandler implements io.micronaut.http.server.exceptions.ExceptionHandler<
            ImportFile.TooManyRows, HttpResponse<?>> {

        private final Problems problems;

        TooManyRowsHandler(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ImportFile.TooManyRows exception) {
            return problems.response(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, exception.getMessage(), List.of());
        }
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}
