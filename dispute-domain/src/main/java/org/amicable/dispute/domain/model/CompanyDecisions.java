package org.amicable.dispute.domain.model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;

/**
 * What the company decides on an unpaid claim beyond the ladder's letters: a mediation a manager
 * confirms, court, a write-off, a cancellation.
 */
final class CompanyDecisions {

    private final UnpaidClaim claim;
    private final Clock clock;

    CompanyDecisions(UnpaidClaim claim, Clock clock) {
        this.claim = claim;
        this.clock = clock;
    }

    /** A manager confirms the external mediation that the ladder reached, with its mediator and fee. */
    void confirmMediation(LocalDate on, MediatorKind kind, String mediatorName, Money fee, String confirmedBy,
            DisputeTerms terms) {
        claim.requireState(EnumSet.of(ClaimState.MEDIATION_TO_CONFIRM), "confirm mediation");
        claim.requireDuringLife(on, "on", clock);
        Objects.requireNonNull(kind, "mediatorKind");
        claim.requireSameCurrency(fee, "fee");
        if (fee.isNegative()) {
            throw new InvalidCommandException("fee", "must not be negative");
        }
        String name = Text.line(mediatorName, "mediatorName", 200);
        claim.record(new DisputeEvent.MediationConfirmed(on, kind, name, fee,
                Text.line(confirmedBy, "confirmedBy", 100)), clock);
        claim.issueLetter(LetterKind.MEDIATION_REFERRAL, claim.ladder(terms).reminderChannel(), on,
                claim.invoice().orElseThrow().number(), new LetterContent.MediationReferral(Optional.of(kind), name,
                        Optional.of(claim.figures(terms).balanceOn(on)), Optional.of(fee)), clock);
    }

    /**
     * Takes the case to court. The company may do so for a claim of 5,000 EUR or less only after a
     * mediation or conciliation was tried (Code de procédure civile, art. 750-1); the customer may ask at any time.
     */
    void takeToCourt(LocalDate on, Initiator initiator, String reason, DisputeTerms terms) {
        claim.requireNotClosed("take the case to court");
        claim.requireDuringLife(on, "on", clock);
        Objects.requireNonNull(initiator, "initiator");
        Money threshold = terms.courtWithoutMediationAbove();
        Money total = claim.figures(terms).balanceOn(on).total();
        boolean small = !threshold.currency().equals(total.currency()) || !total.isGreaterThan(threshold);
        if (initiator == Initiator.COMPANY && small && !claim.mediationTried()) {
            throw claim.notAllowed("take the case to court", "a claim of " + threshold
                    + " or less needs a mediation or conciliation first (Code de procédure civile, art. 750-1)");
        }
        claim.record(new DisputeEvent.TakenToCourt(on, initiator, Text.require(reason, "reason", 2000, true)), clock);
    }

    void writeOff(LocalDate on, String reason) {
        claim.requireNotClosed("write the claim off");
        claim.requireDuringLife(on, "on", clock);
        claim.record(new DisputeEvent.WrittenOff(on, Text.require(reason, "reason", 2000, true)), clock);
    }

    void cancel(LocalDate on, String reason) {
        claim.requireNotClosed("cancel the claim");
        claim.requireDuringLife(on, "on", clock);
        claim.record(new DisputeEvent.Cancelled(on, Text.require(reason, "reason", 2000, true)), clock);
    }
}
