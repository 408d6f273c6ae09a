package org.amicable.dispute.adapter.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.model.LetterReview;
import org.amicable.dispute.domain.port.in.ApproveLetterUseCase;
import org.amicable.dispute.domain.port.in.HoldLetterUseCase;
import org.amicable.dispute.domain.port.in.ListLettersAwaitingReviewUseCase;
import org.amicable.dispute.adapter.web.port.Roles;

/**
 * The letters that wait for a manager's review before they go out, and the manager's decisions:
 * approve (the letter goes out with the next dispatch) or hold, with a reason (it stays unsent).
 */
// Use cases block on the database: they run on the I/O pool, never on Netty's event loop.
@ExecuteOn(TaskExecutors.IO)
@Controller
@Tag(name = "letters")
@ApiErrors
class ReviewController {

    private final ListLettersAwaitingReviewUseCase awaiting;
    private final ApproveLetterUseCase approve;
    private final HoldLetterUseCase hold;
    private final Changes changes;

    ReviewController(ListLettersAwaitingReviewUseCase awaiting, ApproveLetterUseCase approve, HoldLetterUseCase hold,
            Changes changes) {
        this.awaiting = awaiting;
        this.approve = approve;
        this.hold = hold;
        this.changes = changes;
    }

    @Operation(summary = "The letters waiting for a manager's review",
            description = "Letters of the kinds configured for review (amicable.review.kinds), issued but not sent: "
                    + "awaiting review, or held with a reason, in the order they were issued. Each one's PDF is readable "
                    + "through its preview route; it is not a letter as sent.")
    @Get("/letters/awaiting-review{?offset,limit}")
    @Secured({Roles.MANAGER, Roles.COLLECTOR, Roles.AUDITOR})
    ReviewQueue awaitingReview(@QueryValue @Nullable @Min(0) Integer offset,
            @QueryValue @Nullable @Min(1) @Max(ListLettersAwaitingReviewUseCase.MAX_LIMIT) Integer limit) {
        ListLettersAwaitingReviewUseCase.Page page = awaiting.listLettersAwaitingReview(offset == null ? 0 : offset,
                limit == null ? 50 : limit);
        return new ReviewQueue(page.letters().stream().map(ReviewController::item).toList(), page.total(),
                page.offset(), page.limit());
    }

    @Operation(summary = "Approve a letter waiting for review: it goes out with the next dispatch",
            description = "Manager only. A letter that goes out with others as one letter to the customer is approved "
                    + "with them, each on its own dispute. 409 when the letter does not wait for review.")
    @Post("/disputes/{id}/letters/{letterId}/approve")
    @Answers.Changed
    @Secured(Roles.MANAGER)
    @ChangeErrors
    MutableHttpResponse<Responses.Dispute> approve(HttpRequest<?> request, @PathVariable String id,
            @PathVariable String letterId,
            @Header(HttpHeaders.IF_MATCH) @Nullable @Parameter(description = ApiHeaders.IF_MATCH) String ifMatch,
            @Header(IdempotentRequests.HEADER) @Nullable @Parameter(description = ApiHeaders.IDEMPOTENCY_KEY)
            String idempotencyKey, @Body @Valid Approval body) {
        return changes.change(request, idempotencyKey, body, () -> approve.approveLetter(new ApproveLetterUseCase.Command(
                Mapping.disputeId(id), ETags.expectedVersion(ifMatch), Mapping.letterId(id, letterId))));
    }

    @Operation(summary = "Hold a letter waiting for review, saying why: it stays unsent",
            description = "Manager only. The step of the ladder the letter belongs to waits until it is approved. A "
                    + "letter that goes out with others as one letter to the customer is held with them. 409 when the "
                    + "letter is not awaiting review (held already, approved, or never reviewed).")
    @Post("/disputes/{id}/letters/{letterId}/hold")
    @Answers.Changed
    @Secured(Roles.MANAGER)
    @ChangeErrors
    MutableHttpResponse<Responses.Dispute> hold(HttpRequest<?> request, @PathVariable String id,
            @PathVariable String letterId,
            @Header(HttpHeaders.IF_MATCH) @Nullable @Parameter(description = ApiHeaders.IF_MATCH) String ifMatch,
            @Header(IdempotentRequests.HEADER) @Nullable @Parameter(description = ApiHeaders.IDEMPOTENCY_KEY)
            String idempotencyKey, @Body @Valid Hold body) {
        return changes.change(request, idempotencyKey, body, () -> hold.holdLetter(new HoldLetterUseCase.Command(
                Mapping.disputeId(id), ETags.expectedVersion(ifMatch), Mapping.letterId(id, letterId), body.reason())));
    }

    private static ReviewItem item(ListLettersAwaitingReviewUseCase.LetterToReview waiting) {
        String dispute = waiting.letter().disputeId().toString();
        String letter = waiting.letter().id().toString();
        return new ReviewItem(dispute, letter, waiting.letter().kind(), waiting.letter().recipient().reference(),
                waiting.letter().recipient().name(), waiting.letter().issuedOn(),
                waiting.amount().map(Mapping::money).orElse(null), waiting.review().stage(),
                waiting.review().heldBecause().orElse(null), waiting.disputeState(), waiting.disputeClosed(),
                "/disputes/" + dispute + "/letters/" + letter + "/preview.pdf");
    }

    /** A manager's approval: nothing to say but the approval itself, an empty object. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "ApproveLetterRequest", description = "An empty object: {}")
    record Approval() {
    }

    /** Why a manager holds a letter. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "HoldLetterRequest")
    record Hold(@NotBlank @Size(max = 500) String reason) {
    }

    /** A page of the letters waiting for review. */
    @Serdeable
    @Schema(name = "ReviewQueue")
    record ReviewQueue(List<ReviewItem> letters, long total, int offset, int limit) {
    }

    /** A letter waiting for review. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LetterAwaitingReview")
    record ReviewItem(String dispute, String letter, LetterKind kind, String customerReference, String customerName,
            LocalDate issuedOn, @Nullable Json.Money amount, LetterReview.Stage review, @Nullable String heldBecause,
            String disputeState, boolean disputeClosed,
            @Schema(description = "the letter's PDF, rendered again now: not a letter as sent") String preview) {
    }
}
