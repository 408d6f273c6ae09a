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
import org.amicable.dispute.domain.port.in.AgreeRepaymentPlanUseCase;
import org.amicable.dispute.domain.port.in.CancelClaimUseCase;
import org.amicable.dispute.domain.port.in.ConfirmMediationUseCase;
import org.amicable.dispute.domain.port.in.DeclineRepaymentPlanUseCase;
import org.amicable.dispute.domain.port.in.RecordCustomerAnswerUseCase;
import org.amicable.dispute.domain.port.in.RecordPaymentUseCase;
import org.amicable.dispute.domain.port.in.RecordPhoneCallUseCase;
import org.amicable.dispute.domain.port.in.RecordPromiseUseCase;
import org.amicable.dispute.domain.port.in.TakeToCourtUseCase;
import org.amicable.dispute.domain.port.in.WriteOffClaimUseCase;

import java.util.Optional;
import org.amicable.dispute.adapter.web.port.Roles;

/** What happens to an unpaid claim: payments, promises, answers, calls, mediation, plan, court, write-off. */
// Use cases block on the database: they run on the I/O pool, never on Netty's event loop.
@ExecuteOn(TaskExecutors.IO)
@Controller("/disputes/{id}")
@Tag(name = "unpaid claims")
@ApiErrors
@ChangeErrors
@Answers.Changed
class ClaimController {

    private final RecordPaymentUseCase recordPayment;
    private final RecordPromiseUseCase recordPromise;
    private final RecordCustomerAnswerUseCase recordAnswer;
    private final RecordPhoneCallUseCase recordPhoneCall;
    private final ConfirmMediationUseCase confirmMediation;
    private final AgreeRepaymentPlanUseCase agreeRepaymentPlan;
    private final DeclineRepaymentPlanUseCase declineRepaymentPlan;
    private final TakeToCourtUseCase takeToCourt;
    private final WriteOffClaimUseCase writeOff;
    private final CancelClaimUseCase cancel;
    private final Changes changes;

    ClaimController(RecordPaymentUseCase recordPayment, RecordPromiseUseCase recordPromise,
            RecordCustomerAnswerUseCase recordAnswer, RecordPhoneCallUseCase recordPhoneCall,
            ConfirmMediationUseCase confirmMediation, AgreeRepaymentPlanUseCase agreeRepaymentPlan,
            DeclineRepaymentPlanUseCase declineRepaymentPlan, TakeToCourtUseCase takeToCourt,
            WriteOffClaimUseCase writeOff, CancelClaimUseCase cancel, Changes changes) {
        this.recordPayment = recordPayment;
        this.recordPromise = recordPromise;
        this.recordAnswer = recordAnswer;
        this.recordPhoneCall = recordPhoneCall;
        this.confirmMediation = confirmMediation;
        this.agreeRepaymentPlan = agreeRepaymentPlan;
        this.declineRepaymentPlan = declineRepaymentPlan;
        this.takeToCourt = takeToCourt;
        this.writeOff = writeOff;
        this.cancel = cancel;
        this.changes = changes;
    }

    @Operation(summary = "Record a payment", description = "Applied to late charges, then the indemnity, then the principal.")
    @Post("/payments")
    @Secured({Roles.INTEGRATION, Roles.MANAGER, Roles.COLLECTOR})
    MutableHttpResponse<Responses.Dispute> payment(HttpRequest<?> request, @PathVariable String id,
            @Header(HttpHeaders.IF_MATCH) @Nullable @Parameter(description = ApiHeaders.IF_MATCH) String ifMatch,
            @Header(IdempotentRequests.HEADER) @Nullable @Parameter(description = ApiHeaders.IDEMPOTENCY_KEY)
            String idempotencyKey, @Body @Valid Requests.Payment body) {
        return changes.change(request, idempotencyKey, body, () -> recordPayment.recordPayment(
                new RecordPaymentUseCase.Command(Mapping.disputeId(id), ETags.expectedVersion(ifMatch), body.receivedOn(),
                        Mapping.money(body.amount(), "amount"), body.reference())));
    }

