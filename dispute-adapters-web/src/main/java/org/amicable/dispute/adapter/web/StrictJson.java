package org.amicable.dispute.adapter.web;

import io.micronaut.context.annotation.Bean;
import jakarta.inject.Singleton;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Readers (named by {@code @Serdeable.Deserializable(using = ...)} on the fields) that refuse what serde would otherwise coerce: a JSON number where the API wants a decimal string
 * (a float loses cents) or an ISO 8601 date (a number would be read as a day count since 1970).
 */
final class StrictJson {

    private StrictJson() {
    }

    /** An amount: a JSON string only. */
    // Exposed under its own type only: serde finds it for the fields that name it, and never uses it for every String.
    @Singleton
    @Bean(typed = DecimalString.class)
    static final class DecimalString implements Deserializer<String> {

        @Override
        public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
            Object value = decoder.decodeArbitrary();
            if (!(value instanceof String text)) {
                throw decoder.createDeserializationException(
                        "amount must be a JSON string such as \"1234.56\", not " + kind(value), value);
            }
            return text;
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
                throw decoder.createDeserializationException(
                        "a date must be a JSON string such as \"2026-03-02\", not " + kind(value), value);
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw decoder.createDeserializationException("not an ISO 8601 date (yyyy-mm-dd): " + e.getMessage(), null);
            }
        }
    }

    private static String kind(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        return "a " + value.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
