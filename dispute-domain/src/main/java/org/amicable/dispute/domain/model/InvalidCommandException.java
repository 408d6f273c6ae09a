package org.amicable.dispute.domain.model;

/** A command that is well formed but breaks a rule of the domain; names the field at fault. */
public final class InvalidCommandException extends DisputeException {

    private final String field;

    public InvalidCommandException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The field at fault. */
    public String field() {
        return field;
    }
}
