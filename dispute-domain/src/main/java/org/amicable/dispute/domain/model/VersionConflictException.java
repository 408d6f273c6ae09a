package org.amicable.dispute.domain.model;

/** The dispute changed since the version the caller expected (optimistic locking). */
public final class VersionConflictException extends DisputeException {

    private final long expected;
    private final long actual;

    public VersionConflictException(DisputeId disputeId, long expected, long actual) {
        super("dispute " + disputeId + " is at version " + actual + ", not " + expected);
        this.expected = expected;
        this.actual = actual;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
