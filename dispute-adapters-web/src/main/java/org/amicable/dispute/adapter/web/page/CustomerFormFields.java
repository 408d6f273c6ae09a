package org.amicable.dispute.adapter.web.page;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amicable.dispute.domain.model.GrievanceCause;
import org.amicable.dispute.domain.policy.RepaymentPlanLimits;

/**
 * The fields of the customer's forms: what was typed, read into values, and each refusal put into words
 * beside its field.
 */
final class CustomerFormFields {

    /** The refusals a form's own checks give, each put into words as {@code error.<code>}. */
    private static final List<String> CODES = List.of("required", "date", "confirm");

    private CustomerFormFields() {
    }

    /** The refusals of the form's own checks, in words. */
    static void worded(Map<String, String> errors, PageWords words) {
        errors.replaceAll((field, message) -> message.equals("number")
                ? words.say("error.number", RepaymentPlanLimits.LONGEST_PLAN)
                : CODES.contains(message) ? words.say("error." + message) : message);
    }


    static Map<String, String> typed(String... namesAndValues) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            typed.put(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
        }
        return typed;
    }

    static int number(String value, String field, Map<String, String> errors) {
        try {
            int number = Integer.parseInt(value == null ? "" : value.trim());
            if (number >= 1 && number <= RepaymentPlanLimits.LONGEST_PLAN) {
                return number;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        errors.put(field, "number");
        return 0;
    }

    static LocalDate date(String value, String field, Map<String, String> errors) {
        try {
            return LocalDate.parse(value == null ? "" : value.trim());
        } catch (DateTimeParseException e) {
            errors.put(field, "date");
            return null;
        }
    }

    static String required(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, "required");
        }
        return value;
    }

    static GrievanceCause cause(String value, Map<String, String> errors) {
        try {
            return GrievanceCause.valueOf(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            errors.put("cause", "required");
            return null;
        }
    }

    /** The form field a domain field is typed in. */
    static String field(String domainField) {
        if (domainField.startsWith("attachments[")) {
            int index = Integer.parseInt(domainField.substring("attachments[".length(), domainField.indexOf(']')));
            return "attachment" + (index + 1);
        }
        return switch (domainField) {
            case "description", "summary" -> "explanation";
            case "instalments", "firstDueDate", "paidOn", "reference", "reason", "attachments" -> domainField;
            default -> "form";
        };
    }

    static String invalid(PageWords words, String field, String message) {
        String why = message.startsWith(field + ": ") ? message.substring(field.length() + 2) : message;
        return words.say(field.startsWith("attachments") ? "error.attachment" : "error.invalid", why);
    }
}
