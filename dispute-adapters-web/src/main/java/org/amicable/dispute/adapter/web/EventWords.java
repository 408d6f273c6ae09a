package org.amicable.dispute.adapter.web;

import java.util.Locale;
import java.util.stream.Collectors;
import org.amicable.dispute.domain.model.DisputeEvent;
import org.amicable.dispute.domain.model.DisputeEvent.Cancelled;
import org.amicable.dispute.domain.model.DisputeEvent.ChaseHeld;
import org.amicable.dispute.domain.model.DisputeEvent.ChaseResumed;
import org.amicable.dispute.domain.model.DisputeEvent.ClaimEscalated;
import org.amicable.dispute.domain.model.DisputeEvent.ClaimOpened;
import org.amicable.dispute.domain.model.DisputeEvent.ContactDetailsCorrected;
import org.amicable.dispute.domain.model.DisputeEvent.ContactRecorded;
import org.amicable.dispute.domain.model.DisputeEvent.CustomerAnswered;
import org.amicable.dispute.domain.model.DisputeEvent.FirstContactOverdue;
import org.amicable.dispute.domain.model.DisputeEvent.GrievanceOpened;
import org.amicable.dispute.domain.model.DisputeEvent.GrievanceReferredToMediation;
import org.amicable.dispute.domain.model.DisputeEvent.GrievanceResolved;
import org.amicable.dispute.domain.model.DisputeEvent.GrievanceWithdrawn;
import org.amicable.dispute.domain.model.DisputeEvent.InstalmentMissed;
import org.amicable.dispute.domain.model.DisputeEvent.LetterAcknowledged;
import org.amicable.dispute.domain.model.DisputeEvent.LetterFailed;
import org.amicable.dispute.domain.model.DisputeEvent.LetterIssued;
import org.amicable.dispute.domain.model.DisputeEvent.LetterReturned;
import org.amicable.dispute.domain.model.DisputeEvent.LetterScanAttached;
import org.amicable.dispute.domain.model.DisputeEvent.LetterSent;
import org.amicable.dispute.domain.model.DisputeEvent.LetterTracked;
import org.amicable.dispute.domain.model.DisputeEvent.LimitationWarning;
import org.amicable.dispute.domain.model.DisputeEvent.ManagerAssigned;
import org.amicable.dispute.domain.model.DisputeEvent.MediationConfirmed;
import org.amicable.dispute.domain.model.DisputeEvent.PaymentRecorded;
import org.amicable.dispute.domain.model.DisputeEvent.PhoneCallRecorded;
import org.amicable.dispute.domain.model.DisputeEvent.PhoneTaskCreated;
import org.amicable.dispute.domain.model.DisputeEvent.PromiseBroken;
import org.amicable.dispute.domain.model.DisputeEvent.PromiseToPayRecorded;
import org.amicable.dispute.domain.model.DisputeEvent.ProposalAccepted;
import org.amicable.dispute.domain.model.DisputeEvent.ProposalLapsed;
import org.amicable.dispute.domain.model.DisputeEvent.ProposalMade;
import org.amicable.dispute.domain.model.DisputeEvent.ProposalRejected;
import org.amicable.dispute.domain.model.DisputeEvent.RemedyOverdue;
import org.amicable.dispute.domain.model.DisputeEvent.RepaymentPlanAgreed;
import org.amicable.dispute.domain.model.DisputeEvent.Settled;
import org.amicable.dispute.domain.model.DisputeEvent.TakenToCourt;
import org.amicable.dispute.domain.model.DisputeEvent.WrittenOff;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.PostalAddress;
import org.amicable.dispute.domain.model.SettlementProposal;

/**
 * Each event of a timeline in one plain English sentence, for people reading the evidence: what
 * happened, with its amounts, dates and references, and no field names.
 */
public final class EventWords {

    private EventWords() {
    }

    /** The event in words, in French or in English. */
    public static String of(DisputeEvent event, Language language) {
        return language == Language.FR ? FrenchEventWords.of(event) : of(event);
    }

