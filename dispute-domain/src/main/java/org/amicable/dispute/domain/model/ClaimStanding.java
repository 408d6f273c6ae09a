package org.amicable.dispute.domain.model;

import java.util.Map;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeEvent.ChaseHeld;
import org.amicable.dispute.domain.model.DisputeEvent.ChaseResumed;
import org.amicable.dispute.domain.model.DisputeEvent.ClaimEscalated;
import org.amicable.dispute.domain.model.DisputeEvent.ClaimOpened;
import org.amicable.dispute.domain.model.DisputeEvent.CustomerAnswered;
import org.amicable.dispute.domain.model.DisputeEvent.InstalmentMissed;
import org.amicable.dispute.domain.model.DisputeEvent.LetterIssued;
import org.amicable.dispute.domain.model.DisputeEvent.LimitationWarning;
import org.amicable.dispute.domain.model.DisputeEvent.MediationConfirmed;
import org.amicable.dispute.domain.model.DisputeEvent.PaymentRecorded;
import org.amicable.dispute.domain.model.DisputeEvent.PhoneCallRecorded;
import org.amicable.dispute.domain.model.DisputeEvent.PhoneTaskCreated;
import org.amicable.dispute.domain.model.DisputeEvent.PromiseBroken;
import org.amicable.dispute.domain.model.DisputeEvent.PromiseToPayRecorded;
import org.amicable.dispute.domain.model.DisputeEvent.RepaymentPlanAgreed;
import org.amicable.dispute.domain.model.DisputeEvent.Settled;
import org.amicable.dispute.domain.model.DisputeEvent.TakenToCourt;

/**
 * Where an unpaid claim stands, as its events add up: its state on the ladder and since when, the
 * customer's last reaction, a promise or a proposed plan that holds it, what holds the chase, the
 * limitation clock, and its {@link ClaimAccount}. It applies every event of the claim's track; the
 * claim decides what to record.
 */
final class ClaimStanding {

    private final UnpaidClaim claim;
    private Invoice invoice;
    private ClaimAccount account;
    private ClaimState state;
    private LocalDate stateSince;
    private Optional<LocalDate> lastReaction = Optional.empty();
    private Optional<LetterId> formalNotice = Optional.empty();
    /** The letter of the current step of the ladder (a reminder, the formal notice), once issued. */
    private Optional<LetterId> stepLetter = Optional.empty();
    private Optional<LocalDate> promisedFor = Optional.empty();
    private Optional<DisputeId> heldByGrievance = Optional.empty();
    /** A letter of the ladder that came back addressee unknown (NPAI): the ladder holds until the address is corrected. */
    private Optional<LetterId> returnedToSender = Optional.empty();
    private boolean mediationTried;
    private LocalDate limitationStart;
    private Optional<LocalDate> warnedForLimitation = Optional.empty();
    private List<Instalment> proposedPlan = List.of();
    private Optional<LocalDate> proposedOn = Optional.empty();

    ClaimStanding(UnpaidClaim claim) {
        this.claim = claim;
    }

    Invoice invoice() {
        return invoice;
    }

    ClaimAccount account() {
        return account;
    }

    ClaimState state() {
        return state;
    }

    Optional<LocalDate> promisedFor() {
        return promisedFor;
    }

    Optional<DisputeId> heldByGrievance() {
        return heldByGrievance;
    }

    Optional<LetterId> returnedToSender() {
        return returnedToSender;
    }

    Optional<LetterId> formalNotice() {
        return formalNotice;
    }

    boolean mediationTried() {
        return mediationTried;
    }

    LocalDate limitationStart() {
        return limitationStart;
    }

    List<Instalment> proposedPlan() {
        return proposedPlan;
    }

    Optional<LocalDate> proposedOn() {
        return proposedOn;
    }

    /** The letter of the current step, while it went through review and is not sent yet. */
    Optional<LetterId> stepLetterAwaited() {
        boolean stepOfTheLadder = state == ClaimState.FIRST_REMINDER_SENT || state == ClaimState.SECOND_REMINDER_SENT
                || state == ClaimState.FORMAL_NOTICE_SENT;
        return stepLetter.filter(id -> stepOfTheLadder && claim.sendingAwaited(id));
    }

