package org.amicable.dispute.domain.model;

import static org.amicable.dispute.domain.model.StoredFields.fields;
import static org.amicable.dispute.domain.model.StoredValues.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the order of a dispute's timeline tells, read as each event is applied, so that the tasks, the report
 * row and the balance movements are known without reading the timeline again: positions are entry indexes,
 * -1 for never.
 */
final class DisputeHistory {

    private int applied;
    Optional<DisputeEvent.PhoneTaskCreated> phoneTask = Optional.empty();
    int phoneTaskAt = -1;
    int lastCallAt = -1;
    Optional<LocalDate> stateSince = Optional.empty();
    Optional<DisputeEvent.RepaymentPlanProposed> proposal = Optional.empty();
    Optional<DisputeEvent.InstalmentMissed> missed = Optional.empty();
    int missedAt = -1;
    int stateMovedAt = -1;
    Optional<DisputeEvent.LimitationWarning> warning = Optional.empty();
    int warningAt = -1;
    int acknowledgedAt = -1;
    boolean contacted;
    int correctedAt = -1;
    final Map<LetterId, DisputeEvent.LetterReturned> returns = new LinkedHashMap<>();
    final Map<LetterId, Integer> returnedAt = new LinkedHashMap<>();
    final Map<LetterId, DisputeEvent.LetterFailed> failures = new LinkedHashMap<>();
    final Map<LetterId, Integer> failedAt = new LinkedHashMap<>();

    /** The report's view of a claim's ladder: the states it went through, as {@link ReportRow} reads them. */
    ClaimState reportedState = ClaimState.OPEN;
    LadderStep highestStep = LadderStep.NONE;
    Optional<LocalDate> settledOn = Optional.empty();
    Optional<LocalDate> mediationSince = Optional.empty();
    Optional<LocalDate> mediationLeftOn = Optional.empty();
    Optional<LocalDate> courtOn = Optional.empty();
    Optional<LocalDate> resolvedOn = Optional.empty();
    boolean resolvedOnTime;

    /** A claim's changes to its principal owed, after its opening, as {@link BalanceMovement} counts them. */
    final List<Change> changes = new ArrayList<>();
    private Optional<Money> owed = Optional.empty();
    private LocalDate openedOn;
    private boolean closedForGood;

    /**
     * One change to a claim's principal owed.
     *
     * @param on     its day, never before the claim was opened
     * @param claims -1 when it closes the claim, 0 otherwise
     * @param amount the change
     */
    record Change(LocalDate on, int claims, Money amount) {
    }

    void read(DisputeEvent event) {
        int at = applied++;
        if (event instanceof DisputeEvent.PhoneTaskCreated created) {
            phoneTask = Optional.of(created);
            phoneTaskAt = at;
        } else if (event instanceof DisputeEvent.PhoneCallRecorded) {
            lastCallAt = at;
        } else if (event instanceof DisputeEvent.ClaimEscalated escalated) {
            movedTo(escalated.on(), at);
        } else if (event instanceof DisputeEvent.MediationConfirmed confirmed) {
            movedTo(confirmed.on(), at);
        } else if (event instanceof DisputeEvent.RepaymentPlanAgreed agreed) {
            movedTo(agreed.on(), at);
            acknowledgedAt = at;
        } else if (event instanceof DisputeEvent.InstalmentMissed instalment) {
            movedTo(instalment.on(), at);
            missed = Optional.of(instalment);
            missedAt = at;
        } else if (event instanceof DisputeEvent.RepaymentPlanProposed proposed) {
            proposal = Optional.of(proposed);
        } else if (event instanceof DisputeEvent.PaymentRecorded) {
            acknowledgedAt = at;
        } else if (event instanceof DisputeEvent.LimitationWarning limitation) {
            warning = Optional.of(limitation);
            warningAt = at;
        } else if (event instanceof DisputeEvent.ContactRecorded || event instanceof DisputeEvent.ProposalMade) {
            contacted = true;
        } else if (event instanceof DisputeEvent.ContactDetailsCorrected) {
            correctedAt = at;
        } else if (event instanceof DisputeEvent.LetterReturned returned) {
            returns.put(returned.letterId(), returned);
            returnedAt.put(returned.letterId(), at);
        } else if (event instanceof DisputeEvent.LetterFailed failed) {
            failures.put(failed.letterId(), failed);
            failedAt.put(failed.letterId(), at);
        } else if (event instanceof DisputeEvent.GrievanceResolved resolved) {
            resolvedOn = Optional.of(resolved.on());
            resolvedOnTime = resolved.onTime();
        }
        ReportRow.stateAfter(event).ifPresent(next -> reported(next, event.on()));
        owedChangedBy(event);
    }

    private void movedTo(LocalDate on, int at) {
        stateSince = Optional.of(on);
        stateMovedAt = at;
    }

    private void reported(ClaimState next, LocalDate on) {
        if (next == reportedState) {
            return;
        }
        if (next == ClaimState.IN_MEDIATION) {
            mediationSince = Optional.of(on);
            mediationLeftOn = Optional.empty();
        } else if (reportedState == ClaimState.IN_MEDIATION) {
            mediationLeftOn = Optional.of(on);
        }
        if (next == ClaimState.SETTLED) {
            settledOn = Optional.of(on);
        }
        if (next == ClaimState.LITIGATION) {
            courtOn = Optional.of(on);
        }
        highestStep = LadderStep.reachedIn(next).map(highestStep::orHigher).orElse(highestStep);
        reportedState = next;
    }

