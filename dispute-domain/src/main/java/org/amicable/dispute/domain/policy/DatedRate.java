package org.amicable.dispute.domain.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An annual rate, in percent, in force from a date.
 *
 * @param from          the first day it applies
 * @param annualPercent the rate, e.g. {@code 2.15} for 2.15 % a year
 */
public record DatedRate(LocalDate from, BigDecimal annualPercent) {

    public DatedRate {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(annualPercent, "annualPercent");
        if (annualPercent.signum() < 0) {
            throw new InvalidPolicyException("rate from " + from, "must not be negative, was " + annualPercent);
        }
    }
}
