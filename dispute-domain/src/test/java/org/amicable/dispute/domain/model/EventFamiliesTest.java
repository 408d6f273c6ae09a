package org.amicable.dispute.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.amicable.dispute.domain.fixtures.Customers;
import org.amicable.dispute.domain.fixtures.Invoices;
import org.amicable.dispute.domain.fixtures.TestClock;
import org.junit.jupiter.api.Test;

/** Every event is applied by the aggregate of its family, and an event of another family is refused. */
class EventFamiliesTest {

    @Test
    void every_event_belongs_to_exactly_one_family() {
        List<Class<? extends DisputeEvent>> kinds = DisputeEvent.kinds();

        assertThat(DisputeEvent.class.getPermittedSubclasses()).containsExactlyInAnyOrder(
                DisputeEvent.ClaimEvent.class, DisputeEvent.GrievanceEvent.class, DisputeEvent.CommonEvent.class);
        assertThat(kinds).doesNotHaveDuplicates().allMatch(Class::isRecord);
        assertThat(kinds).hasSize(45);
    }

    @Test
    void the_unpaid_claim_applies_every_claim_event() {
        assertThat(ClaimStanding.EVENTS.handled())
                .containsExactlyInAnyOrder(DisputeEvent.ClaimEvent.class.getPermittedSubclasses());
    }

    @Test
    void the_grievance_applies_every_grievance_event() {
        assertThat(GrievanceStanding.EVENTS.handled())
                .containsExactlyInAnyOrder(DisputeEvent.GrievanceEvent.class.getPermittedSubclasses());
    }

    @Test
    void every_dispute_applies_every_event_both_tracks_share() {
        assertThat(DisputeFile.COMMON.handled())
                .containsExactlyInAnyOrder(DisputeEvent.CommonEvent.class.getPermittedSubclasses());
    }

    @Test
    void a_table_missing_an_event_of_its_family_is_refused_when_built() {
        EventHandlers.Builder<Grievance, DisputeEvent.GrievanceEvent> incomplete =
                EventHandlers.<Grievance, DisputeEvent.GrievanceEvent>of(DisputeEvent.GrievanceEvent.class)
                        .changesNothing(DisputeEvent.ContactRecorded.class);

        assertThatThrownBy(incomplete::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("no handler");
    }

    @Test
    void an_unpaid_claim_refuses_an_event_of_the_grievance_track() {
        TestClock clock = TestClock.on("2026-03-02");
        UnpaidClaim claim = UnpaidClaim.open(DisputeId.next(clock), Customers.consumerWithPhone(),
                Invoices.invoiceDue("2026-02-01", "120.00"), clock);
        long before = claim.version();

        assertThatThrownBy(() -> claim.record(new DisputeEvent.ContactRecorded(clock.today(), "called"), clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ContactRecorded");
        assertThat(claim.version()).isEqualTo(before);
    }

    @Test
    void the_families_are_told_apart_by_type_alone() {
        Set<Class<?>> families = Set.of(DisputeEvent.ClaimEvent.class, DisputeEvent.GrievanceEvent.class,
                DisputeEvent.CommonEvent.class);
        for (Class<? extends DisputeEvent> kind : DisputeEvent.kinds()) {
            assertThat(Stream.of(kind.getInterfaces()).filter(families::contains)).as(kind.getSimpleName()).hasSize(1);
        }
    }
}
