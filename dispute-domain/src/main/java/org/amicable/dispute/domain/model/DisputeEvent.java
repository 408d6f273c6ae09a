package org.amicable.dispute.domain.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything that happens to a dispute, as recorded in its timeline. A closed family: the dispute's
 * state is what its events add up to.
 */
public sealed interface DisputeEvent {

    /** The business date the event happened on. */
    LocalDate on();

    // ---- opening ----

    /** An unpaid claim is opened. */
    record ClaimOpened(LocalDate on, DisputeId id, Customer customer, Invoice invoice) implements DisputeEvent {
    }

    /** A grievance is received. */
    record GrievanceOpened(LocalDate on, DisputeId id, Customer customer, GrievanceCause cause, String description,
            Optional<Invoice> invoice, LocalDate complaintDate, LocalDate firstContactDeadline,
            Optional<DisputeId> heldClaim) implements DisputeEvent {
    }

    // ---- letters ----

    /** A letter is decided, and waits for dispatch. */
    record LetterIssued(LocalDate on, Letter letter) implements DisputeEvent {
    }

    /**
     * A letter went out.
     *
     * @param contentHash SHA-256 (hex) of the letter's document (the PDF) as sent
     * @param emailHash   SHA-256 (hex) of the email as sent (the whole MIME message), where it went by email
     */
    record LetterSent(LocalDate on, LetterId letterId, Instant sentAt, String contentHash, Optional<String> emailHash)
            implements DisputeEvent {
    }

    /**
     * A letter could not be sent and will not be retried.
     *
     * @param unprintable the fact no font of the letters can draw (e.g. {@code customer.name}), when that is why
     */
    record LetterFailed(LocalDate on, LetterId letterId, String reason, Optional<String> unprintable)
            implements DisputeEvent {
        public LetterFailed {
            java.util.Objects.requireNonNull(unprintable, "unprintable");
        }

        /** A failure for another reason than an unprintable fact. */
        public LetterFailed(LocalDate on, LetterId letterId, String reason) {
            this(on, letterId, reason, Optional.empty());
        }
    }

    /** The registered letter's tracking number. */
    record LetterTracked(LocalDate on, LetterId letterId, String trackingNumber) implements DisputeEvent {
    }

    /** The acknowledgment of receipt came back, signed on {@code deliveredOn}. */
    record LetterAcknowledged(LocalDate on, LetterId letterId, LocalDate deliveredOn) implements DisputeEvent {
    }

    /**
     * A registered letter came back undelivered.
     *
     * @param reason           unclaimed, refused, or addressee unknown (NPAI)
     * @param firstPresentedOn the day the post first presented it (required when unclaimed or refused)
     * @param returnedOn       the day it came back to the company
     */
    record LetterReturned(LocalDate on, LetterId letterId, ReturnReason reason, Optional<LocalDate> firstPresentedOn,
            LocalDate returnedOn) implements DisputeEvent {
    }

    /**
     * The scan of a registered letter's acknowledgment-of-receipt card, or of the returned envelope, is kept.
     *
     * @param scanHash  SHA-256 of the scan, under which its bytes are kept
     * @param mediaType what the scan is, told by its content: PDF, PNG or JPEG
     */
    record LetterScanAttached(LocalDate on, LetterId letterId, String scanHash, String mediaType) implements DisputeEvent {
    }

    /**
     * A letter of a kind a manager reviews ({@link org.amicable.dispute.domain.policy.ReviewPolicy}) waits
     * for review: it is not sent until a manager approves it.
     */
    record LetterAwaitingReview(LocalDate on, LetterId letterId) implements DisputeEvent {
    }

    /** A manager approved a letter that waited for review: it goes out with the next dispatch. */
    record LetterApproved(LocalDate on, LetterId letterId) implements DisputeEvent {
    }

    /**
     * A manager held a letter that waited for review: it stays unsent, and the step it belongs to waits,
     * until a manager approves it.
     */
    record LetterHeld(LocalDate on, LetterId letterId, String reason) implements DisputeEvent {
    }

    /** The customer's contact details (address, email, phone) were corrected; later letters use them. */
    record ContactDetailsCorrected(LocalDate on, Customer customer) implements DisputeEvent {
    }

    // ---- unpaid claim ----

    /** The claim moved up the ladder. */
    record ClaimEscalated(LocalDate on, ClaimState from, ClaimState to) implements DisputeEvent {
    }

    /** Someone must call the customer to confirm a written reminder. */
    record PhoneTaskCreated(LocalDate on, String phone, LetterKind after) implements DisputeEvent {
    }

    /** How the confirmation call went. */
    record PhoneCallRecorded(LocalDate on, PhoneCallOutcome outcome, Optional<LocalDate> promisedFor, String note)
            implements DisputeEvent {
    }

    /** The customer answered (by letter, mail, phone): a reaction that restarts the waiting delay. */
    record CustomerAnswered(LocalDate on, String summary) implements DisputeEvent {
    }

    /**
     * A payment, and how it was applied: late charges first, then the indemnity, then the principal
     * (Code civil, art. 1343-1). A surplus over the balance is recorded, never carried as a negative balance.
     */
    record PaymentRecorded(LocalDate on, Money amount, String reference, Money toLateCharges, Money toIndemnity,
            Money toPrincipal, Money surplus) implements DisputeEvent {
    }

