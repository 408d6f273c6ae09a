package org.amicable.dispute.adapter.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;
import org.amicable.dispute.domain.model.Balance;
import org.amicable.dispute.domain.model.ClaimState;
import org.amicable.dispute.domain.model.GrievanceCause;
import org.amicable.dispute.domain.model.Initiator;
import org.amicable.dispute.domain.model.LateChargeRate;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.LegalMention;
import org.amicable.dispute.domain.model.LetterChannel;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.model.MediatorKind;
import org.amicable.dispute.domain.model.PhoneCallOutcome;
import org.amicable.dispute.domain.model.ReturnReason;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The OpenAPI schemas of timeline events and letter contents: one per stable {@code type} name of the domain's
 * {@code EventFormat}, with the fields it stores, so that a generated client reads them as typed values. The API
 * serves the stored fields themselves; these records only describe them, and a test holds every stored event of
 * the golden corpus against them.
 */
final class EventSchemas {

    /** Where the document keeps the schema of events. */
    static final String EVENT = "#/components/schemas/Event";
    /** Where the document keeps the schema of letter contents. */
    static final String CONTENT = "#/components/schemas/LetterContent";

    private EventSchemas() {
    }

    /** A timeline event, by its stable type name. */
    @Schema(name = "Event", description = "A timeline event: its stable type name in type, then its stored fields.",
            oneOf = {
                ClaimOpened.class, GrievanceOpened.class, LetterIssued.class, LetterSent.class, LetterFailed.class,
                LetterTracked.class, LetterReturned.class, LetterScanAttached.class, LetterAwaitingReview.class,
                LetterApproved.class, LetterHeld.class, ContactDetailsCorrected.class,
                LetterAcknowledged.class, ClaimEscalated.class, PhoneTaskCreated.class, PhoneCallRecorded.class,
                CustomerAnswered.class, PaymentDeclared.class, RepaymentPlanProposed.class, RepaymentPlanDeclined.class,
                DocumentReceived.class,
                PaymentRecorded.class, PromiseToPayRecorded.class, PromiseBroken.class,
                MediationConfirmed.class, RepaymentPlanAgreed.class, InstalmentMissed.class, TakenToCourt.class,
                WrittenOff.class, Cancelled.class, Settled.class, ChaseHeld.class, ChaseResumed.class,
                LimitationWarning.class, ManagerAssigned.class, ContactRecorded.class, FirstContactOverdue.class,
                ProposalMade.class, ProposalAccepted.class, ProposalRejected.class, ProposalLapsed.class,
                RemedyOverdue.class, GrievanceResolved.class, GrievanceReferredToMediation.class,
                GrievanceWithdrawn.class},
            discriminatorProperty = "type",
            discriminatorMapping = {
                @DiscriminatorMapping(value = "claim-opened", schema = ClaimOpened.class),
                @DiscriminatorMapping(value = "grievance-opened", schema = GrievanceOpened.class),
                @DiscriminatorMapping(value = "letter-issued", schema = LetterIssued.class),
                @DiscriminatorMapping(value = "letter-sent", schema = LetterSent.class),
                @DiscriminatorMapping(value = "letter-failed", schema = LetterFailed.class),
                @DiscriminatorMapping(value = "letter-tracked", schema = LetterTracked.class),
                @DiscriminatorMapping(value = "letter-returned", schema = LetterReturned.class),
                @DiscriminatorMapping(value = "letter-scan-attached", schema = LetterScanAttached.class),
                @DiscriminatorMapping(value = "letter-awaiting-review", schema = LetterAwaitingReview.class),
                @DiscriminatorMapping(value = "letter-approved", schema = LetterApproved.class),
                @DiscriminatorMapping(value = "letter-held", schema = LetterHeld.class),
                @DiscriminatorMapping(value = "contact-details-corrected", schema = ContactDetailsCorrected.class),
                @DiscriminatorMapping(value = "letter-acknowledged", schema = LetterAcknowledged.class),
                @DiscriminatorMapping(value = "claim-escalated", schema = ClaimEscalated.class),
                @DiscriminatorMapping(value = "phone-task-created", schema = PhoneTaskCreated.class),
                @DiscriminatorMapping(value = "phone-call-recorded", schema = PhoneCallRecorded.class),
                @DiscriminatorMapping(value = "customer-answered", schema = CustomerAnswered.class),
                @DiscriminatorMapping(value = "payment-declared", schema = PaymentDeclared.class),
                @DiscriminatorMapping(value = "repayment-plan-proposed", schema = RepaymentPlanProposed.class),
                @DiscriminatorMapping(value = "repayment-plan-declined", schema = RepaymentPlanDeclined.class),
                @DiscriminatorMapping(value = "document-received", schema = DocumentReceived.class),
                @DiscriminatorMapping(value = "payment-recorded", schema = PaymentRecorded.class),
                @DiscriminatorMapping(value = "promise-to-pay-recorded", schema = PromiseToPayRecorded.class),
                @DiscriminatorMapping(value = "promise-broken", schema = PromiseBroken.class),
                @DiscriminatorMapping(value = "mediation-confirmed", schema = MediationConfirmed.class),
                @DiscriminatorMapping(value = "repayment-plan-agreed", schema = RepaymentPlanAgreed.class),
                @DiscriminatorMapping(value = "instalment-missed", schema = InstalmentMissed.class),
                @DiscriminatorMapping(value = "taken-to-court", schema = TakenToCourt.class),
                @DiscriminatorMapping(value = "written-off", schema = WrittenOff.class),
                @DiscriminatorMapping(value = "cancelled", schema = Cancelled.class),
                @DiscriminatorMapping(value = "settled", schema = Settled.class),
                @DiscriminatorMapping(value = "chase-held", schema = ChaseHeld.class),
                @DiscriminatorMapping(value = "chase-resumed", schema = ChaseResumed.class),
                @DiscriminatorMapping(value = "limitation-warning", schema = LimitationWarning.class),
                @DiscriminatorMapping(value = "manager-assigned", schema = ManagerAssigned.class),
                @DiscriminatorMapping(value = "contact-recorded", schema = ContactRecorded.class),
                @DiscriminatorMapping(value = "first-contact-overdue", schema = FirstContactOverdue.class),
                @DiscriminatorMapping(value = "proposal-made", schema = ProposalMade.class),
                @DiscriminatorMapping(value = "proposal-accepted", schema = ProposalAccepted.class),
                @DiscriminatorMapping(value = "proposal-rejected", schema = ProposalRejected.class),
                @DiscriminatorMapping(value = "proposal-lapsed", schema = ProposalLapsed.class),
                @DiscriminatorMapping(value = "remedy-overdue", schema = RemedyOverdue.class),
                @DiscriminatorMapping(value = "grievance-resolved", schema = GrievanceResolved.class),
                @DiscriminatorMapping(value = "grievance-referred-to-mediation", schema = GrievanceReferredToMediation.class),
                @DiscriminatorMapping(value = "grievance-withdrawn", schema = GrievanceWithdrawn.class)})
    interface Event {
    }

