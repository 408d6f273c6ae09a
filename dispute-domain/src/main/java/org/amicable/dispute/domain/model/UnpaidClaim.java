package org.amicable.dispute.domain.model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.amicable.dispute.domain.model.DisputeEvent.ChaseHeld;
import org.amicable.dispute.domain.model.DisputeEvent.ChaseResumed;
import org.amicable.dispute.domain.model.DisputeEvent.ClaimOpened;
import org.amicable.dispute.domain.model.DisputeEvent.LetterIssued;
import org.amicable.dispute.domain.model.DisputeEvent.PaymentRecorded;
import org.amicable.dispute.domain.model.DisputeEvent.Settled;

/**
 * The customer did not pay an invoice: the company climbs the ladder of DESIGN.md (first reminder,
 * second reminder, formal notice, mediation), until the customer pays, signs a repayment plan, or
 * the case goes to court.
 *
 * <ul>
 *   <li>A reaction of the customer (a payment, an answer, a reached call) restarts the waiting
 *       delay before the next reminder from the day of the reaction. It does not stop the eight days
 *       of a formal notice: they are a legal deadline.</li>
 *   <li>A promise to pay holds the ladder until the promised date plus grace; broken, the ladder
 *       resumes where it stopped.</li>
 *   <li>A repayment plan the customer proposed beyond the limits is a reaction and waits for a manager;
 *       declined, the waiting delay restarts from the day of the decline.</li>
 *   <li>An invoice-error grievance about the invoice holds the chase until it ends.</li>
 *   <li>A signed repayment plan fixes what is owed: late charges stop on its signature.</li>
 * </ul>
 */
public final class UnpaidClaim extends Dispute {

    static final Set<ClaimState> LADDER = EnumSet.of(ClaimState.OPEN, ClaimState.FIRST_REMINDER_SENT,
            ClaimState.SECOND_REMINDER_SENT, ClaimState.FORMAL_NOTICE_SENT, ClaimState.MEDIATION_TO_CONFIRM,
            ClaimState.IN_MEDIATION);

    private final ClaimStanding standing = new ClaimStanding(this);

    /** Where the claim stands, for the classes that carry out its commands. */
    ClaimStanding standing() {
        return standing;
    }

    UnpaidClaim(DisputeId id) {
        super(id);
    }

    /** Opens a claim for an unpaid invoice. Nothing is sent yet: the escalation sends the first reminder when due. */
    public static UnpaidClaim open(DisputeId id, Customer customer, Invoice invoice, Clock clock) {
        return open(id, customer, invoice, Optional.empty(), clock);
    }

