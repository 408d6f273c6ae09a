package org.amicable.dispute.domain.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An unpaid claim's figures under the company's terms: what is owed on a date, the rate and span of the
 * late charges, and the dates the claim's deadlines fall on. Read from the claim as it stands; nothing
 * here changes it.
 */
public final class ClaimFigures {

    private final UnpaidClaim claim;
    private final ClaimStanding standing;
    private final DisputeTerms terms;

    ClaimFigures(UnpaidClaim claim, ClaimStanding standing, DisputeTerms terms) {
        this.claim = claim;
        this.standing = standing;
        this.terms = terms;
    }

    /**
     * What the customer owes on {@code date}: principal, late charges (penalties or legal interest),
     * indemnity. See {@link LateChargeLaw} for the arithmetic and the rounding.
     */
    public Balance balanceOn(LocalDate date) {
        return standing.account().balanceOn(date, claim.customer().kind(), lateCharges(), formalNoticeStart());
    }

    /**
     * The rate late charges run at on {@code date}, with its basis: for a business, the invoice's
     * contract rate, else the customer's terms of sale, else the ECB rate plus 10 points, never below
     * three times the legal rate (Code de commerce, art. L441-10); for a consumer, the legal rate.
     */
    public LateChargeRate lateChargeRateOn(LocalDate date) {
        return lateCharges().rateOn(claim.customer().kind(), date);
    }

    /**
     * The day after which late charges run: the due date toward a business, the start of the formal
     * notice's deadline toward a consumer; empty while none run (a consumer before the formal notice).
     */
    public Optional<LocalDate> lateChargesRunAfter() {
        return claim.customer().kind() == CustomerKind.BUSINESS ? Optional.of(standing.invoice().dueDate())
                : formalNoticeStart();
    }

    /** The last day late charges run to, as of {@code date}: the day they stopped (a plan, a closing), or {@code date}. */
    public LocalDate lateChargesRunUntil(LocalDate date) {
        return standing.account().chargesRunUntil(date);
    }

    /** The date the claim expires unless acknowledged or taken to court (art. 2240 restarts it). */
    public LocalDate limitationDate() {
        return standing.limitationStart().plus(ladder().limitationPeriod());
    }

    /** The date the formal notice's deadline ends, once it is sent. */
    public Optional<LocalDate> formalNoticeDeadline() {
        return formalNoticeStart().map(start -> start.plusDays(ladder().formalNoticeDeadlineDays()));
    }

    /** Empty while the formal notice waits for review or for its sending: its deadline runs from the sending. */
    Optional<LocalDate> formalNoticeStart() {
        return standing.formalNotice().filter(id -> !claim.sendingAwaited(id)).flatMap(claim::letter)
                .map(letter -> letter.deadlineStart(terms.zone()));
    }

    private LateChargeLaw lateCharges() {
        return terms.lateCharges(standing.invoice().contractPenaltyRate().or(() -> claim.customer().contractPenaltyRate()));
    }

    private LadderTerms ladder() {
        return terms.ladderFor(claim.customer().kind());
    }
}