    @Operation(summary = "Record a promise to pay", description = "The ladder holds until the promised date, plus grace.")
    @Post("/promises")
    @Secured({Roles.INTEGRATION, Roles.MANAGER, Roles.COLLECTOR})
    MutableHttpResponse<Responses.Dispute> promise(HttpRequest<?> request, @PathVariable String id,
            @Header(HttpHeaders.IF_MATCH) @Nullable @Parameter(description = ApiHeaders.IF_MATCH) String ifMatch,
            @Header(IdempotentRequests.HEADER) @Nullable @Parameter(description = ApiHeaders.IDEMPOTENCY_KEY)
            String idempotencyKey, @Body @Valid Requests.Promise body) {
        return changes.change(request, idempotencyKey, body, () -> recordPromise.recordPromise(
                new RecordPromiseUseCase.Command(Mapping.disputeId(id), ETags.expectedVersion(ifMatch), body.on(),
                        body.promisedFor(), Mapping.money(Optional.ofNullable(body.amount()), "amount"))));
    }

    @Operation(summary = "Record the customer's answer", description = "A reaction that restarts the waiting delay.")
    @Post("/answers")
    @Secured({Roles.INTEGRATION, Roles.MANAGER, Roles.COLLECTOR})
    MutableHttpResponse<Responses.Dispute> answer(HttpRequest<?> request, @PathVariable String id,
            @Header(HttpHeaders.IF_MATCH) @Nullable @Parameter(description = ApiHeaders.IF_MATCH) String ifMatch,
            @Header(IdempotentRequests.HEADER) @Nullable @Parameter(description = ApiHeaders.IDEMPOTENCY_KEY)
            String idempotencyKey,
            @Body @Valid Requests.CustomerAnswer body) {
        return changes.change(request, idempotencyKey, body, () -> recordAnswer.recordCustomerAnswer(
                new RecordCustomerAnswerUseCase.Command(Mapping.disputeId(id), ETags.expectedVersion(ifMatch), body.on(),
                        body.summary())));
    }

    @Operation(summary = "Record the outcome of a confirmation call")
    @Post("/phone-calls")
    @Secured({Roles.MANAGER, Roles.COLLECTOR})
    MutableHttpResponse<Responses.Dispute> phoneCall(HttpRequest<?> request, @PathVariable String id,
            @Header(HttpHeaders.IF_MATCH) @Nullable @Parameter(description = ApiHeaders.IF_MATCH) String ifMatch,
            @Header(IdempotentRequests.HEADER) @Nullable @Parameter(description = ApiHeaders.IDEMPOTENCY_KEY)
            String idempotencyKey, @Body @Valid Requests.PhoneCall body) {
        return changes.change(request, idempotencyKey, body, () -> recordPhoneCall.recordPhoneCall(
                new RecordPhoneCallUseCase.Command(Mapping.disputeId(id), ETags.expectedVersion(ifMatch), body.on(),
                        body.outcome(), Optional.ofNullable(body.promisedFor()), body.note())));
    }

    @Operation(summary = "Confirm the external mediation", description = "A manager confirms the mediator and its fee.")
    @Post("/mediation")
    @Secured(Roles.MANAGER)
    MutableHttpResponse<Responses.Dispute> mediation(HttpRequest<?> request, @PathVariable String id,
            @Header(HttpHeaders.IF_MATCH) @Nullable @Parameter(description = ApiHeaders.IF_MATCH) String ifMatch,
            @Header(IdempotentRequests.HEADER) @Nullable @Parameter(description = ApiHeaders.IDEMPOTENCY_KEY)
            String idempotencyKey, @Body @Valid Requests.Mediation body) {
        return changes.change(request, idempotencyKey, body, () -> confirmMediation.confirmMediation(
                new ConfirmMediationUseCase.Command(Mapping.disputeId(id), ETags.expectedVersion(ifMatch), body.on(),
                        body.mediatorKind(), body.mediatorName(), Mapping.money(body.fee(), "fee"), body.confirmedBy())));
    }

