package org.amicable.dispute.domain.model;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.amicable.dispute.domain.model.DisputeEvent.ContactRecorded;
import org.amicable.dispute.domain.model.DisputeEvent.FirstContactOverdue;
import org.amicable.dispute.domain.model.DisputeEvent.GrievanceOpened;
import org.amicable.dispute.domain.model.DisputeEvent.GrievanceReferredToMediation;
import org.amicable.dispute.domain.model.DisputeEvent.GrievanceResolved;
import org.amicable.dispute.domain.model.DisputeEvent.GrievanceWithdrawn;
import org.amicable.dispute.domain.model.DisputeEvent.ProposalAccepted;
import org.amicable.dispute.domain.model.DisputeEvent.ProposalLapsed;
import org.amicable.dispute.domain.model.DisputeEvent.ProposalMade;
import org.amicable.dispute.domain.model.DisputeEvent.ProposalRejected;
import org.amicable.dispute.domain.model.DisputeEvent.RemedyOverdue;

/**
 * The company failed the customer. A manager must make first contact quickly, negotiates settlement
 * proposals round after round, and once the customer accepts, delivers the remedy by the agreed
 * deadline; past it the grievance is overdue and raised above the manager.
 */
public final class Grievance extends Dispute {

    /** A complaint older than this is past the limitation period of personal actions (Code civil, art. 2224). */
    private static final Period COMPLAINT_LIMITATION = Period.ofYears(5);

    private static final Set<GrievanceState> NEGOTIABLE =
            EnumSet.of(GrievanceState.IN_NEGOTIATION, GrievanceState.IN_MEDIATION, GrievanceState.OVERDUE);

    final GrievanceStanding standing = new GrievanceStanding(this);

    Grievance(DisputeId id) {
        super(id);
    }

    /**
     * Receives a grievance and acknowledges it in writing. The first-contact deadline runs from today.
     *
     * @param complaintDate the date of the customer's written complaint (the consumer mediator can be
     *                      reached only within a year of it)
     * @param heldClaim     the unpaid claim this invoice-error grievance holds, if any
     */
    public static Grievance open(DisputeId id, Customer customer, GrievanceCause cause, String description,
            Optional<Invoice> invoice, LocalDate complaintDate, Optional<DisputeId> heldClaim, DisputeTerms terms,
            Clock clock) {
        return open(id, customer, cause, description, invoice, complaintDate, heldClaim, terms, Optional.empty(), clock);
    }

