package org.amicable.dispute.domain.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The yearly rate at which late charges run on a date, and where it comes from, so that a letter can
 * state both and the debtor can check the figure.
 *
 * @param annualPercent the rate applied, percent a year
 * @param basis         why this rate: the contract, the ECB rate plus the margin, the legal floor, the legal rate
 */
public record LateChargeRate(BigDecimal annualPercent, Basis basis) {

    /** Where a late-charge rate comes from. */
    public enum Basis {
        /** The rate set by the terms of sale or the invoice (Code de commerce, art. L441-10). */
        CONTRACT,
        /** The ECB main refinancing rate plus 10 points, when no contract sets a rate (art. L441-10). */
        REFERENCE_PLUS_MARGIN,
        /** Three times the legal interest rate: the floor of art. L441-10, above the contract's or the default rate. */
        THREE_TIMES_LEGAL_RATE,
        /** The legal interest rate, toward a consumer (Code civil, art. 1231-6). */
        LEGAL_RATE
    }

    public LateChargeRate {
        Objects.requireNonNull(annualPercent, "annualPercent");
        Objects.requireNonNull(basis, "basis");
        if (annualPercent.signum() < 0) {
            throw new IllegalArgumentException("annualPercent must not be negative, was " + annualPercent);
        }
    }
}
