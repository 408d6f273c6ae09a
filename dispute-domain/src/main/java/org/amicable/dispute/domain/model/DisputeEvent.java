package org.amicable.dispute.domain.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything that happens to a dispute, as recorded in its timeline. A closed family: the dispute's
 * state is what its events add up to.
 *
 * <p>Three closed sub-families say which aggregate applies an event: {@link ClaimEvent} (the unpaid
 * claim's track), {@link GrievanceEvent} (the grievance's track) and {@link CommonEvent} (letters,
 * documents, contact details and the manager, which both tracks share). Each aggregate applies every
 * event of its families, and refuses any other.
 */
public sealed interface DisputeEvent {

    /** The business date the event happened on. */
    LocalDate on();

    /** An event of the unpaid claim's track, applied by {@link UnpaidClaim}. */
    sealed interface ClaimEvent extends DisputeEvent {
    }

    /** An event of the grievance's track, applied by {@link Grievance}. */
    sealed interface GrievanceEvent extends DisputeEvent {
    }

    /** An event both tracks share (letters, documents, contact details, the manager), applied by {@link Dispute}. */
    sealed interface CommonEvent extends DisputeEvent {
    }

    /** Every kind of event, of all three families. */
    static List<Class<? extends DisputeEvent>> kinds() {
        return Stream.of(ClaimEvent.class, GrievanceEvent.class, CommonEvent.class)
                .flatMap(family -> Stream.of(family.getPermittedSubclasses()))
                .<Class<? extends DisputeEvent>>map(kind -> kind.asSubclass(DisputeEvent.class))
                .toList();
    }

    // ---- opening ----

    /** An unpaid claim is opened. */
    record ClaimOpened(LocalDate on, DisputeId id, Customer customer, Invoice invoice) implements ClaimEvent {
    }

    /** A grievance is received. */
    record GrievanceOpened(LocalDate on, DisputeId id, Customer customer, GrievanceCause cause, String description,
            Optional<Invoice> invoice, LocalDate complaintDate, LocalDate firstContactDeadline,
            Optional<DisputeId> heldClaim) implements GrievanceEvent {
    }

    // ---- letters ----

    /** A letter is decided, and waits for dispatch. */
    record LetterIssued(LocalDate on, Letter letter) implements CommonEvent {
    }

    /**
     * A letter went out.
     *
     * @param contentHash SHA-256 (hex) of the letter's document (the PDF) as sent
     * @param emailHash   SHA-256 (hex) of the email as sent (the whole MIME message), where it went by email
     */
    record LetterSent(LocalDate on, LetterId letterId, Instant sentAt, String contentHash, Optional<String> emailHash)
            implements CommonEvent {
    }

    /**
     * A letter could not be sent and will not be retried.
     *
     * @param unprintable the fact no font of the letters can draw (e.g. {@code customer.name}), when that is why
     */
    record LetterFailed(LocalDate on, LetterId letterId, String reason, Optional<String> unprintable)
            implements CommonEvent {
        public LetterFailed {
            java.util.Objects.requireNonNull(unprintable, "unprintable");
        }

        /** A failure for another reason than an unprintable fact. */
        public LetterFailed(LocalDate on, LetterId letterId, String reason) {
            this(on, letterId, reason, Optional.empty());
        }
    }

    /** The registered letter's tracking number. */
    record LetterTracked(LocalDate on, LetterId letterId, String trackingNumber) implements CommonEvent {
    }

    /** The acknowledgment of receipt came back, signed on {@code deliveredOn}. */
    record LetterAcknowledged(LocalDate on, LetterId letterId, LocalDate deliveredOn) implements CommonEvent {
    }

    /**
     * A registered letter came back undelivered.
     *
     * @param reason           unclaimed, refused, or addressee unknown (NPAI)
     * @param firstPresentedOn the day the post first presented it (required when unclaimed or refused)
     * @param returnedOn       the day it came back to the company
     */
    record LetterReturned(LocalDate on, LetterId letterId, ReturnReason reason, Optional<LocalDate> firstPresentedOn,
            LocalDate returnedOn) implements CommonEvent {
    }

