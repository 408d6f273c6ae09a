package org.amicable.dispute.domain.model;

/**
 * Where a dispute stands: a {@link ClaimState} for an unpaid claim, a {@link GrievanceState} for a
 * grievance. A closed family, so that code reading a dispute's state handles both tracks' states.
 */
public sealed interface DisputeState permits ClaimState, GrievanceState {

    /** The state's stable name, e.g. {@code FORMAL_NOTICE_SENT}: what is stored and what the API shows. */
    String name();

    /** Whether the amicable phase is over in this state. */
    boolean isTerminal();
}
