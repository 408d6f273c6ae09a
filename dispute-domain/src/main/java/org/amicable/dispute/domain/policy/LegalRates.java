package org.amicable.dispute.domain.policy;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.Money;

/**
 * The rates and fixed sums of French law for late payment, supplied by the caller.
 *
 * @param referenceRate        the ECB refinancing rate, by semester (Code de commerce, art. L441-10)
 * @param legalRate            the legal interest rate (taux de l'intérêt légal), by semester
 * @param penaltyMarginPoints  points added to the reference rate for business penalties (10 by default)
 * @param contractPenaltyRate  a penalty rate set by contract instead of reference + margin; never applied below
 *                             three times the legal rate
 * @param recoveryIndemnity    the flat indemnity per late invoice between businesses: 40 EUR (art. D441-5)
 */
public record LegalRates(
        RateTable referenceRate,
        RateTable legalRate,
        BigDecimal penaltyMarginPoints,
        Optional<BigDecimal> contractPenaltyRate,
        Money recoveryIndemnity) {

    public LegalRates {
        Objects.requireNonNull(referenceRate, "referenceRate");
        Objects.requireNonNull(legalRate, "legalRate");
        Objects.requireNonNull(penaltyMarginPoints, "penaltyMarginPoints");
        Objects.requireNonNull(contractPenaltyRate, "contractPenaltyRate");
        Objects.requireNonNull(recoveryIndemnity, "recoveryIndemnity");
        if (penaltyMarginPoints.signum() < 0) {
            throw new InvalidPolicyException("penaltyMarginPoints", "must not be negative, was " + penaltyMarginPoints);
        }
        contractPenaltyRate.filter(rate -> rate.signum() <= 0).ifPresent(rate -> {
            throw new InvalidPolicyException("contractPenaltyRate", "must be positive, was " + rate);
        });
        if (recoveryIndemnity.isNegative()) {
            throw new InvalidPolicyException("recoveryIndemnity", "must not be negative, was " + recoveryIndemnity);
        }
    }

    /** The given tables with the statutory defaults: reference + 10 points, 40 EUR indemnity. */
    public static LegalRates of(RateTable referenceRate, RateTable legalRate) {
        return new LegalRates(referenceRate, legalRate, BigDecimal.TEN, Optional.empty(), Money.euros("40.00"));
    }

    /** The same, with a penalty rate set by contract. */
    public LegalRates withContractPenaltyRate(BigDecimal annualPercent) {
        return new LegalRates(referenceRate, legalRate, penaltyMarginPoints, Optional.of(annualPercent),
                recoveryIndemnity);
    }
}