    /**
     * The scan of a registered letter's acknowledgment-of-receipt card, or of the returned envelope, is kept.
     *
     * @param scanHash  SHA-256 of the scan, under which its bytes are kept
     * @param mediaType what the scan is, told by its content: PDF, PNG or JPEG
     */
    record LetterScanAttached(LocalDate on, LetterId letterId, String scanHash, String mediaType) implements CommonEvent {
    }

    /**
     * A letter of a kind a manager reviews (as the company's review policy says) waits
     * for review: it is not sent until a manager approves it.
     */
    record LetterAwaitingReview(LocalDate on, LetterId letterId) implements CommonEvent {
    }

    /** A manager approved a letter that waited for review: it goes out with the next dispatch. */
    record LetterApproved(LocalDate on, LetterId letterId) implements CommonEvent {
    }

    /**
     * A manager held a letter that waited for review: it stays unsent, and the step it belongs to waits,
     * until a manager approves it.
     */
    record LetterHeld(LocalDate on, LetterId letterId, String reason) implements CommonEvent {
    }

    /** The customer's contact details (address, email, phone) were corrected; later letters use them. */
    record ContactDetailsCorrected(LocalDate on, Customer customer) implements CommonEvent {
    }

    // ---- unpaid claim ----

    /** The claim moved up the ladder. */
    record ClaimEscalated(LocalDate on, ClaimState from, ClaimState to) implements ClaimEvent {
    }

    /** Someone must call the customer to confirm a written reminder. */
    record PhoneTaskCreated(LocalDate on, String phone, LetterKind after) implements ClaimEvent {
    }

    /** How the confirmation call went. */
    record PhoneCallRecorded(LocalDate on, PhoneCallOutcome outcome, Optional<LocalDate> promisedFor, String note)
            implements ClaimEvent {
    }

    /** The customer answered (by letter, mail, phone): a reaction that restarts the waiting delay. */
    record CustomerAnswered(LocalDate on, String summary) implements ClaimEvent {
    }

    /**
     * A payment, and how it was applied: late charges first, then the indemnity, then the principal
     * (Code civil, art. 1343-1). A surplus over the balance is recorded, never carried as a negative balance.
     */
    record PaymentRecorded(LocalDate on, Money amount, String reference, Money toLateCharges, Money toIndemnity,
            Money toPrincipal, Money surplus) implements ClaimEvent {
    }

    /**
     * The customer says he has paid: a reaction, not a payment. The balance changes only when the company
     * records the payment it received.
     *
     * @param paidOn    the day he says he paid
     * @param reference the reference he gives (bank transfer id, cheque number…)
     */
    record PaymentDeclared(LocalDate on, LocalDate paidOn, String reference) implements ClaimEvent {
    }

    /** The customer promised to pay by a date: the ladder holds until then, plus grace. */
    record PromiseToPayRecorded(LocalDate on, LocalDate promisedFor, Optional<Money> amount) implements ClaimEvent {
    }

    /** The promised date (plus grace) passed unpaid: the ladder resumes where it stopped. */
    record PromiseBroken(LocalDate on, LocalDate promisedFor) implements ClaimEvent {
    }

    /** A manager confirmed the (costly) external mediation. */
    record MediationConfirmed(LocalDate on, MediatorKind kind, String mediatorName, Money fee, String confirmedBy)
            implements ClaimEvent {
    }

    /** A repayment plan was signed: an acknowledgment of the debt that restarts the limitation period. */
    record RepaymentPlanAgreed(LocalDate on, List<Instalment> instalments) implements ClaimEvent {
    }

