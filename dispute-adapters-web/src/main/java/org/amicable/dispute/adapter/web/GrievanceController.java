package org.amicable.dispute.adapter.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.amicable.dispute.domain.port.in.AnswerProposalUseCase;
import org.amicable.dispute.domain.port.in.AssignManagerUseCase;
import org.amicable.dispute.domain.port.in.MakeProposalUseCase;
import org.amicable.dispute.domain.port.in.RecordContactUseCase;
import org.amicable.dispute.domain.port.in.RecordResolutionUseCase;
import org.amicable.dispute.domain.port.in.ReferGrievanceToMediationUseCase;
import org.amicable.dispute.domain.port.in.WithdrawGrievanceUseCase;

import java.util.Optional;
import org.amicable.dispute.adapter.web.port.Roles;

/** What happens to a grievance: its manager, contact, proposals and answers, mediation, resolution, withdrawal. */
// Use cases block on the database: they run on the I/O pool, never on Netty's event loop.
@ExecuteOn(TaskExecutors.IO)
@Controller("/disputes/{id}")
@Tag(name = "grievances")
@ApiErrors
@ChangeErrors
@Answers.Changed
class GrievanceController {

    private final AssignManagerUseCase assignManager;
    private final RecordContactUseCase recordContact;
    private final MakeProposalUseCase makeProposal;
    private final AnswerProposalUseCase answerProposal;
    private final ReferGrievanceToMediationUseCase referToMediation;
    private final RecordResolutionUseCase recordResolution;
    private final WithdrawGrievanceUseCase withdraw;
    private final Changes changes;

    GrievanceController(AssignManagerUseCase assignManager, RecordContactUseCase recordContact,
            MakeProposalUseCase makeProposal, AnswerProposalUseCase answerProposal,
            ReferGrievanceToMediationUseCase referToMediation, RecordResolutionUseCase recordResolution,
            WithdrawGrievanceUseCase withdraw, Changes changes) {
        this.assignManager = assignManager;
        this.recordContact = recordContact;
        this.makeProposal = makeProposal;
        this.answerProposal = answerProposal;
        this.referToMediation = referToMediation;
        this.recordResolution = recordResolution;
        this.withdraw = withdraw;
        this.changes = changes;
    }

    @Operation(summary = "Assign the manager who handles the dispute",
            description = "A grievance or an unpaid claim: its tasks are then that manager's.")
    @Post("/manager")
    @Secured(Roles.MANAGER)
    MutableHttpResponse<Responses.Dispute> manager(HttpRequest<?> request, @PathVariable String id,
            @Header(HttpHeaders.IF_MATCH) @Nullable @Parameter(description = ApiHeaders.IF_MATCH) String ifMatch,
            @Header(IdempotentRequests.HEADER) @Nullable @Parameter(description = ApiHeaders.IDEMPOTENCY_KEY)
            String idempotencyKey, @Body @Valid Requests.Manager body) {
        return changes.change(request, idempotencyKey, body, () -> assignManager.assignManager(
                new AssignManagerUseCase.Command(Mapping.disputeId(id), ETags.expectedVersion(ifMatch), body.manager())));
    }

    @Operation(summary = "Record the manager's contact with the customer")
    @Post("/contacts")
    @Secured(Roles.MANAGER)
    MutableHttpResponse<Responses.Dispute> contact(HttpRequest<?> request, @PathVariable String id,
            @Header(HttpHeaders.IF_MATCH) @Nullable @Parameter(description = ApiHeaders.IF_MATCH) String ifMatch,
            @Header(IdempotentRequests.HEADER) @Nullable @Parameter(description = ApiHeaders.IDEMPOTENCY_KEY)
            String idempotencyKey, @Body @Valid Requests.Contact body) {
        return changes.change(request, idempotencyKey, body, () -> recordContact.recordContact(
                new RecordContactUseCase.Command(Mapping.disputeId(id), ETags.expectedVersion(ifMatch), body.on(),
                        body.note())));
    }

