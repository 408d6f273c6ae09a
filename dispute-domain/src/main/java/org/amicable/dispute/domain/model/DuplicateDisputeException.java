package org.amicable.dispute.domain.model;

import java.util.Objects;

/**
 * A dispute was to be opened about a subject that already has an open dispute: one open claim per
 * invoice, one open grievance per order and cause. The existing dispute is named, so that the caller
 * can go on with it.
 */
public final class DuplicateDisputeException extends DisputeException {

    private final DisputeId existing;
    private final DisputeSubject subject;

    public DuplicateDisputeException(DisputeSubject subject, DisputeId existing) {
        super(Objects.requireNonNull(subject, "subject").describe() + " already exists: dispute "
                + Objects.requireNonNull(existing, "existing"));
        this.subject = subject;
        this.existing = existing;
    }

    /** The open dispute about the same subject. */
    public DisputeId existing() {
        return existing;
    }

    /** What both are about. */
    public DisputeSubject subject() {
        return subject;
    }
}
