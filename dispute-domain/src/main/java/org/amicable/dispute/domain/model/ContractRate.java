package org.amicable.dispute.domain.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Checks a late-payment penalty rate set by contract (the terms of sale, or the invoice): percent a
 * year, above 0 and at most 100. The law floors it at three times the legal rate (Code de commerce,
 * art. L441-10); the floor is applied where the penalties are computed, not here.
 */
public final class ContractRate {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ContractRate() {
    }

    /** Returns the rate, or throws {@link InvalidValueException} naming {@code field}. */
    public static BigDecimal require(BigDecimal rate, String field) {
        Objects.requireNonNull(rate, field);
        if (rate.signum() <= 0 || rate.compareTo(HUNDRED) > 0) {
            throw new InvalidValueException(field, "must be above 0 and at most 100 (percent a year), was "
                    + rate.toPlainString());
        }
        return rate.stripTrailingZeros().scale() < 0 ? rate.setScale(0) : rate.stripTrailingZeros();
    }
}
