package org.amicable.dispute.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A stored state's name is read back as the state of the dispute's track. */
class DisputeStateTest {

    @Test
    void a_name_is_read_back_as_the_state_of_its_track() {
        assertThat(DisputeState.named(Track.UNPAID_CLAIM, "IN_MEDIATION")).isSameAs(ClaimState.IN_MEDIATION);
        assertThat(DisputeState.named(Track.GRIEVANCE, "IN_MEDIATION")).isSameAs(GrievanceState.IN_MEDIATION);
    }

    @Test
    void each_track_lists_its_own_states() {
        assertThat(DisputeState.of(Track.UNPAID_CLAIM)).containsExactly((DisputeState[]) ClaimState.values());
        assertThat(DisputeState.of(Track.GRIEVANCE)).containsExactly((DisputeState[]) GrievanceState.values());
    }

    @Test
    void a_name_unknown_to_the_track_is_refused_naming_it_and_the_track() {
        assertThatThrownBy(() -> DisputeState.named(Track.GRIEVANCE, "SETTLED"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'SETTLED'").hasMessageContaining("GRIEVANCE");
    }
}