    /**
     * What the ladder's schedule needs to know of the claim, with the zone its letters' dates are read in
     * and the day the formal notice's deadline runs from.
     */
    LadderFacts ladderFacts(ZoneId zone, Optional<LocalDate> formalNoticeStart) {
        LocalDate stepFrom = stepLetter.filter(id -> claim.review(id).isPresent()).flatMap(claim::letter)
                .map(letter -> latest(letter.deadlineStart(zone), stateSince)).orElse(stateSince);
        Optional<LocalDate> nextInstalment = state == ClaimState.REPAYMENT_PLAN ? account.nextInstalmentDue()
                : Optional.empty();
        return new LadderFacts(state, invoice.dueDate(), stateSince, stepFrom, lastReaction, promisedFor,
                heldByGrievance.isPresent() || returnedToSender.isPresent(), stepLetterAwaited().isPresent(),
                formalNoticeStart, nextInstalment, account.instalmentsPaid(), limitationStart, warnedForLimitation);
    }

    void apply(DisputeEvent.ClaimEvent event) {
        EVENTS.apply(this, event);
    }

    /** What each event of the claim's track changes in where it stands. */
    static final EventHandlers<ClaimStanding, DisputeEvent.ClaimEvent> EVENTS =
            EventHandlers.<ClaimStanding, DisputeEvent.ClaimEvent>of(DisputeEvent.ClaimEvent.class)
                    .on(ClaimOpened.class, ClaimStanding::opened)
                    .on(ClaimEscalated.class, (standing, escalated) -> {
                        standing.moveTo(escalated.to(), escalated.on());
                        standing.stepLetter = Optional.empty();
                    })
                    .on(PaymentRecorded.class, ClaimStanding::paid)
                    .on(PromiseToPayRecorded.class, (standing, promise) -> {
                        standing.promisedFor = Optional.of(promise.promisedFor());
                        standing.lastReaction = Optional.of(promise.on());
                    })
                    .on(PromiseBroken.class, (standing, broken) -> standing.promisedFor = Optional.empty())
                    .on(CustomerAnswered.class, (standing, answered) -> standing.lastReaction = Optional.of(answered.on()))
                    .on(DisputeEvent.PaymentDeclared.class,
                            (standing, declared) -> standing.lastReaction = Optional.of(declared.on()))
                    .on(DisputeEvent.RepaymentPlanProposed.class, (standing, proposed) -> {
                        standing.proposedPlan = proposed.instalments();
                        standing.proposedOn = Optional.of(proposed.on());
                        standing.lastReaction = Optional.of(proposed.on());
                    })
                    .on(DisputeEvent.RepaymentPlanDeclined.class, (standing, declined) -> {
                        standing.proposedPlan = List.of();
                        standing.lastReaction = Optional.of(declined.on());
                    })
                    .on(PhoneCallRecorded.class, (standing, call) -> {
                        if (call.outcome() != PhoneCallOutcome.UNREACHABLE) {
                            standing.lastReaction = Optional.of(call.on());
                        }
                    })
                    .changesNothing(PhoneTaskCreated.class)
                    .on(MediationConfirmed.class, (standing, confirmed) -> {
                        standing.mediationTried = true;
                        standing.moveTo(ClaimState.IN_MEDIATION, confirmed.on());
                    })
                    .on(RepaymentPlanAgreed.class, ClaimStanding::planAgreed)
                    .on(InstalmentMissed.class, (standing, missed) -> {
                        standing.account.planDropped();
                        standing.moveTo(missed.returnedTo(), missed.on());
                    })
                    .on(TakenToCourt.class, (standing, court) -> {
                        standing.proposedPlan = List.of();
                        standing.moveTo(ClaimState.LITIGATION, court.on());
                    })
                    .on(DisputeEvent.WrittenOff.class, (standing, writtenOff) -> standing.close(ClaimState.WRITTEN_OFF,
                            writtenOff.on()))
                    .on(DisputeEvent.Cancelled.class, (standing, cancelled) -> standing.close(ClaimState.CANCELLED,
                            cancelled.on()))
                    .on(Settled.class, (standing, settled) -> standing.close(ClaimState.SETTLED, settled.on()))
                    .on(ChaseHeld.class, (standing, held) -> standing.heldByGrievance = Optional.of(held.grievanceId()))
                    .on(ChaseResumed.class, ClaimStanding::chaseResumed)
                    .on(LimitationWarning.class,
                            (standing, warning) -> standing.warnedForLimitation = Optional.of(warning.limitationDate()))
                    .build();

    private void opened(ClaimOpened opened) {
        claim.opened(opened.customer(), opened.on());
        invoice = opened.invoice();
        state = ClaimState.OPEN;
        stateSince = opened.on();
        account = new ClaimAccount(invoice);
        limitationStart = invoice.dueDate();
    }

