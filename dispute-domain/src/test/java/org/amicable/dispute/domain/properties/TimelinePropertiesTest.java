package org.amicable.dispute.domain.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.amicable.dispute.domain.fixtures.Customers;
import org.amicable.dispute.domain.fixtures.Invoices;
import org.amicable.dispute.domain.fixtures.Policies;
import org.amicable.dispute.domain.fixtures.TestClock;
import org.amicable.dispute.domain.model.CanonicalJson;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.Timeline;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.amicable.dispute.domain.model.UnpaidClaim;
import org.amicable.dispute.domain.policy.EscalationPolicy;

/** Any change to a recorded timeline shows, and the verification names the first entry changed. */
class TimelinePropertiesTest {

    /** How the timeline is tampered with. */
    enum Tampering {
        ALTER_EVENT, ALTER_TIME, ALTER_HASH, REMOVE, SWAP
    }

    /** A claim with a timeline of a dozen entries or so. */
    private static List<TimelineEntry> recordedTimeline() {
        EscalationPolicy policy = Policies.defaults();
        LocalDate due = LocalDate.of(2026, 1, 31);
        TestClock clock = TestClock.on(due.plusDays(1));
        UnpaidClaim claim = UnpaidClaim.open(DisputeId.next(clock), Customers.consumerWithPhone(),
                Invoices.invoiceDue(due, "500.00"), clock);
        for (int day = 1; day <= 30; day++) {
            clock.advanceDays(1);
            claim.escalate(clock.today(), policy, clock);
            if (day % 7 == 0) {
                claim.recordPayment(clock.today(), Money.euros("10.00"), "P" + day, policy, clock);
            }
        }
        return claim.timeline();
    }

    private static final List<TimelineEntry> TIMELINE = recordedTimeline();

    /** The entry as an attacker with write access to the storage would leave it: stored text changed, hash kept. */
    @SuppressWarnings("unchecked")
    private static TimelineEntry rewritten(TimelineEntry entry, Consumer<Map<String, Object>> change) {
        Map<String, Object> stored = (Map<String, Object>) CanonicalJson.parse(entry.stored());
        change.accept(stored);
        return TimelineEntry.read(CanonicalJson.write(stored), entry.hash());
    }

    @Property(tries = 300)
    void any_change_to_an_entry_is_detected_and_the_first_changed_entry_is_named(
            @ForAll Tampering tampering, @ForAll @IntRange(min = 0, max = 1000) int first,
            @ForAll @IntRange(min = 1, max = 1000) int distance) {
        assertThat(Timeline.verify(TIMELINE, TIMELINE.size()).intact()).isTrue();
        int size = TIMELINE.size();
        int index = first % size;
        List<TimelineEntry> tampered = new ArrayList<>(TIMELINE);
        TimelineEntry entry = tampered.get(index);
        int firstChanged = index;
        switch (tampering) {
            case ALTER_EVENT -> tampered.set(index, rewritten(entry, stored -> {
                stored.put("type", "customer-answered");
                stored.put("version", 1L);
                stored.put("event", Map.of("on", entry.event().on().toString(), "summary", "forged"));
            }));
            case ALTER_TIME -> tampered.set(index, rewritten(entry,
                    stored -> stored.put("recordedAt", entry.recordedAt().minus(Duration.ofSeconds(1)).toString())));
            case ALTER_HASH -> tampered.set(index, TimelineEntry.read(entry.stored(), "f".repeat(64)));
            case REMOVE -> tampered.remove(index);
            case SWAP -> {
                int other = (index + 1 + distance % (size - 1)) % size;
                Collections.swap(tampered, index, other);
                firstChanged = Math.min(index, other);
            }
        }

        Timeline.Verification verification = Timeline.verify(tampered, size);

        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBroken()).contains(firstChanged + 1L);
    }
}