    public static String of(DisputeEvent event) {
        if (event instanceof ClaimOpened e) {
            return "Unpaid claim opened against " + e.customer().name() + " (" + e.customer().reference() + ") for invoice "
                    + e.invoice().number() + " of " + e.invoice().issueDate() + ", " + e.invoice().amount() + ", due "
                    + e.invoice().dueDate() + ".";
        } else if (event instanceof GrievanceOpened e) {
            return "Grievance received from " + e.customer().name() + " (" + words(e.cause().name()) + "): \""
                    + e.description() + "\"; written complaint of " + e.complaintDate() + "; first contact due by "
                    + e.firstContactDeadline() + ".";
        } else if (event instanceof LetterIssued e) {
            return "Letter decided: " + words(e.letter().kind().name()) + " by " + words(e.letter().channel().name())
                    + " to " + e.letter().recipient().name() + ", " + address(e.letter().recipient().address())
                    + " (letter " + e.letter().id() + ").";
        } else if (event instanceof LetterSent e) {
            return "Letter " + e.letterId() + " sent at " + e.sentAt() + "; SHA-256 of the document as sent "
                    + e.contentHash() + e.emailHash().map(hash -> ", of the email as sent " + hash).orElse("") + ".";
        } else if (event instanceof LetterFailed e) {
            return "Letter " + e.letterId() + " could not be sent: " + e.reason() + ".";
        } else if (event instanceof LetterTracked e) {
            return "Registered letter " + e.letterId() + " posted under tracking number " + e.trackingNumber() + ".";
        } else if (event instanceof LetterAcknowledged e) {
            return "Registered letter " + e.letterId() + " delivered; acknowledgment of receipt signed on "
                    + e.deliveredOn() + ".";
        } else if (event instanceof LetterReturned e) {
            return "Registered letter " + e.letterId() + " came back on " + e.returnedOn() + ": " + switch (e.reason()) {
                case UNCLAIMED -> "presented" + e.firstPresentedOn().map(day -> " on " + day).orElse("")
                        + " and left unclaimed (pli avisé et non réclamé); it takes effect from that presentation";
                case REFUSED -> "refused when presented" + e.firstPresentedOn().map(day -> " on " + day).orElse("")
                        + "; it takes effect from that presentation";
                case ADDRESSEE_UNKNOWN -> "addressee unknown at that address (NPAI); the address must be corrected";
            } + ".";
        } else if (event instanceof DisputeEvent.LetterAwaitingReview e) {
            return "Letter " + e.letterId() + " awaits a manager's review before it goes out.";
        } else if (event instanceof DisputeEvent.LetterApproved e) {
            return "Letter " + e.letterId() + " approved for sending.";
        } else if (event instanceof DisputeEvent.LetterHeld e) {
            return "Letter " + e.letterId() + " held, not sent: \"" + e.reason() + "\".";
        } else if (event instanceof LetterScanAttached e) {
            return "Scan of the postal proof of letter " + e.letterId() + " kept (" + e.mediaType() + ", SHA-256 "
                    + e.scanHash() + ").";
        } else if (event instanceof ContactDetailsCorrected e) {
            return "Customer's contact details corrected: " + address(e.customer().address())
                    + e.customer().email().map(email -> ", " + email).orElse("")
                    + e.customer().phone().map(phone -> ", " + phone).orElse("") + ". Later letters use them.";
        } else if (event instanceof ClaimEscalated e) {
            return "Claim moved from " + words(e.from().name()) + " to " + words(e.to().name()) + ".";
        } else if (event instanceof PhoneTaskCreated e) {
            return "Phone call to " + e.phone() + " to confirm the " + words(e.after().name()) + ".";
        } else if (event instanceof PhoneCallRecorded e) {
            return "Phone call: " + words(e.outcome().name()) + e.promisedFor().map(day -> ", payment promised by " + day)
                    .orElse("") + ". Note: \"" + e.note() + "\".";
        } else if (event instanceof CustomerAnswered e) {
            return "The customer answered: \"" + e.summary() + "\".";
        } else if (event instanceof PaymentRecorded e) {
            return "Payment of " + e.amount() + " received (reference " + e.reference() + "), applied to late charges "
                    + e.toLateCharges() + ", to the recovery indemnity " + e.toIndemnity() + ", to the principal "
                    + e.toPrincipal() + (e.surplus().isZero() ? "" : ", surplus " + e.surplus()) + ".";
        } else if (event instanceof PromiseToPayRecorded e) {
            return "The customer promised to pay" + e.amount().map(amount -> " " + amount).orElse("") + " by "
                    + e.promisedFor() + ".";
        } else if (event instanceof PromiseBroken e) {
            return "The promise to pay by " + e.promisedFor() + " was not kept; the reminders resume.";
        } else if (event instanceof MediationConfirmed e) {
            return "External mediation confirmed by " + e.confirmedBy() + ": " + words(e.kind().name()) + " "
                    + e.mediatorName() + ", fee " + e.fee() + ".";
        } else if (event instanceof RepaymentPlanAgreed e) {
            return "Repayment plan agreed: " + e.instalments().stream()
                    .map(i -> "instalment " + i.number() + " of " + i.amount() + " due " + i.dueDate())
                    .collect(Collectors.joining("; ")) + ".";
        } else if (event instanceof DisputeEvent.RepaymentPlanProposed e) {
            return "The customer proposed a repayment plan, for a manager to decide: " + e.instalments().stream()
                    .map(i -> "instalment " + i.number() + " of " + i.amount() + " due " + i.dueDate())
                    .collect(Collectors.joining("; ")) + ".";
        } else if (event instanceof DisputeEvent.PaymentDeclared e) {
            return "The customer says he paid on " + e.paidOn() + " (reference " + e.reference() + ").";
        } else if (event instanceof DisputeEvent.DocumentReceived e) {
            return "Document received from the customer: " + e.name() + " (" + e.mediaType() + ").";
        } else if (event instanceof InstalmentMissed e) {
            return "Instalment " + e.number() + " missed; the case returns to " + words(e.returnedTo().name()) + ".";
        } else if (event instanceof TakenToCourt e) {
            return "Taken to court at the request of the " + words(e.initiator().name()) + ": \"" + e.reason() + "\".";
        } else if (event instanceof DisputeEvent.RepaymentPlanDeclined e) {
            return "The repayment plan the customer proposed was declined: \"" + e.reason() + "\".";
        } else if (event instanceof WrittenOff e) {
            return "Claim written off: \"" + e.reason() + "\".";
        } else if (event instanceof Cancelled e) {
            return "Claim cancelled: \"" + e.reason() + "\".";
        } else if (event instanceof Settled) {
            return "Nothing is owed any more: the claim is settled.";
        } else if (event instanceof ChaseHeld e) {
            return "Chasing held while grievance " + e.grievanceId() + " about this invoice runs.";
        } else if (event instanceof ChaseResumed e) {
            return "Grievance " + e.grievanceId() + " ended; chasing resumes on a principal of " + e.principal() + ".";
        } else if (event instanceof LimitationWarning e) {
            return "Warning: the claim expires on " + e.limitationDate()
                    + " unless the debt is acknowledged or the case goes to court.";
        } else if (event instanceof ManagerAssigned e) {
            return "Grievance assigned to " + e.manager() + ".";
        } else if (event instanceof ContactRecorded e) {
            return "The manager contacted the customer: \"" + e.note() + "\".";
        } else if (event instanceof FirstContactOverdue e) {
            return "No first contact by " + e.deadline() + ": raised above the manager.";
        } else if (event instanceof ProposalMade e) {
            return "Settlement proposal " + proposal(e.proposal()) + ".";
        } else if (event instanceof ProposalAccepted e) {
            return "The customer accepted proposal " + e.round() + ".";
        } else if (event instanceof ProposalRejected e) {
            return "The customer rejected proposal " + e.round() + ": \"" + e.reason() + "\".";
        } else if (event instanceof ProposalLapsed e) {
            return "Proposal " + e.round() + " lapsed without an answer.";
        } else if (event instanceof RemedyOverdue e) {
            return "The remedy agreed for " + e.agreedDeadline() + " was not delivered: raised above the manager.";
        } else if (event instanceof GrievanceResolved e) {
            return "Remedy delivered " + (e.onTime() ? "on time" : "late") + ": \"" + e.note() + "\".";
        } else if (event instanceof GrievanceReferredToMediation e) {
            return "Grievance referred to the mediator " + e.mediatorName() + ".";
        } else if (event instanceof GrievanceWithdrawn e) {
            return "The customer withdrew the grievance: \"" + e.reason() + "\".";
        }
        throw new IllegalStateException("no words for " + event.getClass().getName());
    }

    private static String proposal(SettlementProposal proposal) {
        return proposal.round() + ": " + words(proposal.remedy().name())
                + proposal.amount().map(amount -> " of " + amount).orElse("") + ", to be answered by "
                + proposal.answerBy() + ", delivered by " + proposal.resolveBy() + " (\"" + proposal.terms() + "\")";
    }

    private static String address(PostalAddress address) {
        return String.join(", ", address.lines()) + ", " + address.postalCode() + " " + address.city() + ", "
                + address.country();
    }

    /** {@code FIRST_REMINDER} as "first reminder". */
    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
