package org.amicable.dispute.domain.model;

/**
 * A value the domain cannot be built from: a required text left blank, an amount with too many decimals,
 * a malformed email address. It names the field at fault, so that an adapter can point at it without
 * reading the message.
 */
public final class InvalidValueException extends DisputeException {

    private final String field;
    private final String problem;

    /**
     * @param field   the field at fault, dotted for nested values ({@code customer.address.city})
     * @param problem what is wrong with it, as a phrase that follows the field's name ("is required")
     */
    public InvalidValueException(String field, String problem) {
        super(field + " " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** The field at fault. */
    public String field() {
        return field;
    }

    /** What is wrong with it, without the field's name. */
    public String problem() {
        return problem;
    }

    /** The same problem, for a field named within a larger value: {@code within("customer")}. */
    public InvalidValueException within(String prefix) {
        return new InvalidValueException(prefix + "." + field, problem);
    }

    /** {@code value}, or this exception saying the field is required. */
    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }
}