    /**
     * The customer says he has paid: a reaction, not a payment. The balance changes only when the company
     * records the payment it received.
     *
     * @param paidOn    the day he says he paid
     * @param reference the reference he gives (bank transfer id, cheque number…)
     */
    record PaymentDeclared(LocalDate on, LocalDate paidOn, String reference) implements DisputeEvent {
    }

    /** The customer promised to pay by a date: the ladder holds until then, plus grace. */
    record PromiseToPayRecorded(LocalDate on, LocalDate promisedFor, Optional<Money> amount) implements DisputeEvent {
    }

    /** The promised date (plus grace) passed unpaid: the ladder resumes where it stopped. */
    record PromiseBroken(LocalDate on, LocalDate promisedFor) implements DisputeEvent {
    }

    /** A manager confirmed the (costly) external mediation. */
    record MediationConfirmed(LocalDate on, MediatorKind kind, String mediatorName, Money fee, String confirmedBy)
            implements DisputeEvent {
    }

    /** A repayment plan was signed: an acknowledgment of the debt that restarts the limitation period. */
    record RepaymentPlanAgreed(LocalDate on, List<Instalment> instalments) implements DisputeEvent {
    }

    /**
     * The customer proposed a repayment plan outside the limits the company accepts on the spot: it waits
     * for a manager, who agrees a plan or answers him. A plan within the limits is agreed at once instead.
     */
    record RepaymentPlanProposed(LocalDate on, List<Instalment> instalments) implements DisputeEvent {
    }

    /**
     * A manager declined the repayment plan the customer proposed, saying why: the plan no longer waits, and
     * the ladder gives the customer its full waiting delay again from this day (see {@link UnpaidClaim}).
     */
    record RepaymentPlanDeclined(LocalDate on, String reason) implements DisputeEvent {
    }

    /** An instalment passed its due date and grace unpaid. */
    record InstalmentMissed(LocalDate on, int number, ClaimState returnedTo) implements DisputeEvent {
    }

    /** The case goes to court: the amicable phase ends. */
    record TakenToCourt(LocalDate on, Initiator initiator, String reason) implements DisputeEvent {
    }

    /** The company gives up the claim. */
    record WrittenOff(LocalDate on, String reason) implements DisputeEvent {
    }

    /** The claim was opened in error or is void. */
    record Cancelled(LocalDate on, String reason) implements DisputeEvent {
    }

    /** Nothing is owed any more. */
    record Settled(LocalDate on) implements DisputeEvent {
    }

    /** A grievance about this invoice holds the chase. */
    record ChaseHeld(LocalDate on, DisputeId grievanceId) implements DisputeEvent {
    }

    /**
     * The grievance ended; the chase resumes on the principal now owed (which may be nothing), with the
     * number of the credit note or corrected invoice when the grievance recorded one.
     */
    record ChaseResumed(LocalDate on, DisputeId grievanceId, Money principal, Optional<String> correctionReference)
            implements DisputeEvent {

        /** A resumption that names no correcting document. */
        public ChaseResumed(LocalDate on, DisputeId grievanceId, Money principal) {
            this(on, grievanceId, principal, Optional.empty());
        }
    }

    /** The claim expires soon: it must be acknowledged or taken to court before {@code limitationDate}. */
    record LimitationWarning(LocalDate on, LocalDate limitationDate) implements DisputeEvent {
    }

    // ---- grievance ----

    /** A manager takes the grievance. */
    record ManagerAssigned(LocalDate on, String manager) implements DisputeEvent {
    }

    /** The manager got in touch with the customer. */
    record ContactRecorded(LocalDate on, String note) implements DisputeEvent {
    }

    /** The first-contact deadline passed with no contact: raised above the manager. */
    record FirstContactOverdue(LocalDate on, LocalDate deadline) implements DisputeEvent {
    }

    /** The company made a settlement proposal. */
    record ProposalMade(LocalDate on, SettlementProposal proposal) implements DisputeEvent {
    }

    /** The customer accepted; the agreed deadline runs. */
    record ProposalAccepted(LocalDate on, int round) implements DisputeEvent {
    }

    /** The customer rejected the proposal. */
    record ProposalRejected(LocalDate on, int round, String reason) implements DisputeEvent {
    }

    /** The answer-by date passed with no answer. */
    record ProposalLapsed(LocalDate on, int round) implements DisputeEvent {
    }

    /** The agreed deadline passed without the remedy: raised above the manager. */
    record RemedyOverdue(LocalDate on, LocalDate agreedDeadline) implements DisputeEvent {
    }

    /** The remedy was delivered; an invoice correction names its credit note or corrected invoice. */
    record GrievanceResolved(LocalDate on, boolean onTime, String note, Optional<String> correctionReference)
            implements DisputeEvent {

        /** A resolution that names no correcting document. */
        public GrievanceResolved(LocalDate on, boolean onTime, String note) {
            this(on, onTime, note, Optional.empty());
        }
    }

    /**
     * A document the customer sent with his complaint (a photo, an invoice, a delivery note) is kept.
     *
     * @param documentHash SHA-256 of the document, under which its bytes are kept
     * @param mediaType    what it is, told by its content: PDF, PNG or JPEG
     * @param name         the file's name as the customer gave it
     */
    record DocumentReceived(LocalDate on, String documentHash, String mediaType, String name) implements DisputeEvent {
    }

    /** The grievance went to a mediator. */
    record GrievanceReferredToMediation(LocalDate on, String mediatorName) implements DisputeEvent {
    }

    /** The customer withdrew the grievance. */
    record GrievanceWithdrawn(LocalDate on, String reason) implements DisputeEvent {
    }
}
