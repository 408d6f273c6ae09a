package org.amicable.dispute.domain.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What a dispute is run by and does not decide itself: the company's delays, the ladder's schedule and
 * the law's computations. The model names what it needs; the company's policy
 * ({@code policy.EscalationPolicy}) gives it, so that the rules live in the policy and the model
 * depends on none of them.
 */
public interface DisputeTerms {

    /** The unpaid-claim ladder's delays for a kind of customer. */
    LadderTerms ladderFor(CustomerKind kind);

    /** What decides the ladder's next step for a kind of customer. */
    LadderSchedule scheduleFor(CustomerKind kind);

    /** The grievance track's delays. */
    GrievanceTerms grievances();

    /** What decides which of a grievance's deadlines has passed. */
    GrievanceDeadlines grievanceSchedule();

    /** The late charges of an invoice, at the contract's penalty rate where it sets one. */
    LateChargeLaw lateCharges(Optional<BigDecimal> contractPenaltyRate);

    /** How a payment toward a claim is applied to what is owed (Code civil, art. 1343-1). */
    PaymentSplit allocate(Money amount, Balance owed);

    /**
     * The total of a repayment plan proposed or agreed on {@code on}, once its instalments are checked
     * against the balance owed that day.
     *
     * @throws InvalidCommandException naming the instalment's field that breaks the plan's terms
     */
    Money planTotal(LocalDate on, List<Instalment> instalments, Balance owed);

    /** A company may go to court without trying mediation only for a claim above this amount. */
    Money courtWithoutMediationAbove();

    /** The time zone dates are read in. */
    ZoneId zone();
}
