package org.amicable.dispute.domain.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Rates that change over time (the ECB refinancing rate, the French legal interest rate by semester):
 * data the caller supplies, not code.
 *
 * @param name  what the table holds, for messages
 * @param rates the rates, each in force from its date until the next one
 */
public record RateTable(String name, List<DatedRate> rates) {

    public RateTable {
        if (rates == null || rates.isEmpty()) {
            throw new InvalidPolicyException(name, "needs at least one dated rate");
        }
        rates = rates.stream().sorted(Comparator.comparing(DatedRate::from)).toList();
        for (int i = 1; i < rates.size(); i++) {
            if (rates.get(i).from().equals(rates.get(i - 1).from())) {
                throw new InvalidPolicyException(name, "has two rates from " + rates.get(i).from());
            }
        }
    }

    /** A table with a single rate, in force from {@code from}. */
    public static RateTable constant(String name, LocalDate from, String annualPercent) {
        return new RateTable(name, List.of(new DatedRate(from, new BigDecimal(annualPercent))));
    }

    /** The rate in force on the date; a date before the first rate is refused. */
    public BigDecimal rateOn(LocalDate date) {
        return inForce(date).orElseThrow(() -> new IllegalArgumentException(
                name + " has no rate on " + date + "; its first rate applies from " + rates.get(0).from()));
    }

    private Optional<BigDecimal> inForce(LocalDate date) {
        BigDecimal found = null;
        for (DatedRate rate : rates) {
            if (rate.from().isAfter(date)) {
                break;
            }
            found = rate.annualPercent();
        }
        return Optional.ofNullable(found);
    }

    /** The dates after {@code start} up to {@code end} (inclusive) on which a new rate comes into force. */
    List<LocalDate> changesBetween(LocalDate start, LocalDate end) {
        return rates.stream().map(DatedRate::from).filter(d -> d.isAfter(start) && !d.isAfter(end)).toList();
    }
}