    private void owedChangedBy(DisputeEvent event) {
        if (event instanceof DisputeEvent.ClaimOpened opened) {
            owed = Optional.of(opened.invoice().amount());
            openedOn = opened.on();
            return;
        }
        if (owed.isEmpty() || closedForGood) {
            // A grievance owes nothing; a closed claim's later entries no longer change what it owed while open.
            return;
        }
        Money change = null;
        int claims = 0;
        if (event instanceof DisputeEvent.PaymentRecorded payment) {
            change = BalanceMovement.negated(payment.toPrincipal());
        } else if (event instanceof DisputeEvent.ChaseResumed resumed) {
            change = resumed.principal().minus(owed.get());
        } else if (BalanceMovement.closes(event)) {
            change = BalanceMovement.negated(owed.get());
            claims = -1;
        }
        if (change == null || change.isZero() && claims == 0) {
            return;
        }
        // A payment dated before the claim was opened counts from its opening: before it, no claim is open.
        changes.add(new Change(event.on().isBefore(openedOn) ? openedOn : event.on(), claims, change));
        owed = Optional.of(owed.get().plus(change));
        closedForGood = claims < 0;
    }

    // ---- as a snapshot keeps it ----

    Map<String, Object> stored() {
        return fields("applied", applied, "phoneTask", phoneTask.map(SnapshotValues::event).orElse(null),
                "phoneTaskAt", phoneTaskAt, "lastCallAt", lastCallAt, "stateSince", StoredValues.optionalDate(stateSince),
                "proposal", proposal.map(SnapshotValues::event).orElse(null),
                "missed", missed.map(SnapshotValues::event).orElse(null), "missedAt", missedAt, "stateMovedAt", stateMovedAt,
                "warning", warning.map(SnapshotValues::event).orElse(null), "warningAt", warningAt,
                "acknowledgedAt", acknowledgedAt, "contacted", contacted, "correctedAt", correctedAt,
                "returns", SnapshotValues.byLetter(returns, returnedAt), "failures", SnapshotValues.byLetter(failures, failedAt),
                "reportedState", StoredCodes.CLAIM_STATE.code(reportedState), "highestStep", highestStep.name(),
                "settledOn", StoredValues.optionalDate(settledOn), "mediationSince", StoredValues.optionalDate(mediationSince),
                "mediationLeftOn", StoredValues.optionalDate(mediationLeftOn), "courtOn", StoredValues.optionalDate(courtOn),
                "resolvedOn", StoredValues.optionalDate(resolvedOn), "resolvedOnTime", resolvedOnTime,
                "changes", changes.stream().map(change -> fields("on", date(change.on()), "claims", change.claims(),
                        "amount", StoredValues.money(change.amount()))).toList(),
                "owed", owed.map(StoredValues::money).orElse(null), "openedOn", openedOn == null ? null : date(openedOn),
                "closedForGood", closedForGood);
    }

    void restore(StoredFields f) {
        applied = f.integer("applied");
        phoneTask = f.optionalObject("phoneTask", SnapshotValues::event).map(DisputeEvent.PhoneTaskCreated.class::cast);
        phoneTaskAt = f.integer("phoneTaskAt");
        lastCallAt = f.integer("lastCallAt");
        stateSince = f.optionalDate("stateSince");
        proposal = f.optionalObject("proposal", SnapshotValues::event).map(DisputeEvent.RepaymentPlanProposed.class::cast);
        missed = f.optionalObject("missed", SnapshotValues::event).map(DisputeEvent.InstalmentMissed.class::cast);
        missedAt = f.integer("missedAt");
        stateMovedAt = f.integer("stateMovedAt");
        warning = f.optionalObject("warning", SnapshotValues::event).map(DisputeEvent.LimitationWarning.class::cast);
        warningAt = f.integer("warningAt");
        acknowledgedAt = f.integer("acknowledgedAt");
        contacted = f.bool("contacted");
        correctedAt = f.integer("correctedAt");
        SnapshotValues.byLetter(f, "returns", DisputeEvent.LetterReturned.class, returns, returnedAt);
        SnapshotValues.byLetter(f, "failures", DisputeEvent.LetterFailed.class, failures, failedAt);
        reportedState = f.code("reportedState", StoredCodes.CLAIM_STATE);
        highestStep = LadderStep.valueOf(f.string("highestStep"));
        settledOn = f.optionalDate("settledOn");
        mediationSince = f.optionalDate("mediationSince");
        mediationLeftOn = f.optionalDate("mediationLeftOn");
        courtOn = f.optionalDate("courtOn");
        resolvedOn = f.optionalDate("resolvedOn");
        resolvedOnTime = f.bool("resolvedOnTime");
        changes.addAll(f.objects("changes", change -> new Change(change.date("on"), change.integer("claims"),
                change.money("amount"))));
        owed = f.optionalMoney("owed");
        openedOn = f.optionalDate("openedOn").orElse(null);
        closedForGood = f.bool("closedForGood");
    }
}
