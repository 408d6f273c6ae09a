package org.amicable.dispute.adapter.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.amicable.dispute.adapter.web.EventSchemas.Event;
import org.amicable.dispute.domain.model.ClaimState;
import org.amicable.dispute.domain.model.Initiator;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.model.MediatorKind;
import org.amicable.dispute.domain.model.PhoneCallOutcome;

/** The OpenAPI schemas of an unpaid claim's events. */
final class ClaimEventSchemas {

    private ClaimEventSchemas() {
    }

    /** A claim opened for an unpaid invoice. */
    @Schema(name = "ClaimOpenedEvent", description = "A claim opened for an unpaid invoice.")
    record ClaimOpened(
            @Schema(description = "always claim-opened", requiredMode = REQUIRED) String type,
            LocalDate on, String dispute, Json.Customer customer, Json.Invoice invoice) implements Event {
    }

    /** The claim moved up its ladder. */
    @Schema(name = "ClaimEscalatedEvent", description = "The claim moved up its ladder.")
    record ClaimEscalated(
            @Schema(description = "always claim-escalated", requiredMode = REQUIRED) String type,
            LocalDate on, ClaimState from, ClaimState to) implements Event {
    }

    /** A call to make to confirm a letter. */
    @Schema(name = "PhoneTaskCreatedEvent", description = "A call to make to confirm a letter.")
    record PhoneTaskCreated(
            @Schema(description = "always phone-task-created", requiredMode = REQUIRED) String type,
            LocalDate on, String phone, LetterKind afterLetter) implements Event {
    }

    /** The outcome of a confirmation call. */
    @Schema(name = "PhoneCallRecordedEvent", description = "The outcome of a confirmation call.")
    record PhoneCallRecorded(
            @Schema(description = "always phone-call-recorded", requiredMode = REQUIRED) String type,
            LocalDate on, PhoneCallOutcome outcome, @Nullable LocalDate promisedFor, String note) implements Event {
    }

    /** The customer's answer. */
    @Schema(name = "CustomerAnsweredEvent", description = "The customer's answer.")
    record CustomerAnswered(
            @Schema(description = "always customer-answered", requiredMode = REQUIRED) String type,
            LocalDate on, String summary) implements Event {
    }

    /** The customer says he paid. */
    @Schema(name = "PaymentDeclaredEvent", description = "The customer says he paid: a reaction, not a payment.")
    record PaymentDeclared(
            @Schema(description = "always payment-declared", requiredMode = REQUIRED) String type,
            LocalDate on, LocalDate paidOn, String reference) implements Event {
    }

    /** A repayment plan the customer proposed, waiting for a manager. */
    @Schema(name = "RepaymentPlanProposedEvent",
            description = "A repayment plan the customer proposed outside the limits accepted on the spot, for a manager.")
    record RepaymentPlanProposed(
            @Schema(description = "always repayment-plan-proposed", requiredMode = REQUIRED) String type,
            LocalDate on, List<Json.Instalment> instalments) implements Event {
    }

    @Schema(name = "RepaymentPlanDeclinedEvent",
            description = "A manager declined the repayment plan the customer proposed, with its reason.")
    record RepaymentPlanDeclined(
            @Schema(description = "always repayment-plan-declined", requiredMode = REQUIRED) String type,
            LocalDate on, String reason) implements Event {
    }

    /** A document the customer sent, kept by its hash. */
    @Schema(name = "DocumentReceivedEvent", description = "A document the customer sent, kept by its hash.")
    record DocumentReceived(
            @Schema(description = "always document-received", requiredMode = REQUIRED) String type,
            LocalDate on, String documentSha256, String mediaType, String name) implements Event {
    }

    /** A payment, and how it was applied. */
    @Schema(name = "PaymentRecordedEvent", description = "A payment, and how it was applied.")
    record PaymentRecorded(
            @Schema(description = "always payment-recorded", requiredMode = REQUIRED) String type,
            LocalDate on, Json.Money amount, String reference, Json.Money toLateCharges, Json.Money toIndemnity,
            Json.Money toPrincipal, Json.Money surplus) implements Event {
    }

