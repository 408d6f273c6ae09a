package org.amicable.dispute.adapter.web;


import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;
import org.amicable.dispute.adapter.web.ClaimEventSchemas.Cancelled;
import org.amicable.dispute.adapter.web.ClaimEventSchemas.ChaseHeld;
import org.amicable.dispute.adapter.web.ClaimEventSchemas.ChaseResumed;
import org.amicable.dispute.adapter.web.ClaimEventSchemas.ClaimEscalated;
import org.amicable.dispute.adapter.web.ClaimEventSchemas.ClaimOpened;
import org.amicable.dispute.adapter.web.ClaimEventSchemas.CustomerAnswered;
import org.amicable.dispute.adapter.web.ClaimEventSchemas.DocumentReceived;
import org.amicable.dispute.adapter.web.ClaimEventSchemas.InstalmentMissed;
import org.amicable.dispute.adapter.web.ClaimEventSchemas.LimitationWarning;
import org.amicable.dispute.adapter.web.ClaimEventSchemas.MediationConfirmed;
import org.amicable.dispute.adapter.web.ClaimEventSchemas.PaymentDeclared;
import org.amicable.dispute.adapter.web.ClaimEventSchemas.PaymentRecorded;
import org.amicable.dispute.adapter.web.ClaimEventSchemas.PhoneCallRecorded;
import org.amicable.dispute.adapter.web.ClaimEventSchemas.PhoneTaskCreated;
import org.amicable.dispute.adapter.web.ClaimEventSchemas.PromiseBroken;
import org.amicable.dispute.adapter.web.ClaimEventSchemas.PromiseToPayRecorded;
import org.amicable.dispute.adapter.web.ClaimEventSchemas.RepaymentPlanAgreed;
import org.amicable.dispute.adapter.web.ClaimEventSchemas.RepaymentPlanDeclined;
import org.amicable.dispute.adapter.web.ClaimEventSchemas.RepaymentPlanProposed;
import org.amicable.dispute.adapter.web.ClaimEventSchemas.Settled;
import org.amicable.dispute.adapter.web.ClaimEventSchemas.TakenToCourt;
import org.amicable.dispute.adapter.web.ClaimEventSchemas.WrittenOff;
import org.amicable.dispute.adapter.web.GrievanceEventSchemas.ContactRecorded;
import org.amicable.dispute.adapter.web.GrievanceEventSchemas.FirstContactOverdue;
import org.amicable.dispute.adapter.web.GrievanceEventSchemas.GrievanceOpened;
import org.amicable.dispute.adapter.web.GrievanceEventSchemas.GrievanceReferredToMediation;
import org.amicable.dispute.adapter.web.GrievanceEventSchemas.GrievanceResolved;
import org.amicable.dispute.adapter.web.GrievanceEventSchemas.GrievanceWithdrawn;
import org.amicable.dispute.adapter.web.GrievanceEventSchemas.ManagerAssigned;
import org.amicable.dispute.adapter.web.GrievanceEventSchemas.ProposalAccepted;
import org.amicable.dispute.adapter.web.GrievanceEventSchemas.ProposalLapsed;
import org.amicable.dispute.adapter.web.GrievanceEventSchemas.ProposalMade;
import org.amicable.dispute.adapter.web.GrievanceEventSchemas.ProposalRejected;
import org.amicable.dispute.adapter.web.GrievanceEventSchemas.RemedyOverdue;
import org.amicable.dispute.adapter.web.LetterContentSchemas.AgreementConfirmation;
import org.amicable.dispute.adapter.web.LetterContentSchemas.FormalNotice;
import org.amicable.dispute.adapter.web.LetterContentSchemas.GrievanceAcknowledgment;
import org.amicable.dispute.adapter.web.LetterContentSchemas.MediationReferral;
import org.amicable.dispute.adapter.web.LetterContentSchemas.Proposal;
import org.amicable.dispute.adapter.web.LetterContentSchemas.Reminder;
import org.amicable.dispute.adapter.web.LetterContentSchemas.RepaymentPlanConfirmation;
import org.amicable.dispute.adapter.web.LetterContentSchemas.ResolutionConfirmation;
import org.amicable.dispute.adapter.web.LetterEventSchemas.ContactDetailsCorrected;
import org.amicable.dispute.adapter.web.LetterEventSchemas.LetterAcknowledged;
import org.amicable.dispute.adapter.web.LetterEventSchemas.LetterApproved;
import org.amicable.dispute.adapter.web.LetterEventSchemas.LetterAwaitingReview;
import org.amicable.dispute.adapter.web.LetterEventSchemas.LetterFailed;
import org.amicable.dispute.adapter.web.LetterEventSchemas.LetterHeld;
import org.amicable.dispute.adapter.web.LetterEventSchemas.LetterIssued;
import org.amicable.dispute.adapter.web.LetterEventSchemas.LetterReturned;
import org.amicable.dispute.adapter.web.LetterEventSchemas.LetterScanAttached;
import org.amicable.dispute.adapter.web.LetterEventSchemas.LetterSent;
import org.amicable.dispute.adapter.web.LetterEventSchemas.LetterTracked;


/**
 * The OpenAPI schemas of timeline events and letter contents: one per stable {@code type} name of the domain's
 * {@code EventFormat}, with the fields it stores, so that a generated client reads them as typed values. The API
 * serves the stored fields themselves; the records of {@link ClaimEventSchemas}, {@link GrievanceEventSchemas},
 * {@link LetterEventSchemas} and {@link LetterContentSchemas} only describe them, and a test holds every stored
 * event of the golden corpus against them.
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
}