    private void paid(PaymentRecorded payment) {
        account.paid(payment, state == ClaimState.REPAYMENT_PLAN);
        lastReaction = Optional.of(payment.on());
        limitationStart = latest(limitationStart, payment.on());
        promisedFor = Optional.empty();
    }

    private void planAgreed(RepaymentPlanAgreed agreed) {
        account.planAgreed(agreed.instalments(), agreed.on());
        proposedPlan = List.of();
        promisedFor = Optional.empty();
        limitationStart = latest(limitationStart, agreed.on());
        moveTo(ClaimState.REPAYMENT_PLAN, agreed.on());
    }

    private void chaseResumed(ChaseResumed resumed) {
        heldByGrievance = Optional.empty();
        lastReaction = Optional.of(resumed.on());
        account.corrected(resumed.principal(), resumed.correctionReference());
    }

    /** A letter of the claim is issued: it may be the step's letter, or the returned one sent again. */
    void letterIssued(LetterIssued issued) {
        LetterKind kind = issued.letter().kind();
        if (kind == LetterKind.FIRST_REMINDER || kind == LetterKind.SECOND_REMINDER || kind == LetterKind.FORMAL_NOTICE) {
            stepLetter = Optional.of(issued.letter().id());
        }
        if (kind == LetterKind.FORMAL_NOTICE) {
            formalNotice = Optional.of(issued.letter().id());
        }
        if (returnedToSender.filter(id -> claim.letter(id).map(Letter::kind).orElse(null) == kind).isPresent()) {
            // The returned letter sent again to the corrected address: the ladder resumes from it.
            returnedToSender = Optional.empty();
            stateSince = issued.on();
        }
    }

    /** A letter came back undelivered: addressee unknown, the ladder holds until the address is corrected. */
    void letterReturned(DisputeEvent.LetterReturned returned) {
        if (returned.reason() == ReturnReason.ADDRESSEE_UNKNOWN && !state.isTerminal()) {
            returnedToSender = Optional.of(returned.letterId());
        }
    }

    private void moveTo(ClaimState next, LocalDate on) {
        state = next;
        stateSince = on;
    }

    private void close(ClaimState terminal, LocalDate on) {
        moveTo(terminal, on);
        account.closed(on);
        promisedFor = Optional.empty();
        proposedPlan = List.of();
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    // ---- as a snapshot keeps it ----

    Map<String, Object> stored() {
        return StoredFields.fields("invoice", StoredValues.invoice(invoice), "account", account.stored(),
                "state", StoredCodes.CLAIM_STATE.code(state), "stateSince", StoredValues.date(stateSince),
                "lastReaction", StoredValues.optionalDate(lastReaction), "formalNotice", letter(formalNotice), "stepLetter", letter(stepLetter),
                "promisedFor", StoredValues.optionalDate(promisedFor), "heldByGrievance", heldByGrievance.map(DisputeId::toString).orElse(null),
                "returnedToSender", letter(returnedToSender), "mediationTried", mediationTried,
                "limitationStart", StoredValues.date(limitationStart), "warnedForLimitation", StoredValues.optionalDate(warnedForLimitation),
                "proposedPlan", proposedPlan.stream().map(StoredValues::instalment).toList(),
                "proposedOn", StoredValues.optionalDate(proposedOn));
    }

    void restore(StoredFields f) {
        invoice = f.object("invoice", StoredValues::invoice);
        account = new ClaimAccount(invoice);
        f.object("account", stored -> {
            account.restore(stored);
            return account;
        });
        state = f.code("state", StoredCodes.CLAIM_STATE);
        stateSince = f.date("stateSince");
        lastReaction = f.optionalDate("lastReaction");
        formalNotice = f.optionalUuid("formalNotice").map(LetterId::new);
        stepLetter = f.optionalUuid("stepLetter").map(LetterId::new);
        promisedFor = f.optionalDate("promisedFor");
        heldByGrievance = f.optionalUuid("heldByGrievance").map(DisputeId::new);
        returnedToSender = f.optionalUuid("returnedToSender").map(LetterId::new);
        mediationTried = f.bool("mediationTried");
        limitationStart = f.date("limitationStart");
        warnedForLimitation = f.optionalDate("warnedForLimitation");
        proposedPlan = f.objects("proposedPlan", StoredValues::instalment);
        proposedOn = f.optionalDate("proposedOn");
    }

    private static String letter(Optional<LetterId> letter) {
        return letter.map(LetterId::toString).orElse(null);
    }
}
