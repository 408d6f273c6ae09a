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
import org.amicable.dispute.domain.model.DisputeEvent.CustomerAnswered;
import org.amicable.dispute.domain.model.DisputeEvent.LetterIssued;
import org.amicable.dispute.domain.model.DisputeEvent.MediationConfirmed;
import org.amicable.dispute.domain.model.DisputeEvent.PaymentRecorded;
import org.amicable.dispute.domain.model.DisputeEvent.PhoneCallRecorded;
import org.amicable.dispute.domain.model.DisputeEvent.PromiseToPayRecorded;
import org.amicable.dispute.domain.model.DisputeEvent.RepaymentPlanAgreed;
import org.amicable.dispute.domain.model.DisputeEvent.Settled;
import org.amicable.dispute.domain.model.DisputeEvent.TakenToCourt;

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

    private static final Set<ClaimState> LADDER = EnumSet.of(ClaimState.OPEN, ClaimState.FIRST_REMINDER_SENT,
            ClaimState.SECOND_REMINDER_SENT, ClaimState.FORMAL_NOTICE_SENT, ClaimState.MEDIATION_TO_CONFIRM,
            ClaimState.IN_MEDIATION);

    private final ClaimStanding standing = new ClaimStanding(this);

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

    public ClaimState state() {
        return standing.state();
    }

    @Override
    public String stateName() {
        return state().name();
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

    /**
     * What the customer owes on {@code date}: principal, late charges (penalties or legal interest),
     * indemnity. See {@link LateChargeLaw} for the arithmetic and the rounding.
     */
    public Balance balanceOn(LocalDate date, DisputeTerms terms) {
        return standing.account().balanceOn(date, customer().kind(), lateCharges(terms), formalNoticeStart(terms));
    }

    /**
     * The rate late charges run at on {@code date}, with its basis: for a business, the invoice's
     * contract rate, else the customer's terms of sale, else the ECB rate plus 10 points, never below
     * three times the legal rate (Code de commerce, art. L441-10); for a consumer, the legal rate.
     */
    public LateChargeRate lateChargeRateOn(LocalDate date, DisputeTerms terms) {
        return lateCharges(terms).rateOn(customer().kind(), date);
    }

    /**
     * The day after which late charges run: the due date toward a business, the start of the formal
     * notice's deadline toward a consumer; empty while none run (a consumer before the formal notice).
     */
    public Optional<LocalDate> lateChargesRunAfter(DisputeTerms terms) {
        return customer().kind() == CustomerKind.BUSINESS ? Optional.of(invoice().orElseThrow().dueDate())
                : formalNoticeStart(terms);
    }

    /** The last day late charges run to, as of {@code date}: the day they stopped (a plan, a closing), or {@code date}. */
    public LocalDate lateChargesRunUntil(LocalDate date) {
        return standing.account().chargesRunUntil(date);
    }

    private LateChargeLaw lateCharges(DisputeTerms terms) {
        return terms.lateCharges(standing.invoice().contractPenaltyRate().or(() -> customer().contractPenaltyRate()));
    }

    /** The date the claim expires unless acknowledged or taken to court (art. 2240 restarts it). */
    public LocalDate limitationDate(DisputeTerms terms) {
        return standing.limitationStart().plus(ladder(terms).limitationPeriod());
    }

    /** The date the formal notice's deadline ends, once it is sent. */
    public Optional<LocalDate> formalNoticeDeadline(DisputeTerms terms) {
        return formalNoticeStart(terms).map(start -> start.plusDays(ladder(terms).formalNoticeDeadlineDays()));
    }

    /** Empty while the formal notice waits for review or for its sending: its deadline runs from the sending. */
    private Optional<LocalDate> formalNoticeStart(DisputeTerms terms) {
        return standing.formalNotice().filter(id -> !sendingAwaited(id)).flatMap(this::letter)
                .map(letter -> letter.deadlineStart(terms.zone()));
    }

    // ---- what the customer does ----

    /**
     * Records a payment received on {@code on}, applied to late charges first, then the indemnity,
     * then the principal (Code civil, art. 1343-1). A payment that covers the balance settles the claim.
     */
    public PaymentRecorded recordPayment(LocalDate on, Money amount, String reference, DisputeTerms terms,
            Clock clock) {
        requireNotClosed("record a payment");
        requireDuringLife(on, "receivedOn", clock);
        Optional<LocalDate> last = standing.account().lastPaymentOn();
        if (last.filter(on::isBefore).isPresent()) {
            throw new InvalidCommandException("receivedOn", "payments are recorded in date order; the last was on "
                    + last.get());
        }
        requireSameCurrency(amount, "amount");
        if (!amount.isPositive()) {
            throw new InvalidCommandException("amount", "must be positive");
        }
        PaymentSplit split = terms.allocate(amount, balanceOn(on, terms));
        PaymentRecorded payment = new PaymentRecorded(on, amount, Text.line(reference, "reference", 100),
                split.toLateCharges(), split.toIndemnity(), split.toPrincipal(), split.surplus());
        record(payment, clock);
        settleIfNothingOwed(on, terms, clock);
        return payment;
    }

    /** Records the customer's promise to pay by {@code promisedFor}: the ladder holds until then plus grace. */
    public void recordPromise(LocalDate on, LocalDate promisedFor, Optional<Money> amount, Clock clock) {
        requireState(LADDER, "record a promise to pay");
        requireDuringLife(on, "on", clock);
        Objects.requireNonNull(promisedFor, "promisedFor");
        if (!promisedFor.isAfter(on)) {
            throw new InvalidCommandException("promisedFor", "must be after the day of the promise");
        }
        amount.ifPresent(value -> requireSameCurrency(value, "amount"));
        amount.filter(value -> !value.isPositive()).ifPresent(value -> {
            throw new InvalidCommandException("amount", "must be positive");
        });
        record(new PromiseToPayRecorded(on, promisedFor, amount), clock);
    }

    /** Records the customer's answer (letter, mail, call): a reaction that restarts the waiting delay. */
    public void recordAnswer(LocalDate on, String summary, Clock clock) {
        requireNotClosed("record an answer");
        requireDuringLife(on, "on", clock);
        record(new CustomerAnswered(on, Text.require(summary, "summary", 2000, true)), clock);
    }

    /** Records how a confirmation call went; a promise made on the phone holds the ladder like any promise. */
    public void recordPhoneCall(LocalDate on, PhoneCallOutcome outcome, Optional<LocalDate> promisedFor, String note,
            Clock clock) {
        requireNotClosed("record a phone call");
        requireDuringLife(on, "on", clock);
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == PhoneCallOutcome.PROMISED) != promisedFor.isPresent()) {
            throw new InvalidCommandException("promisedFor", "is required when, and only when, the outcome is PROMISED");
        }
        String text = note == null || note.isBlank() ? outcome.name().toLowerCase() : note;
        if (outcome == PhoneCallOutcome.PROMISED) {
            requireState(LADDER, "record a promise to pay");
            if (!promisedFor.get().isAfter(on)) {
                throw new InvalidCommandException("promisedFor", "must be after the day of the call");
            }
        }
        record(new PhoneCallRecorded(on, outcome, promisedFor, Text.require(text, "note", 2000, true)), clock);
        if (outcome == PhoneCallOutcome.PROMISED) {
            record(new PromiseToPayRecorded(on, promisedFor.get(), Optional.empty()), clock);
        }
    }

    /**
     * Agrees a repayment plan (échéancier). Its instalments must add up to the balance on {@code on},
     * fall due after it, in order. Signed, it acknowledges the debt: the limitation period restarts.
     */
    public void agreeRepaymentPlan(LocalDate on, List<Instalment> instalments, DisputeTerms terms, Clock clock) {
        requireState(LADDER, "agree a repayment plan");
        requireDuringLife(on, "on", clock);
        Money total = terms.planTotal(on, instalments, balanceOn(on, terms));
        record(new RepaymentPlanAgreed(on, List.copyOf(instalments)), clock);
        issueLetter(LetterKind.REPAYMENT_PLAN_CONFIRMATION, emailIfPossible(), on, standing.invoice().number(),
                new LetterContent.RepaymentPlanConfirmation(standing.invoice(), instalments, total,
                        Optional.of(ladder(terms).instalmentGraceDays()),
                        Optional.of(ladder(terms).afterMissedInstalment()), invoiceCorrection()), clock);
    }

    /**
     * Records a repayment plan the customer proposed outside the limits the company accepts on the spot:
     * a reaction, which waits for a manager to agree a plan (this one or another) or to answer him.
     * Its instalments must add up to the balance like those of an agreed plan.
     */
    public void proposeRepaymentPlan(LocalDate on, List<Instalment> instalments, DisputeTerms terms, Clock clock) {
        requireState(LADDER, "propose a repayment plan");
        requireDuringLife(on, "on", clock);
        terms.planTotal(on, instalments, balanceOn(on, terms));
        record(new DisputeEvent.RepaymentPlanProposed(on, List.copyOf(instalments)), clock);
    }

    /**
     * A manager declines the repayment plan the customer proposed, with its reason. The ladder
     * resumes where it stood: the same step, its waiting delay counted again from the day of the decline,
     * as from a reaction, so that the customer has the full delay to pay or to propose another plan before
     * the next letter. The eight days of a formal notice, a legal deadline, run on unchanged.
     */
    public void declineRepaymentPlan(LocalDate on, String reason, Clock clock) {
        requireNotClosed("decline the proposed repayment plan");
        if (proposedPlan().isEmpty()) {
            throw notAllowed("decline the proposed repayment plan", "no plan proposed by the customer waits");
        }
        requireDuringLife(on, "on", clock);
        LocalDate proposedOn = standing.proposedOn().orElseThrow();
        if (on.isBefore(proposedOn)) {
            throw new InvalidCommandException("on", "is before the plan was proposed, on " + proposedOn);
        }
        record(new DisputeEvent.RepaymentPlanDeclined(on, Text.require(reason, "reason", 2000, true)), clock);
    }

    /**
     * Records that the customer says he has paid, with the reference he gives: a reaction that restarts
     * the waiting delay. The balance changes only once the company records the payment it received.
     */
    public void declarePayment(LocalDate on, LocalDate paidOn, String reference, Clock clock) {
        requireNotClosed("say the invoice is paid");
        requireDuringLife(on, "on", clock);
        requireDuringLife(paidOn, "paidOn", clock);
        record(new DisputeEvent.PaymentDeclared(on, paidOn, Text.line(reference, "reference", 100)), clock);
    }

    // ---- what the company does ----

    /** A manager confirms the external mediation that the ladder reached, with its mediator and fee. */
    public void confirmMediation(LocalDate on, MediatorKind kind, String mediatorName, Money fee, String confirmedBy,
            DisputeTerms terms, Clock clock) {
        requireState(EnumSet.of(ClaimState.MEDIATION_TO_CONFIRM), "confirm mediation");
        requireDuringLife(on, "on", clock);
        Objects.requireNonNull(kind, "mediatorKind");
        requireSameCurrency(fee, "fee");
        if (fee.isNegative()) {
            throw new InvalidCommandException("fee", "must not be negative");
        }
        String name = Text.line(mediatorName, "mediatorName", 200);
        record(new MediationConfirmed(on, kind, name, fee, Text.line(confirmedBy, "confirmedBy", 100)), clock);
        issueLetter(LetterKind.MEDIATION_REFERRAL, ladder(terms).reminderChannel(), on, standing.invoice().number(),
                new LetterContent.MediationReferral(Optional.of(kind), name, Optional.of(balanceOn(on, terms)),
                        Optional.of(fee)), clock);
    }

    /**
     * Takes the case to court. The company may do so for a claim of 5,000 EUR or less only after a
     * mediation or conciliation was tried (Code de procédure civile, art. 750-1); the customer may ask at any time.
     */
    public void takeToCourt(LocalDate on, Initiator initiator, String reason, DisputeTerms terms, Clock clock) {
        requireNotClosed("take the case to court");
        requireDuringLife(on, "on", clock);
        Objects.requireNonNull(initiator, "initiator");
        Money threshold = terms.courtWithoutMediationAbove();
        Money total = balanceOn(on, terms).total();
        boolean small = !threshold.currency().equals(total.currency()) || !total.isGreaterThan(threshold);
        if (initiator == Initiator.COMPANY && small && !mediationTried()) {
            throw notAllowed("take the case to court", "a claim of " + threshold
                    + " or less needs a mediation or conciliation first (Code de procédure civile, art. 750-1)");
        }
        record(new TakenToCourt(on, initiator, Text.require(reason, "reason", 2000, true)), clock);
    }

    /** The company gives up the claim. */
    public void writeOff(LocalDate on, String reason, Clock clock) {
        requireNotClosed("write the claim off");
        requireDuringLife(on, "on", clock);
        record(new DisputeEvent.WrittenOff(on, Text.require(reason, "reason", 2000, true)), clock);
    }

    /** The claim was opened in error or is void. */
    public void cancel(LocalDate on, String reason, Clock clock) {
        requireNotClosed("cancel the claim");
        requireDuringLife(on, "on", clock);
        record(new DisputeEvent.Cancelled(on, Text.require(reason, "reason", 2000, true)), clock);
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
    public Optional<String> nextStep(DisputeTerms terms) {
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
        return standing.ladderFacts(terms.zone(), formalNoticeStart(terms));
    }

    private LadderSchedule schedule(DisputeTerms terms) {
        return terms.scheduleFor(customer().kind());
    }

    /** The letter of the current step, while it went through review and is not sent yet. */
    Optional<LetterId> stepLetterAwaited() {
        return standing.stepLetterAwaited();
    }

    /** The letter of the ladder that came back addressee unknown, until it is sent again. */
    Optional<LetterId> returnedToSender() {
        return standing.returnedToSender();
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

    private void settleIfNothingOwed(LocalDate on, DisputeTerms terms, Clock clock) {
        if (!isClosed() && balanceOn(on, terms).isSettled()) {
            record(new Settled(on), clock);
        }
    }

    // ---- guards ----

    private LadderTerms ladder(DisputeTerms terms) {
        return terms.ladderFor(customer().kind());
    }

    private Money zero() {
        return standing.account().zero();
    }

    private void requireNotClosed(String action) {
        if (isClosed()) {
            throw notAllowed(action, "the claim is closed");
        }
    }

    private void requireState(Set<ClaimState> allowed, String action) {
        if (!allowed.contains(state())) {
            throw notAllowed(action, "allowed only when " + allowed);
        }
    }

    private void requireSameCurrency(Money money, String field) {
        standing.account().requireSameCurrency(money, field);
    }

    static void requirePast(LocalDate date, String field, Clock clock) {
        Objects.requireNonNull(date, field);
        if (date.isAfter(LocalDate.now(clock))) {
            throw new InvalidCommandException(field, "is in the future (" + date + ")");
        }
    }
}