    @Operation(summary = "Make a settlement proposal", description = "The proposal letter goes to the customer.")
    @Post("/proposals")
    @Secured(Roles.MANAGER)
    MutableHttpResponse<Responses.Dispute> proposal(HttpRequest<?> request, @PathVariable String id,
            @Header(HttpHeaders.IF_MATCH) @Nullable @Parameter(description = ApiHeaders.IF_MATCH) String ifMatch,
            @Header(IdempotentRequests.HEADER) @Nullable @Parameter(description = ApiHeaders.IDEMPOTENCY_KEY)
            String idempotencyKey, @Body @Valid Requests.Proposal body) {
        return changes.change(request, idempotencyKey, body, () -> makeProposal.makeProposal(
                new MakeProposalUseCase.Command(Mapping.disputeId(id), ETags.expectedVersion(ifMatch), body.remedy(),
                        Mapping.money(Optional.ofNullable(body.amount()), "amount"), body.answerBy(), body.resolveBy(),
                        body.terms())));
    }

    @Operation(summary = "Record the customer's acceptance or rejection of the pending proposal")
    @Post("/proposals/answer")
    @Secured({Roles.INTEGRATION, Roles.MANAGER, Roles.COLLECTOR})
    MutableHttpResponse<Responses.Dispute> proposalAnswer(HttpRequest<?> request, @PathVariable String id,
            @Header(HttpHeaders.IF_MATCH) @Nullable @Parameter(description = ApiHeaders.IF_MATCH) String ifMatch,
            @Header(IdempotentRequests.HEADER) @Nullable @Parameter(description = ApiHeaders.IDEMPOTENCY_KEY)
            String idempotencyKey,
            @Body @Valid Requests.ProposalAnswer body) {
        return changes.change(request, idempotencyKey, body, () -> answerProposal.answerProposal(
                new AnswerProposalUseCase.Command(Mapping.disputeId(id), ETags.expectedVersion(ifMatch), body.on(),
                        body.accepted(), Optional.ofNullable(body.reason()))));
    }

    @Operation(summary = "Refer the grievance to a mediator")
    @Post("/mediation-referral")
    @Secured(Roles.MANAGER)
    MutableHttpResponse<Responses.Dispute> mediationReferral(HttpRequest<?> request, @PathVariable String id,
            @Header(HttpHeaders.IF_MATCH) @Nullable @Parameter(description = ApiHeaders.IF_MATCH) String ifMatch,
            @Header(IdempotentRequests.HEADER) @Nullable @Parameter(description = ApiHeaders.IDEMPOTENCY_KEY)
            String idempotencyKey,
            @Body @Valid Requests.MediationReferral body) {
        return changes.change(request, idempotencyKey, body, () -> referToMediation.referGrievanceToMediation(
                new ReferGrievanceToMediationUseCase.Command(Mapping.disputeId(id), ETags.expectedVersion(ifMatch),
                        body.on(), body.mediatorName())));
    }

    @Operation(summary = "Record that the remedy was delivered")
    @Post("/resolution")
    @Secured(Roles.MANAGER)
    MutableHttpResponse<Responses.Dispute> resolution(HttpRequest<?> request, @PathVariable String id,
            @Header(HttpHeaders.IF_MATCH) @Nullable @Parameter(description = ApiHeaders.IF_MATCH) String ifMatch,
            @Header(IdempotentRequests.HEADER) @Nullable @Parameter(description = ApiHeaders.IDEMPOTENCY_KEY)
            String idempotencyKey, @Body @Valid Requests.Resolution body) {
        return changes.change(request, idempotencyKey, body, () -> recordResolution.recordResolution(
                new RecordResolutionUseCase.Command(Mapping.disputeId(id), ETags.expectedVersion(ifMatch),
                        body.deliveredOn(), body.note(), java.util.Optional.ofNullable(body.correctionReference()))));
    }

    @Operation(summary = "Record that the customer withdrew the grievance")
    @Post("/withdrawal")
    @Secured(Roles.MANAGER)
    MutableHttpResponse<Responses.Dispute> withdrawal(HttpRequest<?> request, @PathVariable String id,
            @Header(HttpHeaders.IF_MATCH) @Nullable @Parameter(description = ApiHeaders.IF_MATCH) String ifMatch,
            @Header(IdempotentRequests.HEADER) @Nullable @Parameter(description = ApiHeaders.IDEMPOTENCY_KEY)
            String idempotencyKey, @Body @Valid Requests.Decision body) {
        return changes.change(request, idempotencyKey, body, () -> withdraw.withdrawGrievance(
                new WithdrawGrievanceUseCase.Command(Mapping.disputeId(id), ETags.expectedVersion(ifMatch), body.on(),
                        body.reason())));
    }
}