    /** Receives the grievance, recorded as done by the given actor. */
    public static Grievance open(DisputeId id, Customer customer, GrievanceCause cause, String description,
            Optional<Invoice> invoice, LocalDate complaintDate, Optional<DisputeId> heldClaim, DisputeTerms terms,
            Optional<Actor> actor, Clock clock) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(invoice, "invoice");
        requirePast(complaintDate, "complaintDate", clock);
        LocalDate earliest = invoice.map(Invoice::issueDate).orElse(LocalDate.now(clock).minus(COMPLAINT_LIMITATION));
        if (complaintDate.isBefore(earliest)) {
            throw new InvalidCommandException("complaintDate", invoice.isPresent()
                    ? "is before the invoice was issued (" + earliest + ")"
                    : "is more than five years ago, beyond the limitation period (Code civil, art. 2224)");
        }
        if (cause == GrievanceCause.INVOICE_ERROR && invoice.isEmpty()) {
            throw new InvalidCommandException("invoice", "is required for an invoice error");
        }
        LocalDate today = LocalDate.now(clock);
        String text = Text.require(description, "description", 4000, true);
        Grievance grievance = new Grievance(id);
        actor.ifPresent(grievance::actingAs);
        grievance.record(new GrievanceOpened(today, id, customer, cause, text, invoice, complaintDate,
                today.plusDays(terms.grievances().firstContactDays()), heldClaim), clock);
        grievance.issueLetter(LetterKind.GRIEVANCE_ACKNOWLEDGMENT, grievance.emailIfPossible(), today,
                grievance.letterReference(),
                new LetterContent.GrievanceAcknowledgment(cause, text, complaintDate, invoice,
                        grievance.consumerMentions()), clock);
        return grievance;
    }

    @Override
    public Track track() {
        return Track.GRIEVANCE;
    }

    @Override
    public LocalDate lifeStart() {
        return standing.complaintDate();
    }

    @Override
    public GrievanceState state() {
        return standing.state();
    }

    @Override
    public boolean isClosed() {
        return standing.state().isTerminal();
    }

    @Override
    public Optional<Invoice> invoice() {
        return standing.invoice();
    }

    public GrievanceCause cause() {
        return standing.cause();
    }

    public String description() {
        return standing.description();
    }

    public LocalDate complaintDate() {
        return standing.complaintDate();
    }

    public LocalDate firstContactDeadline() {
        return standing.firstContactDeadline();
    }

    /** Every proposal made, round after round. */
    public List<SettlementProposal> proposals() {
        return standing.proposals();
    }

    /** The proposal waiting for the customer's answer. */
    public Optional<SettlementProposal> pendingProposal() {
        return standing.pending();
    }

    /** The accepted proposal, whose resolve-by date is the agreed deadline. */
    public Optional<SettlementProposal> agreement() {
        return standing.agreed();
    }

    /** The agreed deadline (délai convenu), once a proposal is accepted. */
    public Optional<LocalDate> agreedDeadline() {
        return standing.agreed().map(SettlementProposal::resolveBy);
    }

    /** The unpaid claim this grievance holds, if any. */
    public Optional<DisputeId> heldClaim() {
        return standing.heldClaim();
    }

    /**
     * What the customer owes on the invoice once this grievance is settled: the corrected invoice
     * amount for an invoice correction, the invoice less a credit note, discount or refund; empty when
     * the agreement does not change the invoice (or nothing was agreed).
     */
    public Optional<Money> correctedInvoiceAmount() {
        return standing.correctedAmount();
    }

    /** The number of the credit note or corrected invoice recorded with the resolution, if any. */
    public Optional<String> correctionReference() {
        return standing.correctionReference();
    }

    // ---- the manager ----

    /** Records a contact with the customer (a call, a meeting): the first one meets the first-contact deadline. */
    public void recordContact(LocalDate on, String note, Clock clock) {
        requireOpen("record a contact");
        requireManager("record a contact");
        requireDuringLife(on, "on", clock);
        record(new ContactRecorded(on, Text.require(note, "note", 2000, true)), clock);
    }

    /** Makes a settlement proposal, which is also a contact, and sends it to the customer. */
    public SettlementProposal propose(RemedyKind remedy, Optional<Money> amount, LocalDate answerBy, LocalDate resolveBy,
            String terms, Clock clock) {
        requireState(NEGOTIABLE, "make a proposal");
        requireManager("make a proposal");
        LocalDate today = LocalDate.now(clock);
        if (answerBy == null || answerBy.isBefore(today)) {
            throw new InvalidCommandException("answerBy", "must be today or later");
        }
        amount.ifPresent(value -> standing.invoice().ifPresent(inv -> {
            if (!value.currency().equals(inv.amount().currency())) {
                throw new InvalidCommandException("amount", "is in " + value.currency() + " but the invoice is in "
                        + inv.amount().currency());
            }
        }));
        SettlementProposal proposal = new SettlementProposal(standing.proposals().size() + 1, remedy, amount, answerBy, resolveBy,
                terms);
        record(new ProposalMade(today, proposal), clock);
        issueLetter(LetterKind.SETTLEMENT_PROPOSAL, emailIfPossible(), today, letterReference(),
                new LetterContent.Proposal(proposal, consumerMentions(), manager()), clock);
        return proposal;
    }

    /** The customer accepts the pending proposal: its resolve-by date becomes the agreed deadline. */
    public void accept(LocalDate on, Clock clock) {
        requireState(EnumSet.of(GrievanceState.PROPOSAL_PENDING), "accept a proposal");
        requireDuringLife(on, "on", clock);
        SettlementProposal proposal = standing.pending().orElseThrow();
        record(new ProposalAccepted(on, proposal.round()), clock);
        issueLetter(LetterKind.AGREEMENT_CONFIRMATION, emailIfPossible(), on, letterReference(),
                new LetterContent.AgreementConfirmation(proposal, proposal.resolveBy(), manager()), clock);
    }

    /** The customer rejects the pending proposal: another round, or mediation, may follow. */
    public void reject(LocalDate on, String reason, Clock clock) {
        requireState(EnumSet.of(GrievanceState.PROPOSAL_PENDING), "reject a proposal");
        requireDuringLife(on, "on", clock);
        record(new ProposalRejected(on, standing.pending().orElseThrow().round(), Text.require(reason, "reason", 2000, true)), clock);
    }

    /**
     * Refers the grievance to a mediator. A consumer can go to the consumer mediator only within a
     * year of the written complaint (Code de la consommation, art. L612-2).
     */
    public void referToMediation(LocalDate on, String mediatorName, DisputeTerms terms, Clock clock) {
        requireState(EnumSet.of(GrievanceState.IN_NEGOTIATION, GrievanceState.OVERDUE), "refer to mediation");
        requireDuringLife(on, "on", clock);
        LocalDate limit = standing.complaintDate().plus(terms.grievances().consumerMediationWindow());
        if (customer().kind() == CustomerKind.CONSUMER && on.isAfter(limit)) {
            throw notAllowed("refer to mediation", "the consumer mediator can be reached only until " + limit
                    + ", a year after the written complaint of " + standing.complaintDate());
        }
        String name = Text.line(mediatorName, "mediatorName", 200);
        record(new GrievanceReferredToMediation(on, name), clock);
        issueLetter(LetterKind.MEDIATION_REFERRAL, emailIfPossible(), on, letterReference(),
                new LetterContent.MediationReferral(Optional.empty(), name, Optional.empty()), clock);
    }

    /** The remedy was delivered on {@code deliveredOn}: on time if by the agreed deadline. */
    public void resolve(LocalDate deliveredOn, String note, Clock clock) {
        resolve(deliveredOn, note, Optional.empty(), clock);
    }

    /**
     * The remedy was delivered on {@code deliveredOn}, on time if by the agreed deadline; a correction of
     * the invoice names its credit note or corrected invoice, which later letters about the invoice quote.
     */
    public void resolve(LocalDate deliveredOn, String note, Optional<String> correctionReference, Clock clock) {
        requireState(EnumSet.of(GrievanceState.AGREED, GrievanceState.OVERDUE), "record the resolution");
        requireDuringLife(deliveredOn, "deliveredOn", clock);
        SettlementProposal agreement = standing.agreed().orElseThrow();
        boolean onTime = !deliveredOn.isAfter(agreement.resolveBy());
        Optional<String> reference = correctionReference.map(value -> Text.line(value, "correctionReference", 64));
        record(new GrievanceResolved(deliveredOn, onTime, Text.require(note, "note", 2000, true), reference), clock);
        issueLetter(LetterKind.RESOLUTION_CONFIRMATION, emailIfPossible(), LocalDate.now(clock), letterReference(),
                new LetterContent.ResolutionConfirmation(Optional.of(agreement), deliveredOn, onTime, manager()), clock);
    }

    /** The customer withdraws the grievance. */
    public void withdraw(LocalDate on, String reason, Clock clock) {
        requireOpen("withdraw the grievance");
        requireDuringLife(on, "on", clock);
        record(new GrievanceWithdrawn(on, Text.require(reason, "reason", 2000, true)), clock);
    }

    // ---- the escalation ----

    @Override
    public Optional<LocalDate> nextDueOn(DisputeTerms terms) {
        return terms.grievanceSchedule().nextDueOn(standing.facts());
    }

    @Override
    public Optional<NextStep> nextStep(DisputeTerms terms) {
        return standing.nextStep();
    }

    @Override
    public List<DisputeEvent> escalate(LocalDate date, DisputeTerms terms, Clock clock) {
        long before = version();
        // Each event ends the deadline it records, so this ends; the bound is a guard.
        for (int steps = 0; steps < 4; steps++) {
            GrievanceDecision decision = terms.grievanceSchedule().decide(standing.facts(), date);
            if (decision instanceof GrievanceDecision.Wait) {
                break;
            }
            record(eventFor(decision, date), clock);
        }
        return eventsSince(before);
    }

    /** What the grievance records for a deadline its schedule says has passed on {@code date}. */
    private static DisputeEvent eventFor(GrievanceDecision decision, LocalDate date) {
        if (decision instanceof GrievanceDecision.FirstContactOverdue overdue) {
            return new FirstContactOverdue(date, overdue.deadline());
        }
        if (decision instanceof GrievanceDecision.ProposalLapsed lapsed) {
            return new ProposalLapsed(date, lapsed.round());
        }
        if (decision instanceof GrievanceDecision.RemedyOverdue overdue) {
            return new RemedyOverdue(date, overdue.resolveBy());
        }
        throw new IllegalArgumentException("nothing to record for " + decision);
    }

    // ---- applying events ----

    @Override
    void applyTrackEvent(DisputeEvent event) {
        if (!(event instanceof DisputeEvent.GrievanceEvent grievanceEvent)) {
            throw new IllegalArgumentException("a grievance does not apply " + event.getClass().getSimpleName());
        }
        standing.apply(grievanceEvent);
    }

    @Override
    void managerAssigned() {
        standing.managerAssigned();
    }

    /** The mediator the grievance was referred to, if any. */
    public Optional<String> mediator() {
        return standing.mediator();
    }

    /** The reference the customer knows, printed on the letters: the invoice's number, else the customer's reference. */
    private String letterReference() {
        return standing.invoice().map(Invoice::number).orElse(customer().reference());
    }

    private List<LegalMention> consumerMentions() {
        return LegalMention.ofGrievanceLetter(customer().kind());
    }

    private void requireOpen(String action) {
        if (standing.state().isTerminal()) {
            throw notAllowed(action, "the grievance has ended");
        }
    }

    private void requireManager(String action) {
        if (manager().isEmpty()) {
            throw notAllowed(action, "no manager is assigned");
        }
    }

    private void requireState(Set<GrievanceState> allowed, String action) {
        if (!allowed.contains(standing.state())) {
            throw notAllowed(action, "allowed only when " + allowed);
        }
    }
}
