package org.amicable.dispute.adapter.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.Track;
import org.amicable.dispute.domain.port.in.Assignee;
import org.amicable.dispute.domain.port.in.OpenGrievanceUseCase;
import org.amicable.dispute.domain.port.in.OpenUnpaidClaimUseCase;
import org.amicable.dispute.domain.port.in.ViewDisputesUseCase;
import org.amicable.dispute.domain.port.in.DisputeQuery;
import org.amicable.dispute.domain.port.in.DisputeSummary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.amicable.dispute.adapter.web.port.Roles;

/** Opening disputes, and reading them: list, one dispute, its timeline, its evidence file. */
// Use cases block on the database: they run on the I/O pool, never on Netty's event loop.
@ExecuteOn(TaskExecutors.IO)
@Controller("/disputes")
@Tag(name = "disputes")
@ApiErrors
class DisputeController {

    /** The {@code assignee} of a list that asks for the disputes nobody was assigned. */
    static final String UNASSIGNED = "unassigned";
    /** The {@code assignee} of a list that asks for the signed-in person's disputes. */
    static final String MINE = "mine";

    private final OpenUnpaidClaimUseCase openUnpaidClaim;
    private final OpenGrievanceUseCase openGrievance;
    private final ViewDisputesUseCase view;
    private final Changes changes;

    DisputeController(OpenUnpaidClaimUseCase openUnpaidClaim, OpenGrievanceUseCase openGrievance,
            ViewDisputesUseCase view, Changes changes) {
        this.openUnpaidClaim = openUnpaidClaim;
        this.openGrievance = openGrievance;
        this.view = view;
        this.changes = changes;
    }

    @Operation(summary = "Open an unpaid claim", description = "201 with Location; the escalation sends the first reminder when due."
            + " An invoice has one open claim: 409 with the open claim's Location when it already has one.")
    @Post("/unpaid-claims")
    @Answers.Opened
    // The answer is 201 either way; this tells the OpenAPI document that 200 is not one of them.
    @Status(HttpStatus.CREATED)
    @Secured({Roles.INTEGRATION, Roles.MANAGER})
    @ChangeErrors
    MutableHttpResponse<Responses.Dispute> openUnpaidClaim(HttpRequest<?> request,
            @Header(IdempotentRequests.HEADER) @Nullable @Parameter(description = ApiHeaders.IDEMPOTENCY_KEY)
            String idempotencyKey,
            @Body @Valid Requests.OpenUnpaidClaim body) {
        return changes.open(request, idempotencyKey, body, () -> openUnpaidClaim.openUnpaidClaim(
                new OpenUnpaidClaimUseCase.Command(Mapping.customer(body.customer()), Mapping.invoice(body.invoice()))));
    }

    @Operation(summary = "Open a grievance", description = "201 with Location; an invoice error holds the chase of its invoice."
            + " An order (its invoice) has one open grievance per cause: 409 with the open one's Location.")
    @Post("/grievances")
    @Answers.Opened
    // The answer is 201 either way; this tells the OpenAPI document that 200 is not one of them.
    @Status(HttpStatus.CREATED)
    @Secured({Roles.INTEGRATION, Roles.MANAGER})
    @ChangeErrors
    MutableHttpResponse<Responses.Dispute> openGrievance(HttpRequest<?> request,
            @Header(IdempotentRequests.HEADER) @Nullable @Parameter(description = ApiHeaders.IDEMPOTENCY_KEY)
            String idempotencyKey,
            @Body @Valid Requests.OpenGrievance body) {
        return changes.open(request, idempotencyKey, body, () -> openGrievance.openGrievance(new OpenGrievanceUseCase.Command(
                Mapping.customer(body.customer()), body.cause(), body.description(),
                Optional.ofNullable(body.invoice()).map(Mapping::invoice), body.complaintDate())));
    }

    @Operation(summary = "List disputes", description = "Filtered, in the order they were opened; pass `next` as `after` for the following page."
            + " `assignee` is a manager as assigned, `unassigned` for the disputes nobody was assigned, or `mine` for a signed-in person's.")
    @Get("{?track,state,customer,invoice,dueOnOrBefore,assignee,openOnly,after,limit}")
    @Secured({Roles.INTEGRATION, Roles.MANAGER, Roles.COLLECTOR, Roles.AUDITOR})
    Responses.Page list(@QueryValue @Nullable Track track, @QueryValue @Nullable @Size(max = 64) @Responses.DisputeState String state,
            @QueryValue @Nullable @Size(max = 64) String customer, @QueryValue @Nullable @Size(max = 64) String invoice,
            @QueryValue @Nullable LocalDate dueOnOrBefore, @QueryValue @Nullable @Size(max = 100) String assignee,
            @QueryValue @Nullable Boolean openOnly,
            @QueryValue @Nullable String after, @QueryValue @Nullable @Min(1) @Max(DisputeQuery.MAX_LIMIT) Integer limit,
            @Nullable Authentication authentication) {
        int size = limit == null ? 50 : limit;
        Optional<DisputeId> cursor = Optional.ofNullable(after).map(Mapping::cursor);
        Optional<Assignee> who = Optional.ofNullable(assignee).map(name -> assignee(name, authentication));
        java.util.function.BiFunction<Optional<DisputeId>, Integer, DisputeQuery> query = (from, count) -> new DisputeQuery(
                Optional.empty(), Optional.ofNullable(track), Optional.ofNullable(state), Optional.ofNullable(customer),
                Optional.ofNullable(invoice), Optional.ofNullable(dueOnOrBefore), Boolean.TRUE.equals(openOnly), from, count,
                who);
        // One more than asked tells whether a next page exists; a full page of the largest size asks separately.
        List<DisputeSummary> found = view.list(query.apply(cursor, Math.min(size + 1, DisputeQuery.MAX_LIMIT)));
        List<DisputeSummary> page = found.size() > size ? found.subList(0, size) : found;
        boolean more = found.size() > size || page.size() == size && size == DisputeQuery.MAX_LIMIT
                && !view.list(query.apply(Optional.of(page.get(page.size() - 1).id()), 1)).isEmpty();
        String next = more ? page.get(page.size() - 1).id().toString() : null;
        return new Responses.Page(page.stream().map(Mapping::summary).toList(), next);
    }

