package org.amicable.dispute.adapter.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterId;
import org.amicable.dispute.domain.model.PostalAddress;
import org.amicable.dispute.domain.model.Timeline;
import org.amicable.dispute.domain.port.in.AttachScanUseCase;
import org.amicable.dispute.domain.port.in.CorrectContactDetailsUseCase;
import org.amicable.dispute.domain.port.in.DispatchLettersUseCase;
import org.amicable.dispute.domain.port.in.RecordAcknowledgmentUseCase;
import org.amicable.dispute.domain.port.in.RecordLetterReturnUseCase;
import org.amicable.dispute.domain.port.in.RecordLetterTrackingUseCase;
import org.amicable.dispute.domain.port.in.SentDocument;
import org.amicable.dispute.domain.port.in.ViewDisputesUseCase;
import org.amicable.dispute.domain.model.RenderedLetter;

import java.util.List;
import java.util.Optional;
import org.amicable.dispute.adapter.web.port.Roles;

/** A dispute's letters, their documents, and the delivery facts that come back; the dispatch of the outbox. */
// Use cases block on the database: they run on the I/O pool, never on Netty's event loop.
@ExecuteOn(TaskExecutors.IO)
@Controller
@Tag(name = "letters")
@ApiErrors
class LetterController {

    static final String APPLICATION_PDF = "application/pdf";
    static final String MESSAGE_RFC822 = "message/rfc822";
    static final String CONTENT_SHA256 = "X-Content-SHA256";
    static final String PREVIEW = "X-Preview";
    static final String IMAGE_PNG = "image/png";
    static final String IMAGE_JPEG = "image/jpeg";

    private final ViewDisputesUseCase view;
    private final RecordLetterTrackingUseCase recordTracking;
    private final RecordAcknowledgmentUseCase recordAcknowledgment;
    private final DispatchLettersUseCase dispatchLetters;
    private final RecordLetterReturnUseCase recordReturn;
    private final CorrectContactDetailsUseCase correctContactDetails;
    private final AttachScanUseCase attachScan;
    private final Changes changes;

    LetterController(ViewDisputesUseCase view, RecordLetterTrackingUseCase recordTracking,
            RecordAcknowledgmentUseCase recordAcknowledgment, DispatchLettersUseCase dispatchLetters,
            RecordLetterReturnUseCase recordReturn, CorrectContactDetailsUseCase correctContactDetails,
            AttachScanUseCase attachScan, Changes changes) {
        this.view = view;
        this.attachScan = attachScan;
        this.recordReturn = recordReturn;
        this.correctContactDetails = correctContactDetails;
        this.recordTracking = recordTracking;
        this.recordAcknowledgment = recordAcknowledgment;
        this.dispatchLetters = dispatchLetters;
        this.changes = changes;
    }

    @Operation(summary = "A dispute's letters, in the order issued")
    @Get("/disputes/{id}/letters")
    @Secured({Roles.INTEGRATION, Roles.MANAGER, Roles.COLLECTOR, Roles.AUDITOR})
    List<Responses.Letter> letters(@PathVariable String id) {
        return view.view(Mapping.disputeId(id)).letters().stream().map(Mapping::letter).toList();
    }

    @Operation(summary = "One letter, with its hash, tracking number and acknowledgment")
    @Get("/disputes/{id}/letters/{letterId}")
    @Secured({Roles.INTEGRATION, Roles.MANAGER, Roles.COLLECTOR, Roles.AUDITOR})
    Responses.Letter letter(@PathVariable String id, @PathVariable String letterId) {
        DisputeId dispute = Mapping.disputeId(id);
        LetterId letter = Mapping.letterId(id, letterId);
        return Mapping.letter(view.letter(dispute, letter), view.delivery(dispute, letter));
    }

    @Operation(summary = "The letters in trouble",
            description = "Letters that failed for good, and letters waiting for another attempt after a failure, oldest "
                    + "first, each with its attempts, the mail server's last reason and the next attempt.")
    @Get("/letters/troubled{?limit}")
    @Secured({Roles.MANAGER, Roles.AUDITOR})
    List<Responses.Delivery> troubled(@QueryValue @Nullable @Min(1) @Max(500) Integer limit) {
        return view.troubledLetters(limit == null ? 100 : limit).stream().map(Mapping::delivery).toList();
    }

    @Operation(summary = "One letter's document (PDF), exactly as it went out",
            description = "The bytes kept when the letter was sent, checked against the SHA-256 its timeline recorded "
                    + "(X-Content-SHA256). A letter not sent yet has only a preview. Bytes that no longer match are never "
                    + "served: the answer is an evidence-altered problem naming the letter.")
    @Get(value = "/disputes/{id}/letters/{letterId}/pdf", produces = APPLICATION_PDF)
    @Documents.SentPdf
    @Secured({Roles.INTEGRATION, Roles.MANAGER, Roles.COLLECTOR, Roles.AUDITOR})
    HttpResponse<byte[]> pdf(@PathVariable String id, @PathVariable String letterId) {
        SentDocument sent = view.sentDocument(Mapping.disputeId(id), Mapping.letterId(id, letterId));
        return HttpResponse.ok(sent.document().content()).contentType(APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"letter-" + sent.letter().id() + ".pdf\"")
                .header(CONTENT_SHA256, sent.document().sha256());
    }