    @Operation(summary = "Record a signed repayment plan", description = "Its instalments add up to the balance.")
    @Post("/repayment-plan")
    @Secured(Roles.MANAGER)
    MutableHttpResponse<Responses.Dispute> repaymentPlan(HttpRequest<?> request, @PathVariable String id,
            @Header(HttpHeaders.IF_MATCH) @Nullable @Parameter(description = ApiHeaders.IF_MATCH) String ifMatch,
            @Header(IdempotentRequests.HEADER) @Nullable @Parameter(description = ApiHeaders.IDEMPOTENCY_KEY)
            String idempotencyKey,
            @Body @Valid Requests.RepaymentPlan body) {
        return changes.change(request, idempotencyKey, body, () -> agreeRepaymentPlan.agreeRepaymentPlan(
                new AgreeRepaymentPlanUseCase.Command(Mapping.disputeId(id), ETags.expectedVersion(ifMatch), body.on(),
                        Mapping.instalments(body.instalments()))));
    }

    @Operation(summary = "Decline the repayment plan the customer proposed",
            description = "The plan proposed beyond the limits no longer waits; its reason is kept in the timeline."
                    + " The ladder's waiting delay counts again from the day of the decline. 409 when no plan waits.")
    @Post("/repayment-plan/decline")
    @Secured(Roles.MANAGER)
    MutableHttpResponse<Responses.Dispute> declineRepaymentPlan(HttpRequest<?> request, @PathVariable String id,
            @Header(HttpHeaders.IF_MATCH) @Nullable @Parameter(description = ApiHeaders.IF_MATCH) String ifMatch,
            @Header(IdempotentRequests.HEADER) @Nullable @Parameter(description = ApiHeaders.IDEMPOTENCY_KEY)
            String idempotencyKey, @Body @Valid Requests.Decision body) {
        return changes.change(request, idempotencyKey, body, () -> declineRepaymentPlan.declineRepaymentPlan(
                new DeclineRepaymentPlanUseCase.Command(Mapping.disputeId(id), ETags.expectedVersion(ifMatch), body.on(),
                        body.reason())));
    }

    @Operation(summary = "Take the claim to court", description = "Ends the amicable phase.")
    @Post("/court")
    @Secured(Roles.MANAGER)
    MutableHttpResponse<Responses.Dispute> court(HttpRequest<?> request, @PathVariable String id,
            @Header(HttpHeaders.IF_MATCH) @Nullable @Parameter(description = ApiHeaders.IF_MATCH) String ifMatch,
            @Header(IdempotentRequests.HEADER) @Nullable @Parameter(description = ApiHeaders.IDEMPOTENCY_KEY)
            String idempotencyKey, @Body @Valid Requests.Court body) {
        return changes.change(request, idempotencyKey, body, () -> takeToCourt.takeToCourt(
                new TakeToCourtUseCase.Command(Mapping.disputeId(id), ETags.expectedVersion(ifMatch), body.on(),
                        body.initiator(), body.reason())));
    }

    @Operation(summary = "Write the claim off")
    @Post("/write-off")
    @Secured(Roles.MANAGER)
    MutableHttpResponse<Responses.Dispute> writeOff(HttpRequest<?> request, @PathVariable String id,
            @Header(HttpHeaders.IF_MATCH) @Nullable @Parameter(description = ApiHeaders.IF_MATCH) String ifMatch,
            @Header(IdempotentRequests.HEADER) @Nullable @Parameter(description = ApiHeaders.IDEMPOTENCY_KEY)
            String idempotencyKey, @Body @Valid Requests.Decision body) {
        return changes.change(request, idempotencyKey, body, () -> writeOff.writeOffClaim(
                new WriteOffClaimUseCase.Command(Mapping.disputeId(id), ETags.expectedVersion(ifMatch), body.on(),
                        body.reason())));
    }

    @Operation(summary = "Cancel a claim opened in error")
    @Post("/cancellation")
    @Secured(Roles.MANAGER)
    MutableHttpResponse<Responses.Dispute> cancel(HttpRequest<?> request, @PathVariable String id,
            @Header(HttpHeaders.IF_MATCH) @Nullable @Parameter(description = ApiHeaders.IF_MATCH) String ifMatch,
            @Header(IdempotentRequests.HEADER) @Nullable @Parameter(description = ApiHeaders.IDEMPOTENCY_KEY)
            String idempotencyKey, @Body @Valid Requests.Decision body) {
        return changes.change(request, idempotencyKey, body, () -> cancel.cancelClaim(
                new CancelClaimUseCase.Command(Mapping.disputeId(id), ETags.expectedVersion(ifMatch), body.on(),
                        body.reason())));
    }
}