    /** What a letter says, by its stable type name. */
    @Schema(name = "LetterContent", description = "What a letter says: its kind in type, then its facts.",
            oneOf = {
                Reminder.class, FormalNotice.class, MediationReferral.class, RepaymentPlanConfirmation.class,
                GrievanceAcknowledgment.class, Proposal.class, AgreementConfirmation.class, ResolutionConfirmation.class},
            discriminatorProperty = "type",
            discriminatorMapping = {
                @DiscriminatorMapping(value = "reminder", schema = Reminder.class),
                @DiscriminatorMapping(value = "formal-notice", schema = FormalNotice.class),
                @DiscriminatorMapping(value = "mediation-referral", schema = MediationReferral.class),
                @DiscriminatorMapping(value = "repayment-plan-confirmation", schema = RepaymentPlanConfirmation.class),
                @DiscriminatorMapping(value = "grievance-acknowledgment", schema = GrievanceAcknowledgment.class),
                @DiscriminatorMapping(value = "proposal", schema = Proposal.class),
                @DiscriminatorMapping(value = "agreement-confirmation", schema = AgreementConfirmation.class),
                @DiscriminatorMapping(value = "resolution-confirmation", schema = ResolutionConfirmation.class)})
    interface Content {
    }

    /** A letter as issued, in a letter-issued event. */
    @Schema(name = "IssuedLetter", description = "A letter as issued: its facts, not what became of it.")
    record IssuedLetter(String id, String dispute, LetterKind kind, Json.Customer recipient, LetterChannel channel,
            Language language, LocalDate issuedOn, String reference, Content content) {
    }

