package org.amicable.dispute.adapter.persistence;

import org.amicable.dispute.domain.model.DisputeState;
import org.amicable.dispute.domain.model.Track;

/** A dispute's state as the storage keeps it: its track's and its state's names, read back once into a type. */
final class StoredStates {

    private StoredStates() {
    }

    /**
     * The state stored as {@code state} for a dispute of {@code track}.
     *
     * @throws IllegalStateException naming both values, if this version knows no such track or state
     */
    static DisputeState read(String track, String state) {
        try {
            return DisputeState.named(Track.valueOf(track), state);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalStateException("a dispute is stored with a state this version does not know (track "
                    + track + ", state " + state + "): " + unknown.getMessage(), unknown);
        }
    }
}
