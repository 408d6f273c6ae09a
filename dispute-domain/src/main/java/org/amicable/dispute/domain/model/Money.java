package org.amicable.dispute.domain.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money: a whole number of the currency's minor units (cents for EUR) and an ISO 4217
 * currency. Never a floating-point number.
 *
 * <p>Made only through its named factories ({@link #euros}, {@link #of(String, Currency)}, {@link #ofMinor},
 * {@link #zero}), so that {@code 1200} can never be read as euros where cents were meant. Equal when the
 * amount and the currency are; arithmetic between two currencies is refused with an
 * {@link IllegalArgumentException}.
 */
public final class Money implements Comparable<Money> {

    private final long minorUnits;
    private final Currency currency;

    private Money(long minorUnits, Currency currency) {
        Objects.requireNonNull(currency, "currency");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new InvalidValueException("currency", "has no minor unit (" + currency + " is not a currency one pays in)");
        }
        this.minorUnits = minorUnits;
        this.currency = currency;
    }

    /**
     * Money from a whole number of the currency's minor units: {@code Money.ofMinor(1200, EUR)} is 12.00 EUR.
     * Prefer {@link #of(String, Currency)} or {@link #euros} for amounts written as people write them.
     */
    public static Money ofMinor(long minorUnits, Currency currency) {
        return new Money(minorUnits, currency);
    }

    /** Money from a decimal amount such as {@code "1234.56"}; more decimals than the currency has is an error. */
    public static Money of(String amount, Currency currency) {
        return of(new BigDecimal(amount), currency);
    }

    /** Zero in the given currency. */
    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /** Money from a decimal amount such as {@code "1234.56"}; more decimals than the currency has is an error. */
    public static Money of(String amount, String currencyCode) {
        return of(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    /** Money from a decimal amount; more decimals than the currency has is an error. */
    public static Money of(BigDecimal amount, Currency currency) {
        int scale = currency.getDefaultFractionDigits();
        BigDecimal scaled;
        try {
            scaled = amount.setScale(scale, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new InvalidValueException("amount", "has more than " + scale + " decimals for " + currency);
        }
        try {
            return new Money(scaled.unscaledValue().longValueExact(), currency);
        } catch (ArithmeticException e) {
            throw new InvalidValueException("amount", "is too large");
        }
    }

    /** Euros, for code and tests: {@code Money.euros("40.00")}. */
    public static Money euros(String amount) {
        return of(amount, "EUR");
    }

    /** Rounds an exact amount half-up to the currency's minor unit. */
    public static Money rounded(BigDecimal exactAmount, Currency currency) {
        return of(exactAmount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP), currency);
    }

    /** The amount in the currency's minor units (cents for EUR); negative only as an intermediate result. */
    public long minorUnits() {
        return minorUnits;
    }

    /** The ISO 4217 currency. */
    public Currency currency() {
        return currency;
    }

    /** The amount as a decimal at the currency's scale, e.g. {@code 1234.56}. */
    public BigDecimal amount() {
        return BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits());
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
    }

    /** The smaller of the two amounts. */
    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** The larger of the two amounts. */
    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isZero() {
        return minorUnits == 0;
    }

    public boolean isPositive() {
        return minorUnits > 0;
    }

    public boolean isNegative() {
        return minorUnits < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money money && minorUnits == money.minorUnits && currency.equals(money.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(minorUnits, currency);
    }

    /** {@code 1234.56 EUR}. */
    @Override
    public String toString() {
        return amount().toPlainString() + " " + currency.getCurrencyCode();
    }
}
