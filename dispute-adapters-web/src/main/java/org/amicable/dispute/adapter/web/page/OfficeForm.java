package org.amicable.dispute.adapter.web.page;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.amicable.dispute.domain.model.InvalidValueException;
import org.amicable.dispute.domain.model.Money;

/**
 * One form of a back-office page as it was posted: what was typed in each field, and the message beside each
 * field refused, keyed {@code <form>.<field>} so that the page shows it next to that field of that form only.
 */
final class OfficeForm {

    /** The longest text a field takes. */
    static final int LONGEST_TEXT = 2000;

    private final String name;
    private final Map<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final OfficePage page;
    private final Currency currency;

    OfficeForm(String name, Map<String, String> posted, OfficePage page, Currency currency) {
        this.name = name;
        this.values = new LinkedHashMap<>();
        posted.forEach((field, value) -> {
            if (!field.startsWith("_") && !field.toLowerCase(java.util.Locale.ROOT).contains("password")) {
                values.put(field, value == null ? "" : value);
            }
        });
        this.page = page;
        this.currency = currency;
    }

    String name() {
        return name;
    }

    boolean ok() {
        return errors.isEmpty();
    }

    /** What was typed, keyed {@code <form>.<field>}. */
    Map<String, String> typed() {
        Map<String, String> typed = new LinkedHashMap<>();
        values.forEach((field, value) -> typed.put(name + "." + field, value));
        return typed;
    }

    /** The messages, keyed {@code <form>.<field>}, or {@code <form>.form} for the form as a whole. */
    Map<String, String> errors() {
        return errors;
    }

    void refuse(String field, String message) {
        errors.putIfAbsent(name + "." + (values.containsKey(field) ? field : "form"), message);
    }

    /** Refuses the password field, which is never kept among what was typed. */
    void refusePassword(String message) {
        errors.putIfAbsent(name + ".password", message);
    }

    Optional<String> optional(String field) {
        String value = values.getOrDefault(field, "").strip();
        if (value.length() > LONGEST_TEXT) {
            refuse(field, page.say("office.error.tooLong", LONGEST_TEXT));
            return Optional.empty();
        }
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    String required(String field) {
        values.putIfAbsent(field, "");
        Optional<String> value = optional(field);
        if (value.isEmpty() && ok(field)) {
            refuse(field, page.say("office.error.required"));
        }
        return value.orElse("");
    }

    /** A text as typed, for one the domain holds to its own limit; refused when left blank. */
    String requiredAsTyped(String field) {
        values.putIfAbsent(field, "");
        String value = values.get(field);
        if (value.isBlank() && ok(field)) {
            refuse(field, page.say("office.error.required"));
        }
        return value.strip();
    }

    Optional<LocalDate> optionalDate(String field) {
        Optional<String> value = optional(field);
        try {
            return value.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            refuse(field, page.say("office.error.date"));
            return Optional.empty();
        }
    }

    LocalDate date(String field) {
        values.putIfAbsent(field, "");
        Optional<LocalDate> date = optionalDate(field);
        if (date.isEmpty() && ok(field)) {
            refuse(field, page.say("office.error.required"));
        }
        return date.orElse(null);
    }

    Optional<Money> optionalMoney(String field) {
        return optional(field).flatMap(typed -> money(field, typed));
    }

    Money money(String field) {
        values.putIfAbsent(field, "");
        Optional<Money> money = optionalMoney(field);
        if (money.isEmpty() && ok(field)) {
            refuse(field, page.say("office.error.required"));
        }
        return money.orElse(null);
    }

    /** One of the constants of an enum, by its name. */
    <E extends Enum<E>> E choice(String field, Class<E> type) {
        values.putIfAbsent(field, "");
        try {
            return Enum.valueOf(type, values.get(field));
        } catch (IllegalArgumentException e) {
            refuse(field, page.say("office.error.choice"));
            return null;
        }
    }

    /** An amount as people type it: {@code 1200}, {@code 1 200,50} or {@code 1200.50}, in the dispute's currency. */
    Optional<Money> money(String field, String typed) {
        String plain = typed.replace("\u00A0", "").replace("\u202F", "").replace(" ", "").replace(',', '.');
        try {
            BigDecimal amount = new BigDecimal(plain);
            if (amount.signum() <= 0) {
                refuse(field, page.say("office.error.positive"));
                return Optional.empty();
            }
            return Optional.of(Money.of(amount, currency));
        } catch (NumberFormatException e) {
            refuse(field, page.say("office.error.amount"));
        } catch (InvalidValueException e) {
            refuse(field, page.say("office.error.invalid", e.problem()));
        }
        return Optional.empty();
    }

    private boolean ok(String field) {
        return !errors.containsKey(name + "." + field);
    }
}
