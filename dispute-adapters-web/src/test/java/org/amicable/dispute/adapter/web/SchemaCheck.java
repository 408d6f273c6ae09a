package org.amicable.dispute.adapter.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a JSON value, read as maps and lists, against a schema of an OpenAPI 3.0 document: the subset the
 * document uses ($ref, allOf, oneOf with a discriminator, nullable, enum, types, dates, required and declared
 * properties). A member the schema does not declare is a problem, so a schema that misses a field fails.
 */
final class SchemaCheck {

    private static final String PREFIX = "#/components/schemas/";

    private final Map<String, Object> schemas;

    @SuppressWarnings("unchecked")
    SchemaCheck(Map<String, Object> document) {
        this.schemas = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
    }

    /** The schema a reference names; fails when the document has none by that name. */
    @SuppressWarnings("unchecked")
    Map<String, Object> resolve(String ref) {
        if (!ref.startsWith(PREFIX) || !schemas.containsKey(ref.substring(PREFIX.length()))) {
            throw new AssertionError("the document has no schema " + ref);
        }
        return (Map<String, Object>) schemas.get(ref.substring(PREFIX.length()));
    }

    /** Every way the value departs from the named schema; empty when it conforms. */
    List<String> problems(Object value, String schemaName) {
        return problems(value, resolve(PREFIX + schemaName));
    }

    /** Every way the value departs from the schema; empty when it conforms. */
    List<String> problems(Object value, Map<String, Object> schema) {
        List<String> problems = new ArrayList<>();
        check(value, schema, "$", problems);
        return problems;
    }

    @SuppressWarnings("unchecked")
    private void check(Object value, Map<String, Object> schema, String where, List<String> problems) {
        if (schema.containsKey("$ref")) {
            check(value, resolve((String) schema.get("$ref")), where, problems);
            return;
        }
        if (value == null) {
            if (!Boolean.TRUE.equals(schema.get("nullable"))) {
                problems.add(where + " is null but not nullable");
            }
            return;
        }
        for (Object part : (List<Object>) schema.getOrDefault("allOf", List.of())) {
            check(value, (Map<String, Object>) part, where, problems);
        }
        if (schema.containsKey("oneOf")) {
            oneOf(value, schema, where, problems);
            return;
        }
        if (schema.containsKey("enum") && !((List<Object>) schema.get("enum")).contains(value)) {
            problems.add(where + " = " + value + " is not one of " + schema.get("enum"));
        }
        String type = (String) schema.get("type");
        if (type == null) {
            return;
        }
        switch (type) {
            case "string" -> string(value, (String) schema.get("format"), where, problems);
            case "integer" -> {
                if (!(value instanceof Integer || value instanceof Long)) {
                    problems.add(where + " = " + value + " is not an integer");
                }
            }
            case "number" -> {
                if (!(value instanceof Number)) {
                    problems.add(where + " = " + value + " is not a number");
                }
            }
            case "boolean" -> {
                if (!(value instanceof Boolean)) {
                    problems.add(where + " = " + value + " is not a boolean");
                }
            }
            case "array" -> {
                if (!(value instanceof List<?> items)) {
                    problems.add(where + " is not an array");
                    return;
                }
                for (int i = 0; i < items.size(); i++) {
                    check(items.get(i), (Map<String, Object>) schema.get("items"), where + "[" + i + "]", problems);
                }
            }
            case "object" -> object(value, schema, where, problems);
            default -> problems.add(where + ": the schema's type " + type + " is unknown to this check");
        }
    }

    @SuppressWarnings("unchecked")
    private void oneOf(Object value, Map<String, Object> schema, String where, List<String> problems) {
        Map<String, Object> discriminator = (Map<String, Object>) schema.get("discriminator");
        if (discriminator == null) {
            problems.add(where + ": a oneOf without a discriminator");
            return;
        }
        String property = (String) discriminator.get("propertyName");
        Object name = value instanceof Map<?, ?> members ? members.get(property) : null;
        Object target = ((Map<String, Object>) discriminator.get("mapping")).get(String.valueOf(name));
        if (target == null) {
            problems.add(where + "." + property + " = " + name + " is not in the discriminator's mapping");
            return;
        }
        List<Object> alternatives = ((List<Map<String, Object>>) schema.get("oneOf")).stream()
                .map(alternative -> alternative.get("$ref")).toList();
        if (!alternatives.contains(target)) {
            problems.add(where + ": the mapping names " + target + ", which is not one of the alternatives");
        }
        check(value, resolve((String) target), where + "<" + name + ">", problems);
    }

    private static void string(Object value, String format, String where, List<String> problems) {
        if (!(value instanceof String text)) {
            problems.add(where + " = " + value + " is not a string");
            return;
        }
        try {
            if ("date".equals(format)) {
                LocalDate.parse(text);
            } else if ("date-time".equals(format)) {
                Instant.parse(text);
            }
        } catch (DateTimeParseException e) {
            problems.add(where + " = " + text + " is not a " + format);
        }
    }

    @SuppressWarnings("unchecked")
    private void object(Object value, Map<String, Object> schema, String where, List<String> problems) {
        if (!(value instanceof Map<?, ?>)) {
            problems.add(where + " is not an object");
            return;
        }
        Map<String, Object> members = (Map<String, Object>) value;
        Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        Object additional = schema.get("additionalProperties");
        for (Object required : (List<Object>) schema.getOrDefault("required", List.of())) {
            if (!members.containsKey(required)) {
                problems.add(where + "." + required + " is required but absent");
            }
        }
        members.forEach((name, member) -> {
            if (properties.containsKey(name)) {
                check(member, (Map<String, Object>) properties.get(name), where + "." + name, problems);
            } else if (additional instanceof Map<?, ?> additionalSchema) {
                check(member, (Map<String, Object>) additionalSchema, where + "." + name, problems);
            } else {
                problems.add(where + "." + name + " is not a property the schema declares");
            }
        });
    }
}
