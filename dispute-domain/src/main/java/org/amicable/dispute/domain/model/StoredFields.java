package org.amicable.dispute.domain.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The stored fields of one object: written in a fixed order, numbers as {@code long}; read by name, refusing
 * a field that was not read, so that a stored entry holds nothing this version does not know.
 */
final class StoredFields {
    private final Map<String, Object> members;
    private final String where;
    private final Set<String> read = new HashSet<>();

    StoredFields(Map<String, Object> members, String where) {
        this.members = members;
        this.where = where;
    }

    /**
     * Adds a member added to its type after the type's version was fixed, only when it has a value: so
     * the entries written before it existed keep their exact bytes, and their hashes.
     */
    static Map<String, Object> later(Map<String, Object> fields, String name, Optional<?> value) {
        value.ifPresent(present -> fields.put(name, present instanceof Integer number ? Long.valueOf(number) : present));
        return fields;
    }

    static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            map.put((String) namesAndValues[i], value instanceof Integer number ? Long.valueOf(number) : value);
        }
        return map;
    }

    static Map<String, Object> with(Map<String, Object> fields, String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(fields);
        copy.put(name, value);
        return copy;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asObject(Object value, String where) {
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(where + " must be a JSON object");
        }
        return (Map<String, Object>) value;
    }

    boolean has(String name) {
        return members.containsKey(name);
    }

    /**
     * A member added to its type after the type's version was fixed: entries written before it
     * existed do not have it, and read as having no value.
     */
    <T> Optional<T> later(String name, java.util.function.BiFunction<StoredFields, String, Optional<T>> reader) {
        return has(name) ? reader.apply(this, name) : Optional.empty();
    }

    Object raw(String name) {
        read.add(name);
        if (!members.containsKey(name)) {
            throw new IllegalArgumentException(where + "." + name + " is missing");
        }
        return members.get(name);
    }

    private <T> T required(String name, Class<T> type) {
        Object value = raw(name);
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException(where + "." + name + " must be a " + type.getSimpleName().toLowerCase()
                    + (value == null ? ", not null" : ""));
        }
        return type.cast(value);
    }

    private <T> Optional<T> optional(String name, Class<T> type) {
        Object value = raw(name);
        return value == null ? Optional.empty() : Optional.of(required(name, type));
    }

    String string(String name) {
        return required(name, String.class);
    }

    Optional<String> optionalString(String name) {
        return optional(name, String.class);
    }

    long number(String name) {
        return required(name, Long.class);
    }

    int integer(String name) {
        long value = number(name);
        if (value != (int) value) {
            throw new IllegalArgumentException(where + "." + name + " is too large");
        }
        return (int) value;
    }

    boolean bool(String name) {
        return required(name, Boolean.class);
    }

    java.util.UUID uuid(String name) {
        String text = string(name);
        try {
            return java.util.UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + "." + name + " is not a UUID");
        }
    }

    Optional<java.util.UUID> optionalUuid(String name) {
        return raw(name) == null ? Optional.empty() : Optional.of(uuid(name));
    }

    LocalDate date(String name) {
        try {
            return LocalDate.parse(string(name));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + "." + name + " is not a date (YYYY-MM-DD)");
        }
    }

    Optional<LocalDate> optionalDate(String name) {
        return raw(name) == null ? Optional.empty() : Optional.of(date(name));
    }

    Instant instant(String name) {
        try {
            return Instant.parse(string(name));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + "." + name + " is not an instant (ISO 8601, UTC)");
        }
    }

    Money money(String name) {
        return object(name, f -> {
            try {
                return Money.of(new BigDecimal(f.string("amount")), Currency.getInstance(f.string("currency")));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + "." + name + ".amount is not a decimal amount");
            }
        });
    }

    Optional<Money> optionalMoney(String name) {
        return raw(name) == null ? Optional.empty() : Optional.of(money(name));
    }

    <E extends Enum<E>> E code(String name, StoredCodes.Codes<E> codes) {
        return codes.constant(string(name));
    }

    <T> T object(String name, Function<StoredFields, T> reader) {
        StoredFields nested = new StoredFields(asObject(required(name, Map.class), where + "." + name), where + "." + name);
        T value = reader.apply(nested);
        nested.finish();
        return value;
    }

    <T> Optional<T> optionalObject(String name, Function<StoredFields, T> reader) {
        return raw(name) == null ? Optional.empty() : Optional.of(object(name, reader));
    }

    <T> List<T> objects(String name, Function<StoredFields, T> reader) {
        List<?> items = required(name, List.class);
        List<T> values = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String item = where + "." + name + "[" + i + "]";
            StoredFields nested = new StoredFields(asObject(items.get(i), item), item);
            values.add(reader.apply(nested));
            nested.finish();
        }
        return Collections.unmodifiableList(values);
    }

    List<String> strings(String name) {
        List<?> items = required(name, List.class);
        List<String> values = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof String text)) {
                throw new IllegalArgumentException(where + "." + name + " must hold strings");
            }
            values.add(text);
        }
        return values;
    }

    void finish() {
        for (String name : members.keySet()) {
            if (!read.contains(name)) {
                throw new IllegalArgumentException(where + "." + name + " is not a field of this version");
            }
        }
    }
}