    /** What is owed on a letter's date. */
    @Schema(name = "LetterBalance", description = "What is owed on the letter's date.")
    record StoredBalance(Json.Money principal, Json.Money lateCharges, Balance.ChargeKind lateChargesKind,
            Json.Money indemnity) {
    }

    /** The rate late charges run at, and its basis. */
    @Schema(name = "LateChargeRate", description = "The rate late charges run at on the letter's date, percent a year.")
    record ChargeRate(@Schema(example = "12.15") String annualPercent, LateChargeRate.Basis basis) {
    }

    /** An invoice's amount corrected after a grievance about it. */
    @Schema(name = "InvoiceCorrection", description = "The invoice's corrected amount, after a grievance about it.")
    record Correction(Json.Money originalAmount, Json.Money correctedAmount, @Nullable String reference) {
    }

    /** A claim opened for an unpaid invoice. */
    @Schema(name = "ClaimOpenedEvent", description = "A claim opened for an unpaid invoice.")
    record ClaimOpened(
            @Schema(description = "always claim-opened", requiredMode = REQUIRED) String type,
            LocalDate on, String dispute, Json.Customer customer, Json.Invoice invoice) implements Event {
    }

    /** A grievance opened: the company is said to be at fault. */
    @Schema(name = "GrievanceOpenedEvent", description = "A grievance opened: the company is said to be at fault.")
    record GrievanceOpened(
            @Schema(description = "always grievance-opened", requiredMode = REQUIRED) String type,
            LocalDate on, String dispute, Json.Customer customer, GrievanceCause cause, String description,
            @Nullable Json.Invoice invoice, LocalDate complaintDate, LocalDate firstContactDeadline,
            @Nullable String heldClaim) implements Event {
    }

    /** A letter decided, to be sent. */
    @Schema(name = "LetterIssuedEvent", description = "A letter decided, to be sent.")
    record LetterIssued(
            @Schema(description = "always letter-issued", requiredMode = REQUIRED) String type,
            LocalDate on, IssuedLetter letter) implements Event {
    }

    /** A letter sent, with the hashes of what went out. */
    @Schema(name = "LetterSentEvent", description = "A letter sent, with the hashes of what went out.")
    record LetterSent(
            @Schema(description = "always letter-sent", requiredMode = REQUIRED) String type,
            LocalDate on, String letter, Instant sentAt, String documentSha256,
            @Nullable String emailSha256) implements Event {
    }

    /** A letter that could not be sent. */
    @Schema(name = "LetterFailedEvent", description = "A letter that could not be sent.")
    record LetterFailed(
            @Schema(description = "always letter-failed", requiredMode = REQUIRED) String type,
            LocalDate on, String letter, String reason) implements Event {
    }

    /** A letter of a reviewed kind waits for a manager before it goes out. */
    @Schema(name = "LetterAwaitingReviewEvent", description = "A letter of a reviewed kind waits for a manager before it goes out.")
    record LetterAwaitingReview(
            @Schema(description = "always letter-awaiting-review", requiredMode = REQUIRED) String type,
            LocalDate on, String letter) implements Event {
    }

    /** A manager approved a letter that waited for review: it goes out with the next dispatch. */
    @Schema(name = "LetterApprovedEvent", description = "A manager approved a letter that waited for review.")
    record LetterApproved(
            @Schema(description = "always letter-approved", requiredMode = REQUIRED) String type,
            LocalDate on, String letter) implements Event {
    }

    /** A manager held a letter that waited for review, with a reason: it stays unsent. */
    @Schema(name = "LetterHeldEvent", description = "A manager held a letter that waited for review: it stays unsent.")
    record LetterHeld(
            @Schema(description = "always letter-held", requiredMode = REQUIRED) String type,
            LocalDate on, String letter, String reason) implements Event {
    }

    /** A registered letter's tracking number. */
    @Schema(name = "LetterTrackedEvent", description = "A registered letter's tracking number.")
    record LetterTracked(
            @Schema(description = "always letter-tracked", requiredMode = REQUIRED) String type,
            LocalDate on, String letter, String trackingNumber) implements Event {
    }

