package org.amicable.dispute.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void an_amount_is_read_at_the_currency_scale() {
        assertThat(Money.of("1234.5", "EUR").minorUnits()).isEqualTo(123450);
        assertThat(Money.of("1200", "JPY").minorUnits()).isEqualTo(1200);
        assertThat(Money.euros("0.10").plus(Money.euros("0.20"))).isEqualTo(Money.euros("0.30"));
    }

    @Test
    void more_decimals_than_the_currency_has_is_refused() {
        assertThatThrownBy(() -> Money.of("1.005", "EUR")).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("amount");
            assertThat(e.problem()).isEqualTo("has more than 2 decimals for EUR");
        });
    }

    @Test
    void an_absurdly_large_amount_is_refused_as_invalid_input_not_an_arithmetic_error() {
        assertThatThrownBy(() -> Money.of(new BigDecimal("1e30"), Currency.getInstance("EUR")))
                .isExactlyInstanceOf(InvalidValueException.class).hasMessage("amount is too large");
    }

    @Test
    void money_is_made_only_through_its_named_factories() {
        assertThat(Money.class.getConstructors()).isEmpty();
        assertThat(Money.class.isRecord()).isFalse();
        assertThat(java.lang.reflect.Modifier.isFinal(Money.class.getModifiers())).isTrue();
    }

    @Test
    void equal_amounts_in_the_same_currency_are_equal_and_hash_alike() {
        Money twelve = Money.euros("12.00");

        assertThat(Money.of("12", Currency.getInstance("EUR"))).isEqualTo(twelve).hasSameHashCodeAs(twelve);
        assertThat(Money.of("12.00", "USD")).isNotEqualTo(twelve);
        assertThat(Money.euros("12.01")).isNotEqualTo(twelve);
        assertThat(twelve.amount()).isEqualByComparingTo("12.00");
        assertThat(twelve.currency()).isEqualTo(Currency.getInstance("EUR"));
    }

    @Test
    void minor_units_are_said_by_name_and_meet_the_decimal_forms() {
        Currency euro = Currency.getInstance("EUR");

        assertThat(Money.ofMinor(1200, euro)).isEqualTo(Money.of("12.00", euro)).isEqualTo(Money.euros("12"))
                .hasToString("12.00 EUR");
        assertThat(Money.ofMinor(1200, Currency.getInstance("JPY"))).hasToString("1200 JPY");
    }

    @Test
    void two_currencies_do_not_mix() {
        assertThatThrownBy(() -> Money.euros("1.00").plus(Money.of("1.00", "USD")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot combine EUR with USD");
    }

    @Test
    void money_prints_as_amount_and_code() {
        assertThat(Money.euros("1234.56")).hasToString("1234.56 EUR");
    }
}
