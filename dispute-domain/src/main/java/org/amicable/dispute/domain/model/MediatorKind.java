package org.amicable.dispute.domain.model;

/** Who mediates an unpaid claim. */
public enum MediatorKind {
    /** Commissaire de justice (formerly huissier de justice). */
    BAILIFF,
    /** Société de recouvrement. */
    COLLECTION_AGENCY,
    /** Conciliateur de justice. */
    CONCILIATOR
}