    @Operation(summary = "One letter's email, exactly as it went out (message/rfc822)",
            description = "The MIME message kept when the letter was sent by email, checked like the PDF.")
    @Get(value = "/disputes/{id}/letters/{letterId}/email", produces = MESSAGE_RFC822)
    @Documents.SentEmail
    @Secured({Roles.INTEGRATION, Roles.MANAGER, Roles.COLLECTOR, Roles.AUDITOR})
    HttpResponse<byte[]> email(@PathVariable String id, @PathVariable String letterId) {
        SentDocument sent = view.sentEmail(Mapping.disputeId(id), Mapping.letterId(id, letterId));
        return HttpResponse.ok(sent.document().content()).contentType(MESSAGE_RFC822)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"letter-" + sent.letter().id() + ".eml\"")
                .header(CONTENT_SHA256, sent.document().sha256());
    }

    @Operation(summary = "A PREVIEW of one letter's document (PDF), rendered again now",
            description = "Rendered from the letter's facts with today's templates and fonts: NOT the letter as sent, "
                    + "and not evidence of it (see .../pdf). Marked by the X-Preview header and a preview- file name.")
    @Get(value = "/disputes/{id}/letters/{letterId}/preview.pdf", produces = APPLICATION_PDF)
    @Documents.PreviewPdf
    @Secured({Roles.INTEGRATION, Roles.MANAGER, Roles.COLLECTOR, Roles.AUDITOR})
    HttpResponse<byte[]> preview(@PathVariable String id, @PathVariable String letterId) {
        RenderedLetter rendered = view.preview(Mapping.disputeId(id), Mapping.letterId(id, letterId));
        Letter letter = rendered.letter();
        return HttpResponse.ok(rendered.document()).contentType(APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"preview-" + letter.id() + ".pdf\"")
                .header(PREVIEW, "rendered again now; not the letter as sent");
    }

    @Operation(summary = "Record a registered letter's tracking number")
    @Post("/disputes/{id}/letters/{letterId}/tracking")
    @Answers.Changed
    @Secured(Roles.MANAGER)
    @ChangeErrors
    MutableHttpResponse<Responses.Dispute> tracking(HttpRequest<?> request, @PathVariable String id,
            @PathVariable String letterId,
            @Header(HttpHeaders.IF_MATCH) @Nullable @Parameter(description = ApiHeaders.IF_MATCH) String ifMatch,
            @Header(IdempotentRequests.HEADER) @Nullable @Parameter(description = ApiHeaders.IDEMPOTENCY_KEY)
            String idempotencyKey, @Body @Valid Requests.Tracking body) {
        return changes.change(request, idempotencyKey, body, () -> recordTracking.recordLetterTracking(
                new RecordLetterTrackingUseCase.Command(Mapping.disputeId(id), ETags.expectedVersion(ifMatch),
                        Mapping.letterId(id, letterId), body.trackingNumber())));
    }

    @Operation(summary = "Record the day a registered letter's acknowledgment of receipt was signed")
    @Post("/disputes/{id}/letters/{letterId}/acknowledgment")
    @Answers.Changed
    @Secured(Roles.MANAGER)
    @ChangeErrors
    MutableHttpResponse<Responses.Dispute> acknowledgment(HttpRequest<?> request, @PathVariable String id,
            @PathVariable String letterId,
            @Header(HttpHeaders.IF_MATCH) @Nullable @Parameter(description = ApiHeaders.IF_MATCH) String ifMatch,
            @Header(IdempotentRequests.HEADER) @Nullable @Parameter(description = ApiHeaders.IDEMPOTENCY_KEY)
            String idempotencyKey,
            @Body @Valid Requests.Acknowledgment body) {
        return changes.change(request, idempotencyKey, body, () -> recordAcknowledgment.recordAcknowledgment(
                new RecordAcknowledgmentUseCase.Command(Mapping.disputeId(id), ETags.expectedVersion(ifMatch),
                        Mapping.letterId(id, letterId), body.deliveredOn())));
    }

    @Operation(summary = "Record that a registered letter came back undelivered",
            description = "UNCLAIMED (pli avisé et non réclamé) or REFUSED: the letter takes effect from its first "
                    + "presentation, and deadlines run from it. ADDRESSEE_UNKNOWN (NPAI): it reached nobody; the ladder "
                    + "holds until the customer's address is corrected, and the letter is then sent again.")
    @Post("/disputes/{id}/letters/{letterId}/return")
    @Answers.Changed
    @Secured(Roles.MANAGER)
    @ChangeErrors
    MutableHttpResponse<Responses.Dispute> letterReturn(HttpRequest<?> request, @PathVariable String id,
            @PathVariable String letterId,
            @Header(HttpHeaders.IF_MATCH) @Nullable @Parameter(description = ApiHeaders.IF_MATCH) String ifMatch,
            @Header(IdempotentRequests.HEADER) @Nullable @Parameter(description = ApiHeaders.IDEMPOTENCY_KEY)
            String idempotencyKey, @Body @Valid Requests.LetterReturn body) {
        return changes.change(request, idempotencyKey, body, () -> recordReturn.recordLetterReturn(
                new RecordLetterReturnUseCase.Command(Mapping.disputeId(id), ETags.expectedVersion(ifMatch),
                        Mapping.letterId(id, letterId), body.reason(), Optional.ofNullable(body.firstPresentedOn()),
                        body.returnedOn())));
    }

    @Operation(summary = "Attach the scan of a registered letter's AR card or returned envelope",
            description = "The body is the scan itself: a PDF, PNG or JPEG (checked by its content, whatever the "
                    + "Content-Type says), at most 5 MB, once the letter's delivery or return is recorded. It is kept by its "
                    + "SHA-256 with the entry that records it.")
    @Put(value = "/disputes/{id}/letters/{letterId}/scan",
            consumes = {APPLICATION_PDF, IMAGE_PNG, IMAGE_JPEG, MediaType.APPLICATION_OCTET_STREAM})
    @Documents.ScanUpload
    @Answers.Changed
    @Secured(Roles.MANAGER)
    @ChangeErrors
    MutableHttpResponse<Responses.Dispute> scan(HttpRequest<?> request, @PathVariable String id,
            @PathVariable String letterId,
            @Header(HttpHeaders.IF_MATCH) @Nullable @Parameter(description = ApiHeaders.IF_MATCH) String ifMatch,
            @Header(IdempotentRequests.HEADER) @Nullable @Parameter(description = ApiHeaders.IDEMPOTENCY_KEY)
            String idempotencyKey, @Body @Schema(type = "string", format = "binary") byte[] body) {
        return changes.change(request, idempotencyKey, Timeline.sha256Hex(body), () -> attachScan.attachScan(
                new AttachScanUseCase.Command(Mapping.disputeId(id), ETags.expectedVersion(ifMatch),
                        Mapping.letterId(id, letterId), body)));
    }

    @Operation(summary = "The scan kept for a registered letter's outcome, exactly as attached",
            description = "Checked against the SHA-256 its timeline recorded (X-Content-SHA256), like the letters.")
    @Get(value = "/disputes/{id}/letters/{letterId}/scan", produces = {APPLICATION_PDF, IMAGE_PNG, IMAGE_JPEG})
    @Documents.Scan
    @Secured({Roles.MANAGER, Roles.AUDITOR})
    HttpResponse<byte[]> scan(@PathVariable String id, @PathVariable String letterId) {
        SentDocument scan = view.scan(Mapping.disputeId(id), Mapping.letterId(id, letterId));
        return HttpResponse.ok(scan.document().content()).contentType(scan.document().mediaType())
                .header(CONTENT_SHA256, scan.document().sha256());
    }

    @Operation(summary = "Correct the customer's address, email and phone",
            description = "An entry of its own: later letters use the corrected details, earlier letters stay as sent. "
                    + "A letter returned addressee unknown (NPAI) is sent again to the corrected address.")
    @Post("/disputes/{id}/contact-details")
    @Answers.Changed
    @Secured({Roles.INTEGRATION, Roles.MANAGER})
    @ChangeErrors
    MutableHttpResponse<Responses.Dispute> contactDetails(HttpRequest<?> request, @PathVariable String id,
            @Header(HttpHeaders.IF_MATCH) @Nullable @Parameter(description = ApiHeaders.IF_MATCH) String ifMatch,
            @Header(IdempotentRequests.HEADER) @Nullable @Parameter(description = ApiHeaders.IDEMPOTENCY_KEY)
            String idempotencyKey, @Body @Valid Requests.ContactDetails body) {
        return changes.change(request, idempotencyKey, body, () -> {
            PostalAddress address = new PostalAddress(body.address().lines(), body.address().postalCode(),
                    body.address().city(), body.address().country());
            return correctContactDetails.correctContactDetails(new CorrectContactDetailsUseCase.Command(
                    Mapping.disputeId(id), ETags.expectedVersion(ifMatch), address, Optional.ofNullable(body.email()),
                    Optional.ofNullable(body.phone())));
        });
    }

    @Operation(summary = "Send the letters waiting in the outbox", description = "Normally the application's scheduler does it.")
    @Post("/letters/dispatch")
    @Answers.Dispatched
    @Secured(Roles.MANAGER)
    @ChangeErrors
    MutableHttpResponse<Responses.DispatchReport> dispatch(HttpRequest<?> request,
            @Header(IdempotentRequests.HEADER) @Nullable @Parameter(description = ApiHeaders.IDEMPOTENCY_KEY)
            String idempotencyKey, @Body @Valid Requests.Dispatch body) {
        return changes.runInSteps(request, idempotencyKey, body, Responses.DispatchReport.class, () -> {
            DispatchLettersUseCase.DispatchReport report = dispatchLetters.dispatchLetters(body.max());
            return new Responses.DispatchReport(report.sent(), report.retrying(), report.failed(), report.leaseLost());
        });
    }
}
