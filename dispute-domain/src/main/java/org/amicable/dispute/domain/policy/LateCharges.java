package org.amicable.dispute.domain.policy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.amicable.dispute.domain.model.Balance.ChargeKind;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.LateChargeRate;
import org.amicable.dispute.domain.model.LateChargeLaw;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.PrincipalHistory;

/**
 * The late charges French law attaches to an unpaid invoice.
 *
 * <ul>
 *   <li>Between businesses, late-payment penalties run from the day after the due date, with no
 *       reminder needed, at the reference rate plus 10 points, or the contract's rate, and never below
 *       three times the legal rate (Code de commerce, art. L441-10); plus a flat recovery indemnity of
 *       40 EUR per late invoice (art. D441-5).</li>
 *   <li>Toward a consumer, interest at the legal rate runs only from the formal notice (Code civil,
 *       art. 1231-6 and 1344-1), and no recovery cost is charged (Code des procédures civiles
 *       d'exécution, art. L111-8).</li>
 * </ul>
 *
 * <p><b>Arithmetic and rounding.</b> Charges accrue per day, simple interest on the principal owed
 * that day, {@code principal × rate / 100 × days / 365}, whatever the year's length. A day
 * {@code d} is charged at the rate in force on {@code d} and on the principal owed after the day
 * before. The charges of all periods are added exactly and the sum is rounded once, half up, to the
 * currency's minor unit (the cent).
 */
public final class LateCharges implements LateChargeLaw {

    private static final BigDecimal DAYS_IN_YEAR = BigDecimal.valueOf(365);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THREE = BigDecimal.valueOf(3);

    private final LegalRates rates;

    public LateCharges(LegalRates rates) {
        this.rates = Objects.requireNonNull(rates, "rates");
    }

    /** Which charges a customer of this kind bears. */
    public static ChargeKind kindFor(CustomerKind customer) {
        return ChargeKind.borneBy(customer);
    }

    /** The business penalty rate on a date: reference + margin (or the contract's), at least three times the legal rate. */
    public BigDecimal penaltyRateOn(LocalDate date) {
        BigDecimal agreed = rates.contractPenaltyRate()
                .orElseGet(() -> rates.referenceRate().rateOn(date).add(rates.penaltyMarginPoints()));
        return agreed.max(rates.legalRate().rateOn(date).multiply(THREE));
    }

    /**
     * The rate late charges run at on a date for a customer of this kind, with its basis: for a business
     * the penalty rate of {@link #penaltyRateOn(LocalDate)}, for a consumer the legal rate.
     */
    @Override
    public LateChargeRate rateOn(CustomerKind customer, LocalDate date) {
        if (customer == CustomerKind.CONSUMER) {
            return new LateChargeRate(legalRateOn(date), LateChargeRate.Basis.LEGAL_RATE);
        }
        BigDecimal floor = rates.legalRate().rateOn(date).multiply(THREE);
        BigDecimal agreed = rates.contractPenaltyRate()
                .orElseGet(() -> rates.referenceRate().rateOn(date).add(rates.penaltyMarginPoints()));
        LateChargeRate.Basis basis = agreed.compareTo(floor) < 0 ? LateChargeRate.Basis.THREE_TIMES_LEGAL_RATE
                : rates.contractPenaltyRate().isPresent() ? LateChargeRate.Basis.CONTRACT
                : LateChargeRate.Basis.REFERENCE_PLUS_MARGIN;
        return new LateChargeRate(agreed.max(floor), basis);
    }

    /** The legal interest rate on a date. */
    public BigDecimal legalRateOn(LocalDate date) {
        return rates.legalRate().rateOn(date);
    }

    /**
     * Late-payment penalties between businesses, from the day after {@code dueDate} up to and
     * including {@code asOf}, rounded half up to the cent.
     */
    @Override
    public Money penalties(PrincipalHistory principal, LocalDate dueDate, LocalDate asOf) {
        List<LocalDate> rateChanges = new ArrayList<>(rates.referenceRate().changesBetween(dueDate, asOf));
        rateChanges.addAll(rates.legalRate().changesBetween(dueDate, asOf));
        return round(accrue(principal, dueDate, asOf, this::penaltyRateOn, rateChanges), principal);
    }

    /**
     * Legal interest toward a consumer, from the day after {@code noticeDate} (the formal notice) up
     * to and including {@code asOf}, rounded half up to the cent.
     */
    @Override
    public Money legalInterest(PrincipalHistory principal, LocalDate noticeDate, LocalDate asOf) {
        return round(accrue(principal, noticeDate, asOf, this::legalRateOn,
                rates.legalRate().changesBetween(noticeDate, asOf)), principal);
    }

    /** The flat recovery indemnity: business customers only, and only for a claim in the indemnity's currency. */
    @Override
    public Money recoveryIndemnity(CustomerKind customer, Money claim) {
        boolean applies = customer == CustomerKind.BUSINESS
                && claim.currency().equals(rates.recoveryIndemnity().currency());
        return applies ? rates.recoveryIndemnity() : Money.zero(claim.currency());
    }

    /** Exact charges over the days after {@code start} up to and including {@code end}. */
    static BigDecimal accrue(PrincipalHistory principal, LocalDate start, LocalDate end,
            Function<LocalDate, BigDecimal> rateOn, List<LocalDate> rateChanges) {
        if (!end.isAfter(start)) {
            return BigDecimal.ZERO;
        }
        TreeSet<LocalDate> bounds = new TreeSet<>(List.of(start, end));
        for (PrincipalHistory.Change change : principal.changes()) {
            if (change.on().isAfter(start) && change.on().isBefore(end)) {
                bounds.add(change.on());
            }
        }
        for (LocalDate change : rateChanges) {
            LocalDate dayBefore = change.minusDays(1);
            if (dayBefore.isAfter(start) && dayBefore.isBefore(end)) {
                bounds.add(dayBefore);
            }
        }
        BigDecimal total = BigDecimal.ZERO;
        LocalDate from = null;
        for (LocalDate bound : bounds) {
            if (from != null) {
                BigDecimal owed = principal.after(from).amount();
                BigDecimal rate = rateOn.apply(from.plusDays(1));
                long days = ChronoUnit.DAYS.between(from, bound);
                total = total.add(owed.multiply(rate).multiply(BigDecimal.valueOf(days))
                        .divide(HUNDRED.multiply(DAYS_IN_YEAR), MathContext.DECIMAL128));
            }
            from = bound;
        }
        return total;
    }

    private static Money round(BigDecimal exact, PrincipalHistory principal) {
        return Money.rounded(exact, principal.current().currency());
    }
}
