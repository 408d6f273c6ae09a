package org.amicable.dispute.domain.policy;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.Balance;
import org.amicable.dispute.domain.model.DisputeTerms;
import org.amicable.dispute.domain.model.Instalment;
import org.amicable.dispute.domain.model.PaymentSplit;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.Money;

/**
 * Every delay and choice of the product, in one immutable value that other teams can build in code.
 *
 * @param consumerLadder          the unpaid-claim ladder toward consumers
 * @param businessLadder          the unpaid-claim ladder between businesses
 * @param grievances              the grievance track's delays
 * @param rates                   the legal rates, supplied by the caller
 * @param courtWithoutMediationAbove  a company may go to court without trying mediation only above this claim
 *                                (5,000 EUR: Code de procédure civile, art. 750-1)
 * @param zone                    the time zone in which dates are read (Europe/Paris by default)
 * @param horizon                 how far ahead of today a promise, an instalment or a deadline may be set (one
 *                                year by default): a date beyond it is a typing error, not a plan
 */
public record EscalationPolicy(
        ClaimLadder consumerLadder,
        ClaimLadder businessLadder,
        GrievanceRules grievances,
        LegalRates rates,
        Money courtWithoutMediationAbove,
        ZoneId zone,
        Period horizon) implements DisputeTerms {

    public EscalationPolicy {
        Objects.requireNonNull(consumerLadder, "consumerLadder");
        Objects.requireNonNull(businessLadder, "businessLadder");
        Objects.requireNonNull(grievances, "grievances");
        Objects.requireNonNull(rates, "rates");
        Objects.requireNonNull(courtWithoutMediationAbove, "courtWithoutMediationAbove");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(horizon, "horizon");
        if (horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("horizon must be a positive period, was " + horizon);
        }
    }

    /** DESIGN.md's defaults, with the caller's rates. */
    public static EscalationPolicy defaults(LegalRates rates) {
        return new EscalationPolicy(ClaimLadder.defaults(CustomerKind.CONSUMER), ClaimLadder.defaults(CustomerKind.BUSINESS),
                GrievanceRules.defaults(), rates, Money.euros("5000.00"), ZoneId.of("Europe/Paris"), Period.ofYears(1));
    }

    /** The ladder for a kind of customer. */
    @Override
    public ClaimLadder ladderFor(CustomerKind kind) {
        return switch (kind) {
            case CONSUMER -> consumerLadder;
            case BUSINESS -> businessLadder;
        };
    }

    /** The schedule of the ladder for a kind of customer. */
    @Override
    public ClaimSchedule scheduleFor(CustomerKind kind) {
        return new ClaimSchedule(ladderFor(kind));
    }

    /** The schedule of the grievance track's deadlines. */
    @Override
    public GrievanceSchedule grievanceSchedule() {
        return new GrievanceSchedule();
    }

    /** The late charges at the legal rates, or at the contract's penalty rate where it sets one. */
    @Override
    public LateCharges lateCharges(Optional<BigDecimal> contractPenaltyRate) {
        return new LateCharges(contractPenaltyRate.map(rates::withContractPenaltyRate).orElse(rates));
    }

    @Override
    public PaymentSplit allocate(Money amount, Balance owed) {
        return PaymentAllocation.allocate(amount, owed);
    }

    @Override
    public Money planTotal(LocalDate on, List<Instalment> instalments, Balance owed) {
        return RepaymentPlanTerms.total(on, instalments, owed);
    }

    public EscalationPolicy withConsumerLadder(ClaimLadder ladder) {
        return new EscalationPolicy(ladder, businessLadder, grievances, rates, courtWithoutMediationAbove, zone, horizon);
    }

    public EscalationPolicy withBusinessLadder(ClaimLadder ladder) {
        return new EscalationPolicy(consumerLadder, ladder, grievances, rates, courtWithoutMediationAbove, zone, horizon);
    }

    public EscalationPolicy withGrievances(GrievanceRules rules) {
        return new EscalationPolicy(consumerLadder, businessLadder, rules, rates, courtWithoutMediationAbove, zone, horizon);
    }

    public EscalationPolicy withZone(ZoneId newZone) {
        return new EscalationPolicy(consumerLadder, businessLadder, grievances, rates, courtWithoutMediationAbove, newZone,
                horizon);
    }

    public EscalationPolicy withHorizon(Period newHorizon) {
        return new EscalationPolicy(consumerLadder, businessLadder, grievances, rates, courtWithoutMediationAbove, zone,
                newHorizon);
    }

    /** The last day a promise, an instalment or a deadline set on {@code today} may fall on. */
    public LocalDate latestAhead(LocalDate today) {
        return today.plus(horizon);
    }
}