    /** A promise to pay by a date. */
    @Schema(name = "PromiseToPayRecordedEvent", description = "A promise to pay by a date.")
    record PromiseToPayRecorded(
            @Schema(description = "always promise-to-pay-recorded", requiredMode = REQUIRED) String type,
            LocalDate on, LocalDate promisedFor, @Nullable Json.Money amount) implements Event {
    }

    /** A promise to pay not kept. */
    @Schema(name = "PromiseBrokenEvent", description = "A promise to pay not kept.")
    record PromiseBroken(
            @Schema(description = "always promise-broken", requiredMode = REQUIRED) String type,
            LocalDate on, LocalDate promisedFor) implements Event {
    }

    /** The external mediation confirmed by a manager. */
    @Schema(name = "MediationConfirmedEvent", description = "The external mediation confirmed by a manager.")
    record MediationConfirmed(
            @Schema(description = "always mediation-confirmed", requiredMode = REQUIRED) String type,
            LocalDate on, MediatorKind mediatorKind, String mediatorName, Json.Money fee,
            String confirmedBy) implements Event {
    }

    /** A signed repayment plan. */
    @Schema(name = "RepaymentPlanAgreedEvent", description = "A signed repayment plan.")
    record RepaymentPlanAgreed(
            @Schema(description = "always repayment-plan-agreed", requiredMode = REQUIRED) String type,
            LocalDate on, List<Json.Instalment> instalments) implements Event {
    }

    /** An instalment not paid in time. */
    @Schema(name = "InstalmentMissedEvent", description = "An instalment not paid in time.")
    record InstalmentMissed(
            @Schema(description = "always instalment-missed", requiredMode = REQUIRED) String type,
            LocalDate on, int number, ClaimState returnedTo) implements Event {
    }

    /** The claim taken to court: the amicable phase ends. */
    @Schema(name = "TakenToCourtEvent", description = "The claim taken to court: the amicable phase ends.")
    record TakenToCourt(
            @Schema(description = "always taken-to-court", requiredMode = REQUIRED) String type,
            LocalDate on, Initiator initiator, String reason) implements Event {
    }

    /** The claim written off. */
    @Schema(name = "WrittenOffEvent", description = "The claim written off.")
    record WrittenOff(
            @Schema(description = "always written-off", requiredMode = REQUIRED) String type,
            LocalDate on, String reason) implements Event {
    }

    /** The claim cancelled: opened in error. */
    @Schema(name = "CancelledEvent", description = "The claim cancelled: opened in error.")
    record Cancelled(
            @Schema(description = "always cancelled", requiredMode = REQUIRED) String type,
            LocalDate on, String reason) implements Event {
    }

    /** The claim paid in full. */
    @Schema(name = "SettledEvent", description = "The claim paid in full.")
    record Settled(
            @Schema(description = "always settled", requiredMode = REQUIRED) String type,
            LocalDate on) implements Event {
    }

    /** The chase held by a grievance about the invoice. */
    @Schema(name = "ChaseHeldEvent", description = "The chase held by a grievance about the invoice.")
    record ChaseHeld(
            @Schema(description = "always chase-held", requiredMode = REQUIRED) String type,
            LocalDate on, String grievance) implements Event {
    }

    /** The chase resumed once the grievance ended, on the principal it left. */
    @Schema(name = "ChaseResumedEvent", description = "The chase resumed once the grievance ended, on the principal it left.")
    record ChaseResumed(
            @Schema(description = "always chase-resumed", requiredMode = REQUIRED) String type,
            LocalDate on, String grievance, Json.Money principal,
            @Nullable String correctionReference) implements Event {
    }

    /** The claim nears its limitation date. */
    @Schema(name = "LimitationWarningEvent", description = "The claim nears its limitation date.")
    record LimitationWarning(
            @Schema(description = "always limitation-warning", requiredMode = REQUIRED) String type,
            LocalDate on, LocalDate limitationDate) implements Event {
    }
}
