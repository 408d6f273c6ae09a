package org.amicable.dispute.domain.model;

import java.util.Arrays;
import java.util.List;

/**
 * Where a dispute stands: a {@link ClaimState} for an unpaid claim, a {@link GrievanceState} for a
 * grievance. A closed family, so that code reading a dispute's state handles both tracks' states.
 */
public sealed interface DisputeState permits ClaimState, GrievanceState {

    /** The state's stable name, e.g. {@code FORMAL_NOTICE_SENT}: what is stored and what the API shows. */
    String name();

    /** Whether the amicable phase is over in this state. */
    boolean isTerminal();

    /** Every state a dispute of {@code track} can be in. */
    static List<DisputeState> of(Track track) {
        DisputeState[] states = track == Track.UNPAID_CLAIM ? ClaimState.values() : GrievanceState.values();
        return List.copyOf(Arrays.asList(states));
    }

    /**
     * The state of {@code track} stored as {@code name}, read back from a storage.
     *
     * @throws IllegalArgumentException naming the value and the track, if no state of the track has that name
     */
    static DisputeState named(Track track, String name) {
        return of(track).stream()
                .filter(state -> state.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown state '" + name + "' for a dispute of track "
                        + track + ": expected one of " + of(track)));
    }
}