    /**
     * The customer proposed a repayment plan outside the limits the company accepts on the spot: it waits
     * for a manager, who agrees a plan or answers him. A plan within the limits is agreed at once instead.
     */
    record RepaymentPlanProposed(LocalDate on, List<Instalment> instalments) implements ClaimEvent {
    }

    /**
     * A manager declined the repayment plan the customer proposed, saying why: the plan no longer waits, and
     * the ladder gives the customer its full waiting delay again from this day (see {@link UnpaidClaim}).
     */
    record RepaymentPlanDeclined(LocalDate on, String reason) implements ClaimEvent {
    }

    /** An instalment passed its due date and grace unpaid. */
    record InstalmentMissed(LocalDate on, int number, ClaimState returnedTo) implements ClaimEvent {
    }

    /** The case goes to court: the amicable phase ends. */
    record TakenToCourt(LocalDate on, Initiator initiator, String reason) implements ClaimEvent {
    }

    /** The company gives up the claim. */
    record WrittenOff(LocalDate on, String reason) implements ClaimEvent {
    }

    /** The claim was opened in error or is void. */
    record Cancelled(LocalDate on, String reason) implements ClaimEvent {
    }

    /** Nothing is owed any more. */
    record Settled(LocalDate on) implements ClaimEvent {
    }

    /** A grievance about this invoice holds the chase. */
    record ChaseHeld(LocalDate on, DisputeId grievanceId) implements ClaimEvent {
    }

    /**
     * The grievance ended; the chase resumes on the principal now owed (which may be nothing), with the
     * number of the credit note or corrected invoice when the grievance recorded one.
     */
    record ChaseResumed(LocalDate on, DisputeId grievanceId, Money principal, Optional<String> correctionReference)
            implements ClaimEvent {

        /** A resumption that names no correcting document. */
        public ChaseResumed(LocalDate on, DisputeId grievanceId, Money principal) {
            this(on, grievanceId, principal, Optional.empty());
        }
    }

    /** The claim expires soon: it must be acknowledged or taken to court before {@code limitationDate}. */
    record LimitationWarning(LocalDate on, LocalDate limitationDate) implements ClaimEvent {
    }

    // ---- grievance ----

    /** A manager takes the grievance. */
    record ManagerAssigned(LocalDate on, String manager) implements CommonEvent {
    }

    /** The manager got in touch with the customer. */
    record ContactRecorded(LocalDate on, String note) implements GrievanceEvent {
    }

    /** The first-contact deadline passed with no contact: raised above the manager. */
    record FirstContactOverdue(LocalDate on, LocalDate deadline) implements GrievanceEvent {
    }

    /** The company made a settlement proposal. */
    record ProposalMade(LocalDate on, SettlementProposal proposal) implements GrievanceEvent {
    }

    /** The customer accepted; the agreed deadline runs. */
    record ProposalAccepted(LocalDate on, int round) implements GrievanceEvent {
    }

    /** The customer rejected the proposal. */
    record ProposalRejected(LocalDate on, int round, String reason) implements GrievanceEvent {
    }

    /** The answer-by date passed with no answer. */
    record ProposalLapsed(LocalDate on, int round) implements GrievanceEvent {
    }

    /** The agreed deadline passed without the remedy: raised above the manager. */
    record RemedyOverdue(LocalDate on, LocalDate agreedDeadline) implements GrievanceEvent {
    }

    /** The remedy was delivered; an invoice correction names its credit note or corrected invoice. */
    record GrievanceResolved(LocalDate on, boolean onTime, String note, Optional<String> correctionReference)
            implements GrievanceEvent {

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
    record DocumentReceived(LocalDate on, String documentHash, String mediaType, String name) implements CommonEvent {
    }

    /** The grievance went to a mediator. */
    record GrievanceReferredToMediation(LocalDate on, String mediatorName) implements GrievanceEvent {
    }

    /** The customer withdrew the grievance. */
    record GrievanceWithdrawn(LocalDate on, String reason) implements GrievanceEvent {
    }
}
