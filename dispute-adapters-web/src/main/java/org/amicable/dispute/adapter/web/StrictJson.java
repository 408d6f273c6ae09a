package org.amicable.dispute.adapter.web;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Primary;
import jakarta.inject.Singleton;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.exceptions.InvalidFormatException;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Readers that refuse what serde would otherwise coerce. For every request field: a text must be a JSON
 * string (not {@code 123}), a yes-or-no a JSON {@code true} or {@code false} (not {@code "yes"}, which
 * serde reads as false), a count a JSON integer (not {@code "2"} or {@code 2.5}). Named on fields by
 * {@code @Serdeable.Deserializable(using = ...)}: an amount must be a decimal string (a float loses cents)
 * and a date an ISO 8601 string (a number would be read as a day count since 1970).
 */
final class StrictJson {

    private StrictJson() {
    }

    /** Any text field: a JSON string only. */
    @Singleton
    @Primary
    static final class Text implements Deserializer<String> {

        @Override
        public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
            return expect(decoder, String.class, "must be a JSON string");
        }
    }

    /** Any yes-or-no field: JSON {@code true} or {@code false} only. */
    @Singleton
    @Primary
    static final class Flag implements Deserializer<Boolean> {

        @Override
        public Boolean deserialize(Decoder decoder, DecoderContext context, Argument<? super Boolean> type) throws IOException {
            return expect(decoder, Boolean.class, "must be true or false");
        }
    }

    /** Any count or rank: a JSON integer only. */
    @Singleton
    @Primary
    static final class WholeNumber implements Deserializer<Integer> {

        @Override
        public Integer deserialize(Decoder decoder, DecoderContext context, Argument<? super Integer> type) throws IOException {
            Object value = decoder.decodeArbitrary();
            if (!(value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger)) {
                throw new Refusal("must be a whole number, not " + kind(value), value);
            }
            long number = ((Number) value).longValue();
            if (value instanceof java.math.BigInteger || number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
                throw new Refusal("is too large", value);
            }
            return (int) number;
        }
    }

    /** An amount: a JSON string only. */
    // Exposed under its own type only: serde finds it for the fields that name it, and never uses it for every String.
    @Singleton
    @Bean(typed = DecimalString.class)
    static final class DecimalString implements Deserializer<String> {

        @Override
        public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
            return expect(decoder, String.class, "must be a decimal string such as \"1234.56\"");
        }
    }

    /** A date: a JSON string in ISO 8601 ({@code 2026-03-02}) only. */
    @Singleton
    @Bean(typed = IsoDate.class)
    static final class IsoDate implements Deserializer<LocalDate> {

        @Override
        public LocalDate deserialize(Decoder decoder, DecoderContext context, Argument<? super LocalDate> type)
                throws IOException {
            Object value = decoder.decodeArbitrary();
            if (!(value instanceof String text)) {
                throw new Refusal(
                        "must be a date string such as \"2026-03-02\", not " + kind(value), value);
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new Refusal("must be a date such as \"2026-03-02\" (ISO 8601, yyyy-mm-dd)", text);
            }
        }
    }

    /** Lines of an address: a JSON array of strings only. */
    @Singleton
    @Bean(typed = Lines.class)
    static final class Lines implements Deserializer<java.util.List<String>> {

        @Override
        public java.util.List<String> deserialize(Decoder decoder, DecoderContext context,
                Argument<? super java.util.List<String>> type) throws IOException {
            Object value = decoder.decodeArbitrary();
            if (!(value instanceof java.util.List<?> items)) {
                throw new Refusal("must be a JSON array of strings, not " + kind(value), value);
            }
            java.util.List<String> lines = new java.util.ArrayList<>(items.size());
            for (Object item : items) {
                if (!(item instanceof String line)) {
                    throw new Refusal("must hold strings only, not " + kind(item), item);
                }
                lines.add(line);
            }
            return lines;
        }
    }

    /** The next value, if it has the JSON type that {@code type} stands for; else a refusal saying what it is. */
    private static <T> T expect(Decoder decoder, Class<T> type, String expected) throws IOException {
        Object value = decoder.decodeArbitrary();
        if (!type.isInstance(value)) {
            throw new Refusal(expected + ", not " + kind(value), value);
        }
        return type.cast(value);
    }

    /** A value refused by these readers, with what was expected, in words that name no Java type. */
    static final class Refusal extends InvalidFormatException {

        Refusal(String reason, Object value) {
            super(reason, null, value);
        }
    }

    private static String kind(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        return value instanceof java.util.List ? "an array" : "an object";
    }
}
