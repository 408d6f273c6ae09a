package org.amicable.dispute.domain.model;

/**
 * A document kept as evidence no longer matches the hash its timeline recorded, or is gone. It is
 * never served as if nothing happened: the storage was altered, and someone must look at it.
 */
public final class EvidenceAlteredException extends DisputeException {

    private final LetterId letterId;

    public EvidenceAlteredException(LetterId letterId, String what) {
        super(what);
        this.letterId = letterId;
    }

    /** The letter whose kept document is wrong. */
    public LetterId letterId() {
        return letterId;
    }
}
