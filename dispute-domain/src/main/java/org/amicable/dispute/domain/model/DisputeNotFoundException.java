package org.amicable.dispute.domain.model;

/** No dispute (or letter) has the given id. */
public final class DisputeNotFoundException extends DisputeException {

    public DisputeNotFoundException(String what) {
        super(what + " was not found");
    }
}
