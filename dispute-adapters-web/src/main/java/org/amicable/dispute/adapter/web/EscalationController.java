package org.amicable.dispute.adapter.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.amicable.dispute.domain.port.in.PreviewEscalationUseCase;
import org.amicable.dispute.domain.port.in.RunEscalationUseCase;

import java.time.LocalDate;
import org.amicable.dispute.adapter.web.port.Roles;

/** The escalation: what it would do for a date, and running it (never for a date after today). */
// Use cases block on the database: they run on the I/O pool, never on Netty's event loop.
@ExecuteOn(TaskExecutors.IO)
@Controller("/escalation")
@Tag(name = "escalation")
@ApiErrors
class EscalationController {

    private final PreviewEscalationUseCase preview;
    private final RunEscalationUseCase run;
    private final Changes changes;

    EscalationController(PreviewEscalationUseCase preview, RunEscalationUseCase run, Changes changes) {
        this.preview = preview;
        this.run = run;
        this.changes = changes;
    }

    @Operation(summary = "Preview the escalation for a date", description = "Stores nothing; any date, past or future.")
    @Get("/preview")
    @Secured({Roles.MANAGER, Roles.AUDITOR})
    Responses.EscalationReport preview(@QueryValue LocalDate date) {
        return Mapping.report(preview.previewEscalation(date));
    }

    @Operation(summary = "Run the escalation for a date", description = "Never for a date after today.")
    @Post("/runs")
    @Answers.Escalated
    @Secured(Roles.MANAGER)
    @ChangeErrors
    MutableHttpResponse<Responses.EscalationReport> run(HttpRequest<?> request,
            @Header(IdempotentRequests.HEADER) @Nullable @Parameter(description = ApiHeaders.IDEMPOTENCY_KEY)
            String idempotencyKey,
            @Body @Valid Requests.EscalationRun body) {
        return changes.runInSteps(request, idempotencyKey, body, Responses.EscalationReport.class,
                () -> Mapping.report(run.runEscalation(body.date())));
    }
}