    /** The assignee a list asks for: a manager as assigned, {@code unassigned}, or {@code mine} for a signed-in person. */
    private static Assignee assignee(String name, @Nullable Authentication authentication) {
        String value = name.strip();
        if (value.isEmpty()) {
            throw new InvalidRequestException("assignee", "must name a manager, or be unassigned or mine");
        }
        if (value.equals(UNASSIGNED)) {
            return Assignee.nobody();
        }
        if (value.equals(MINE)) {
            return Assignee.manager(Optional.ofNullable(authentication).flatMap(SignedInPerson::of)
                    .map(SignedInPerson::login).orElseThrow(() -> new InvalidRequestException("assignee",
                            "mine needs a person signed in; an API token names the manager instead")));
        }
        return Assignee.manager(value);
    }

    @Operation(summary = "Read a dispute", description = "Its state, balance and breakdown, next step, deadlines, limitation date; ETag is its version.")
    @Get("/{id}")
    @Answers.Read
    @Secured({Roles.INTEGRATION, Roles.MANAGER, Roles.COLLECTOR, Roles.AUDITOR})
    MutableHttpResponse<Responses.Dispute> get(@PathVariable String id) {
        return Changes.ok(view.view(Mapping.disputeId(id)));
    }

    @Operation(summary = "A dispute's timeline", description = "Every entry, oldest first, with the hash chain.")
    @Get("/{id}/timeline")
    @Secured({Roles.INTEGRATION, Roles.MANAGER, Roles.COLLECTOR, Roles.AUDITOR})
    List<Responses.TimelineEntry> timeline(@PathVariable String id) {
        return view.timeline(Mapping.disputeId(id)).stream().map(Mapping::entry).toList();
    }

    @Operation(summary = "A dispute's evidence file, as JSON", description = "The timeline, letters with hashes, tracking numbers and acknowledgments, and the check of the hash chain.")
    @Get("/{id}/evidence")
    @Secured({Roles.MANAGER, Roles.AUDITOR})
    Responses.Evidence evidence(@PathVariable String id) {
        return Mapping.evidence(view.evidence(Mapping.disputeId(id)));
    }

    @Operation(summary = "A dispute's hand-over pack (ZIP)",
            description = "timeline.jsonl exactly as stored, every letter and email exactly as sent, every scan, "
                    + "README.txt saying how to verify, and SHA256SUMS over every file (sha256sum -c SHA256SUMS). "
                    + "Kept documents that no longer match their hash are never packed: evidence-altered problem.")
    @Get(value = "/{id}/evidence/pack", produces = "application/zip")
    @Documents.EvidencePack
    @Secured({Roles.MANAGER, Roles.AUDITOR})
    HttpResponse<byte[]> evidencePack(@PathVariable String id) {
        DisputeId disputeId = Mapping.disputeId(id);
        return HttpResponse.ok(EvidencePackZip.of(view.evidencePack(disputeId))).contentType("application/zip")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"evidence-pack-" + disputeId + ".zip\"");
    }

    @Operation(summary = "A dispute's evidence file, as one downloadable HTML document",
            description = "In words and in the customer's language, what the hand-over pack's dossier says: the parties, "
                    + "the sums due with their computation, the chronology with dates and authors, every letter with its "
                    + "SHA-256, and the check of the hash chain. Self-contained: no script, no external resource.")
    @Get(value = "/{id}/evidence/document", produces = MediaType.TEXT_HTML)
    @Documents.EvidenceHtml
    @Secured({Roles.MANAGER, Roles.AUDITOR})
    HttpResponse<byte[]> evidenceDocument(@PathVariable String id) {
        DisputeId disputeId = Mapping.disputeId(id);
        return HttpResponse.ok(view.evidenceDocument(disputeId).content())
                .contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8")
                // Opened from the API's origin, the page may run nothing and load nothing: its style is inline.
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"evidence-" + disputeId + ".html\"");
    }
}
