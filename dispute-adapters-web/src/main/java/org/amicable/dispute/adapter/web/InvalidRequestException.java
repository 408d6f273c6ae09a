package org.amicable.dispute.adapter.web;

/** A request the API refuses before it reaches the domain: a field that cannot be turned into a domain value. */
public final class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