    /** Opens the claim, recorded as done by the given actor. */
    public static UnpaidClaim open(DisputeId id, Customer customer, Invoice invoice, Optional<Actor> actor, Clock clock) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(invoice, "invoice");
        UnpaidClaim claim = new UnpaidClaim(id);
        actor.ifPresent(claim::actingAs);
        claim.record(new ClaimOpened(LocalDate.now(clock), id, customer, invoice), clock);
        return claim;
    }

    @Override
    public Track track() {
        return Track.UNPAID_CLAIM;
    }

    @Override
    public LocalDate lifeStart() {
        return standing.invoice().issueDate();
    }

    @Override
    public ClaimState state() {
        return standing.state();
    }

    @Override
    public boolean isClosed() {
        return state().isTerminal();
    }

    @Override
    public Optional<Invoice> invoice() {
        return Optional.of(standing.invoice());
    }

    /** The date the promise to pay holds the ladder to, if one does. */
    public Optional<LocalDate> promisedFor() {
        return standing.promisedFor();
    }

    /** The principal still owed, without late charges: what a task about the claim has at stake. */
    Money principalOwed() {
        return standing.account().principalOwed();
    }

    /** The grievance holding the chase, if any. */
    public Optional<DisputeId> heldByGrievance() {
        return standing.heldByGrievance();
    }

    /** The invoice's corrected amount, once a grievance about it changed what is owed on it. */
    public Optional<InvoiceCorrection> invoiceCorrection() {
        return standing.account().correction();
    }

    /** The payments recorded on the claim, oldest first. */
    public List<PaymentRecorded> payments() {
        return standing.account().payments();
    }

    /** The repayment plan's instalments, empty if there is no plan. */
    public List<Instalment> repaymentPlan() {
        return standing.account().plan();
    }

    /** The repayment plan the customer proposed that waits for a manager's decision, empty if none does. */
    public List<Instalment> proposedPlan() {
        return standing.proposedPlan();
    }

    /** How many instalments of the plan are fully paid. */
    public int instalmentsPaid() {
        return standing.account().instalmentsPaid();
    }

    /** Whether a mediation or conciliation was tried, which opens the court route for small claims. */
    public boolean mediationTried() {
        return standing.mediationTried();
    }

    /** The claim's figures under the company's terms: its balance, its late charges, its deadlines. */
    public ClaimFigures figures(DisputeTerms terms) {
        return new ClaimFigures(this, standing, terms);
    }

    // ---- what the customer does: see CustomerReactions ----

    /**
     * Records a payment received on {@code on}, applied as the law says ({@link DisputeTerms#allocate}).
     * A payment that covers the balance settles the claim.
     */
    public PaymentRecorded recordPayment(LocalDate on, Money amount, String reference, DisputeTerms terms,
            Clock clock) {
        return new CustomerReactions(this, clock).payment(on, amount, reference, terms);
    }

    /** Records the customer's promise to pay by {@code promisedFor}: the ladder holds until then plus grace. */
    public void recordPromise(LocalDate on, LocalDate promisedFor, Optional<Money> amount, Clock clock) {
        new CustomerReactions(this, clock).promise(on, promisedFor, amount);
    }

    /** Records the customer's answer (letter, mail, call): a reaction that restarts the waiting delay. */
    public void recordAnswer(LocalDate on, String summary, Clock clock) {
        new CustomerReactions(this, clock).answer(on, summary);
    }

    /** Records how a confirmation call went; a promise made on the phone holds the ladder like any promise. */
    public void recordPhoneCall(LocalDate on, PhoneCallOutcome outcome, Optional<LocalDate> promisedFor, String note,
            Clock clock) {
        new CustomerReactions(this, clock).phoneCall(on, outcome, promisedFor, note);
    }

    /** Records that the customer says he has paid: a reaction; the balance changes once the payment is received. */
    public void declarePayment(LocalDate on, LocalDate paidOn, String reference, Clock clock) {
        new CustomerReactions(this, clock).declaration(on, paidOn, reference);
    }

    /**
     * Agrees a repayment plan (échéancier): see {@link RepaymentPlans#agree}. Signed, it acknowledges the
     * debt: the limitation period restarts.
     */
    public void agreeRepaymentPlan(LocalDate on, List<Instalment> instalments, DisputeTerms terms, Clock clock) {
        new RepaymentPlans(this, clock).agree(on, instalments, terms);
    }

    /** Records a plan the customer proposed beyond the limits, which waits for a manager: see {@link RepaymentPlans#propose}. */
    public void proposeRepaymentPlan(LocalDate on, List<Instalment> instalments, DisputeTerms terms, Clock clock) {
        new RepaymentPlans(this, clock).propose(on, instalments, terms);
    }

    /** A manager declines the plan the customer proposed: see {@link RepaymentPlans#decline}. */
    public void declineRepaymentPlan(LocalDate on, String reason, Clock clock) {
        new RepaymentPlans(this, clock).decline(on, reason);
    }

    // ---- what the company does ----

    /** A manager confirms the external mediation that the ladder reached, with its mediator and fee. */
    public void confirmMediation(LocalDate on, MediatorKind kind, String mediatorName, Money fee, String confirmedBy,
            DisputeTerms terms, Clock clock) {
        new CompanyDecisions(this, clock).confirmMediation(on, kind, mediatorName, fee, confirmedBy, terms);
    }

    /** Takes the case to court: see {@link CompanyDecisions#takeToCourt} for when the company may. */
    public void takeToCourt(LocalDate on, Initiator initiator, String reason, DisputeTerms terms, Clock clock) {
        new CompanyDecisions(this, clock).takeToCourt(on, initiator, reason, terms);
    }

    /** The company gives up the claim. */
    public void writeOff(LocalDate on, String reason, Clock clock) {
        new CompanyDecisions(this, clock).writeOff(on, reason);
    }

    /** The claim was opened in error or is void. */
    public void cancel(LocalDate on, String reason, Clock clock) {
        new CompanyDecisions(this, clock).cancel(on, reason);
    }

    // ---- the link with a grievance about the same invoice ----

    /** An invoice-error grievance about this invoice holds the chase until it ends. */
    public void holdForGrievance(DisputeId grievanceId, LocalDate on, Clock clock) {
        requireNotClosed("hold the chase");
        if (heldByGrievance().isPresent()) {
            throw notAllowed("hold the chase", "grievance " + heldByGrievance().get() + " already holds it");
        }
        record(new ChaseHeld(on, grievanceId), clock);
    }

    /**
     * The grievance ended: the chase resumes on {@code correctedInvoiceAmount} (less what was paid
     * toward the principal), or on the same amount if none; it ends settled if nothing is owed.
     */
    public void resumeAfterGrievance(DisputeId grievanceId, Optional<Money> correctedInvoiceAmount, LocalDate on,
            DisputeTerms terms, Clock clock) {
        resumeAfterGrievance(grievanceId, correctedInvoiceAmount, Optional.empty(), on, terms, clock);
    }

    /** The same, naming the credit note or corrected invoice that later letters quote. */
    public void resumeAfterGrievance(DisputeId grievanceId, Optional<Money> correctedInvoiceAmount,
            Optional<String> correctionReference, LocalDate on, DisputeTerms terms, Clock clock) {
        if (heldByGrievance().filter(grievanceId::equals).isEmpty()) {
            throw notAllowed("resume the chase", "it is not held by grievance " + grievanceId);
        }
        Money corrected = correctedInvoiceAmount.orElse(standing.invoice().amount());
        requireSameCurrency(corrected, "correctedAmount");
        record(new ChaseResumed(on, grievanceId, corrected.minus(standing.account().paidToPrincipal()).max(zero()),
                correctedInvoiceAmount.isPresent() ? correctionReference : Optional.empty()), clock);
        settleIfNothingOwed(on, terms, clock);
    }

    /** The letter that came back addressee unknown is sent again, as it was, to the corrected address. */
    @Override
    void contactDetailsCorrected(Clock clock) {
        standing.returnedToSender().flatMap(this::letter).ifPresent(returned -> issueLetter(returned.kind(), returned.channel(),
                LocalDate.now(clock), returned.reference(), returned.content(), clock));
    }

    // ---- the escalation ----

    @Override
    public Optional<LocalDate> nextDueOn(DisputeTerms terms) {
        return schedule(terms).nextDueOn(ladderFacts(terms));
    }

    @Override
    public Optional<NextStep> nextStep(DisputeTerms terms) {
        return ClaimLadderSteps.nextStep(this);
    }

    @Override
    public List<DisputeEvent> escalate(LocalDate date, DisputeTerms terms, Clock clock) {
        long before = version();
        // Each step moves the next due date past the step's own date, so this ends; the bound is a guard.
        for (int steps = 0; steps < 8; steps++) {
            ClaimDecision decision = schedule(terms).decide(ladderFacts(terms), date);
            if (decision instanceof ClaimDecision.Wait) {
                break;
            }
            new ClaimLadderSteps(this, terms, clock).carryOut(decision, date);
        }
        return eventsSince(before);
    }

    /** What the ladder's schedule needs to know of this claim. */
    public LadderFacts ladderFacts(DisputeTerms terms) {
        return standing.ladderFacts(terms.zone(), figures(terms).formalNoticeStart());
    }

    private LadderSchedule schedule(DisputeTerms terms) {
        return terms.scheduleFor(customer().kind());
    }

    // ---- applying events ----

    @Override
    void applyTrackEvent(DisputeEvent event) {
        if (!(event instanceof DisputeEvent.ClaimEvent claimEvent)) {
            throw new IllegalArgumentException("an unpaid claim does not apply " + event.getClass().getSimpleName());
        }
        standing.apply(claimEvent);
    }

    @Override
    void letterIssued(DisputeEvent.LetterIssued issued) {
        standing.letterIssued(issued);
    }

    @Override
    void letterReturned(DisputeEvent.LetterReturned returned) {
        standing.letterReturned(returned);
    }

    void settleIfNothingOwed(LocalDate on, DisputeTerms terms, Clock clock) {
        if (!isClosed() && figures(terms).balanceOn(on).isSettled()) {
            record(new Settled(on), clock);
        }
    }

    // ---- guards ----

    LadderTerms ladder(DisputeTerms terms) {
        return terms.ladderFor(customer().kind());
    }

    Money zero() {
        return standing.account().zero();
    }

    void requireNotClosed(String action) {
        if (isClosed()) {
            throw notAllowed(action, "the claim is closed");
        }
    }

    void requireState(Set<ClaimState> allowed, String action) {
        if (!allowed.contains(state())) {
            throw notAllowed(action, "allowed only when " + allowed);
        }
    }

    void requireSameCurrency(Money money, String field) {
        standing.account().requireSameCurrency(money, field);
    }
}
