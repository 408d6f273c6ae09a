package org.amicable.dispute.adapter.web;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.exceptions.InvalidPropertyFormatException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A value that could not be read, as a client should hear it: the field's path, and what was expected,
 * said from the type the field has.
 *
 * @param field   the field's path ({@code invoice.issueDate}), or {@code body} for the body as a whole
 * @param problem what is wrong, as a phrase that follows the field's name
 */
record Unreadable(String field, String problem) {

    /** The one message serde gives no type for: an unknown member of an object, refused on purpose. */
    private static final Pattern UNKNOWN = Pattern.compile("Unknown property \\[([^\\]\\s]{1,64})\\]");

    static Unreadable of(Argument<?> argument, Throwable cause) {
        List<String> path = new ArrayList<>();
        Argument<?> expected = argument;
        Throwable innermost = cause;
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidPropertyFormatException property) {
                path.add(property.getArgument().getName());
                expected = property.getArgument();
            }
            innermost = t;
        }
        String field = path.isEmpty() ? argument.getName() : String.join(".", path);
        if (innermost instanceof StrictJson.Refusal refusal) {
            return new Unreadable(field, refusal.getMessage());
        }
        Matcher unknown = innermost == null || innermost.getMessage() == null ? null : UNKNOWN.matcher(innermost.getMessage());
        if (unknown != null && unknown.find()) {
            return new Unreadable(path.isEmpty() ? unknown.group(1) : field + "." + unknown.group(1),
                    "is not a field of this request");
        }
        return new Unreadable(field, "must be " + expectation(expected.getType()));
    }

    /** What a value of the type looks like, in words. */
    static String expectation(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "a date such as 2026-03-02";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a JSON array";
        }
        return "a JSON object";
    }
}