    /** A registered letter that came back undelivered. */
    @Schema(name = "LetterReturnedEvent", description = "A registered letter that came back undelivered.")
    record LetterReturned(
            @Schema(description = "always letter-returned", requiredMode = REQUIRED) String type,
            LocalDate on, String letter, ReturnReason reason, @Nullable LocalDate firstPresentedOn,
            LocalDate returnedOn) implements Event {
    }

    /** The scan of an AR card or returned envelope, kept by its hash. */
    @Schema(name = "LetterScanAttachedEvent", description = "The scan of an AR card or returned envelope, kept by its hash.")
    record LetterScanAttached(
            @Schema(description = "always letter-scan-attached", requiredMode = REQUIRED) String type,
            LocalDate on, String letter, String scanSha256, String mediaType) implements Event {
    }

    /** The customer's contact details corrected. */
    @Schema(name = "ContactDetailsCorrectedEvent", description = "The customer's contact details corrected.")
    record ContactDetailsCorrected(
            @Schema(description = "always contact-details-corrected", requiredMode = REQUIRED) String type,
            LocalDate on, Json.Customer customer) implements Event {
    }

    /** A registered letter's acknowledgment of receipt signed. */
    @Schema(name = "LetterAcknowledgedEvent", description = "A registered letter's acknowledgment of receipt signed.")
    record LetterAcknowledged(
            @Schema(description = "always letter-acknowledged", requiredMode = REQUIRED) String type,
            LocalDate on, String letter, LocalDate deliveredOn) implements Event {
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

    /** A manager assigned to the grievance. */
    @Schema(name = "ManagerAssignedEvent", description = "A manager assigned to the grievance.")
    record ManagerAssigned(
            @Schema(description = "always manager-assigned", requiredMode = REQUIRED) String type,
            LocalDate on, String manager) implements Event {
    }

    /** A contact with the customer. */
    @Schema(name = "ContactRecordedEvent", description = "A contact with the customer.")
    record ContactRecorded(
            @Schema(description = "always contact-recorded", requiredMode = REQUIRED) String type,
            LocalDate on, String note) implements Event {
    }

    /** No first contact by its deadline. */
    @Schema(name = "FirstContactOverdueEvent", description = "No first contact by its deadline.")
    record FirstContactOverdue(
            @Schema(description = "always first-contact-overdue", requiredMode = REQUIRED) String type,
            LocalDate on, LocalDate deadline) implements Event {
    }

    /** A settlement proposal made. */
    @Schema(name = "ProposalMadeEvent", description = "A settlement proposal made.")
    record ProposalMade(
            @Schema(description = "always proposal-made", requiredMode = REQUIRED) String type,
            LocalDate on, Responses.Proposal proposal) implements Event {
    }

    /** A settlement proposal accepted. */
    @Schema(name = "ProposalAcceptedEvent", description = "A settlement proposal accepted.")
    record ProposalAccepted(
            @Schema(description = "always proposal-accepted", requiredMode = REQUIRED) String type,
            LocalDate on, int round) implements Event {
    }

    /** A settlement proposal rejected. */
    @Schema(name = "ProposalRejectedEvent", description = "A settlement proposal rejected.")
    record ProposalRejected(
            @Schema(description = "always proposal-rejected", requiredMode = REQUIRED) String type,
            LocalDate on, int round, String reason) implements Event {
    }

    /** A settlement proposal not answered in time. */
    @Schema(name = "ProposalLapsedEvent", description = "A settlement proposal not answered in time.")
    record ProposalLapsed(
            @Schema(description = "always proposal-lapsed", requiredMode = REQUIRED) String type,
            LocalDate on, int round) implements Event {
    }

    /** The agreed remedy not delivered by its deadline. */
    @Schema(name = "RemedyOverdueEvent", description = "The agreed remedy not delivered by its deadline.")
    record RemedyOverdue(
            @Schema(description = "always remedy-overdue", requiredMode = REQUIRED) String type,
            LocalDate on, LocalDate agreedDeadline) implements Event {
    }

    /** The remedy delivered. */
    @Schema(name = "GrievanceResolvedEvent", description = "The remedy delivered.")
    record GrievanceResolved(
            @Schema(description = "always grievance-resolved", requiredMode = REQUIRED) String type,
            LocalDate on, boolean onTime, String note, @Nullable String correctionReference) implements Event {
    }

    /** The grievance referred to a mediator. */
    @Schema(name = "GrievanceReferredToMediationEvent", description = "The grievance referred to a mediator.")
    record GrievanceReferredToMediation(
            @Schema(description = "always grievance-referred-to-mediation", requiredMode = REQUIRED) String type,
            LocalDate on, String mediatorName) implements Event {
    }

    /** The grievance withdrawn. */
    @Schema(name = "GrievanceWithdrawnEvent", description = "The grievance withdrawn.")
    record GrievanceWithdrawn(
            @Schema(description = "always grievance-withdrawn", requiredMode = REQUIRED) String type,
            LocalDate on, String reason) implements Event {
    }

    /** A first or second reminder. */
    @Schema(name = "ReminderContent", description = "A first or second reminder.")
    record Reminder(
            @Schema(description = "always reminder", requiredMode = REQUIRED) String type,
            int rank, Json.Invoice invoice, StoredBalance balance, LocalDate payBy, @Nullable ChargeRate rate,
            @Nullable Correction correction) implements Content {
    }

    /** The formal notice (mise en demeure). */
    @Schema(name = "FormalNoticeContent", description = "The formal notice (mise en demeure).")
    record FormalNotice(
            @Schema(description = "always formal-notice", requiredMode = REQUIRED) String type,
            Json.Invoice invoice, StoredBalance balance, int deadlineDays, LocalDate deadline,
            List<LegalMention> mentions, @Nullable ChargeRate rate,
            @Nullable Correction correction) implements Content {
    }

    /** Notice that the dispute is referred to a mediator. */
    @Schema(name = "MediationReferralContent", description = "Notice that the dispute is referred to a mediator.")
    record MediationReferral(
            @Schema(description = "always mediation-referral", requiredMode = REQUIRED) String type,
            @Nullable MediatorKind mediatorKind, String mediatorName, @Nullable StoredBalance balance,
            @Nullable Json.Money fee) implements Content {
    }

    /** Confirms a repayment plan. */
    @Schema(name = "RepaymentPlanConfirmationContent", description = "Confirms a repayment plan.")
    record RepaymentPlanConfirmation(
            @Schema(description = "always repayment-plan-confirmation", requiredMode = REQUIRED) String type,
            Json.Invoice invoice, List<Json.Instalment> instalments, Json.Money total, @Nullable Integer graceDays,
            @Nullable ClaimState afterMissed, @Nullable Correction correction) implements Content {
    }

    /** Acknowledges a grievance. */
    @Schema(name = "GrievanceAcknowledgmentContent", description = "Acknowledges a grievance.")
    record GrievanceAcknowledgment(
            @Schema(description = "always grievance-acknowledgment", requiredMode = REQUIRED) String type,
            GrievanceCause cause, String description, LocalDate complaintDate, @Nullable Json.Invoice invoice,
            List<LegalMention> mentions) implements Content {
    }

    /** A settlement proposal. */
    @Schema(name = "ProposalContent", description = "A settlement proposal.")
    record Proposal(
            @Schema(description = "always proposal", requiredMode = REQUIRED) String type,
            Responses.Proposal proposal, List<LegalMention> mentions, @Nullable String manager) implements Content {
    }

    /** Confirms the agreement on a proposal. */
    @Schema(name = "AgreementConfirmationContent", description = "Confirms the agreement on a proposal.")
    record AgreementConfirmation(
            @Schema(description = "always agreement-confirmation", requiredMode = REQUIRED) String type,
            Responses.Proposal proposal, LocalDate agreedDeadline, @Nullable String manager) implements Content {
    }

    /** Confirms the grievance's resolution. */
    @Schema(name = "ResolutionConfirmationContent", description = "Confirms the grievance's resolution.")
    record ResolutionConfirmation(
            @Schema(description = "always resolution-confirmation", requiredMode = REQUIRED) String type,
            @Nullable Responses.Proposal remedy, LocalDate resolvedOn, boolean onTime,
            @Nullable String manager) implements Content {
    }
}
