package org.amicable.dispute.domain.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * What the managers' reports read of one dispute, as a pure function of it ({@link #of}): a storage keeps
 * one such row per dispute, rewritten with every save, and sums the rows instead of replaying timelines.
 *
 * @param disputeId       the dispute
 * @param track           its track
 * @param customerKind    business or consumer
 * @param state           its state
 * @param open            whether the dispute is still open (the amicable phase not over)
 * @param outstanding     a claim's principal still owed (late charges aside); empty for a grievance
 * @param dueOn           a claim's invoice due date; empty for a grievance
 * @param highestStep     the highest step of the ladder a claim reached ({@link LadderStep#NONE} for a grievance)
 * @param openedOn        the day the dispute was opened
 * @param settledOn       the day a claim was settled by payment in full
 * @param mediationSince  the day a claim last entered mediation
 * @param mediationLeftOn the day it left that mediation, if it did
 * @param courtOn         the day a claim went to court
 * @param remedyDeadline  a grievance's agreed deadline for the remedy
 * @param resolvedOn      the day a grievance's remedy was delivered
 * @param resolvedOnTime  whether that was by the agreed deadline
 */
public record ReportRow(DisputeId disputeId, Track track, CustomerKind customerKind, DisputeState state, boolean open,
        Optional<Money> outstanding, Optional<LocalDate> dueOn, LadderStep highestStep, LocalDate openedOn,
        Optional<LocalDate> settledOn, Optional<LocalDate> mediationSince, Optional<LocalDate> mediationLeftOn,
        Optional<LocalDate> courtOn, Optional<LocalDate> remedyDeadline, Optional<LocalDate> resolvedOn,
        boolean resolvedOnTime) {

    public ReportRow {
        Objects.requireNonNull(disputeId, "disputeId");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(customerKind, "customerKind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(outstanding, "outstanding");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(highestStep, "highestStep");
        Objects.requireNonNull(openedOn, "openedOn");
        Objects.requireNonNull(settledOn, "settledOn");
        Objects.requireNonNull(mediationSince, "mediationSince");
        Objects.requireNonNull(mediationLeftOn, "mediationLeftOn");
        Objects.requireNonNull(courtOn, "courtOn");
        Objects.requireNonNull(remedyDeadline, "remedyDeadline");
        Objects.requireNonNull(resolvedOn, "resolvedOn");
    }

    /** The row of the dispute as it stands. */
    public static ReportRow of(Dispute dispute) {
        CustomerKind kind = dispute.customer().kind();
        if (dispute instanceof UnpaidClaim claim) {
            return ofClaim(claim, kind);
        }
        Grievance grievance = (Grievance) dispute;
        DisputeHistory history = grievance.history();
        return new ReportRow(grievance.id(), Track.GRIEVANCE, kind, grievance.state(), !grievance.isClosed(),
                Optional.empty(), Optional.empty(), LadderStep.NONE, grievance.openedOn(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), grievance.agreedDeadline(), history.resolvedOn,
                history.resolvedOnTime);
    }

    private static ReportRow ofClaim(UnpaidClaim claim, CustomerKind kind) {
        DisputeHistory history = claim.history();
        return new ReportRow(claim.id(), Track.UNPAID_CLAIM, kind, claim.state(), !claim.isClosed(),
                Optional.of(claim.principalOwed()), Optional.of(claim.invoice().orElseThrow().dueDate()), history.highestStep,
                claim.openedOn(), history.settledOn, history.mediationSince, history.mediationLeftOn, history.courtOn, Optional.empty(),
                Optional.empty(), false);
    }

    /** The state an event moves a claim to, if it moves it. */
    static Optional<ClaimState> stateAfter(DisputeEvent event) {
        if (event instanceof DisputeEvent.ClaimEscalated escalated) {
            return Optional.of(escalated.to());
        } else if (event instanceof DisputeEvent.MediationConfirmed) {
            return Optional.of(ClaimState.IN_MEDIATION);
        } else if (event instanceof DisputeEvent.RepaymentPlanAgreed) {
            return Optional.of(ClaimState.REPAYMENT_PLAN);
        } else if (event instanceof DisputeEvent.InstalmentMissed missed) {
            return Optional.of(missed.returnedTo());
        } else if (event instanceof DisputeEvent.TakenToCourt) {
            return Optional.of(ClaimState.LITIGATION);
        } else if (event instanceof DisputeEvent.Settled) {
            return Optional.of(ClaimState.SETTLED);
        } else if (event instanceof DisputeEvent.WrittenOff) {
            return Optional.of(ClaimState.WRITTEN_OFF);
        } else if (event instanceof DisputeEvent.Cancelled) {
            return Optional.of(ClaimState.CANCELLED);
        }
        return Optional.empty();
    }

    /** Days from opening to settlement, for a settled claim. */
    public Optional<Long> daysToSettle() {
        return settledOn.map(day -> Math.max(0, ChronoUnit.DAYS.between(openedOn, day)));
    }

    /** Whether the claim was in mediation on {@code day}. */
    public boolean inMediationOn(LocalDate day) {
        return mediationSince.filter(since -> !since.isAfter(day)).isPresent()
                && mediationLeftOn.filter(left -> !left.isAfter(day)).isEmpty();
    }

    /** Whether the claim had gone to court by {@code day}. */
    public boolean inCourtOn(LocalDate day) {
        return courtOn.filter(since -> !since.isAfter(day)).isPresent();
    }
}
