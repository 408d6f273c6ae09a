package org.amicable.dispute.domain.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.amicable.dispute.domain.fixtures.Customers;
import org.amicable.dispute.domain.fixtures.Invoices;
import org.amicable.dispute.domain.fixtures.World;
import org.amicable.dispute.domain.model.CanonicalJson;
import org.amicable.dispute.domain.model.DisputeEvent;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.EventFormat;
import org.amicable.dispute.domain.model.EventFormat.EventType;
import org.amicable.dispute.domain.model.LetterId;
import org.amicable.dispute.domain.model.Timeline;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.junit.jupiter.api.Test;

/** Stored events have stable names and versions, read back through upcasters, and hash as stored. */
class EventFormatTest {

    @Test
    void every_kind_of_event_has_a_stored_type_with_a_unique_name() {
        Set<Class<?>> permitted = Set.copyOf(DisputeEvent.kinds());
        List<EventType> types = EventFormat.types();

        assertThat(types.stream().map(EventType::javaType).collect(Collectors.toSet())).isEqualTo(permitted);
        assertThat(types.stream().map(EventType::name).distinct().count()).isEqualTo(permitted.size());
    }

    @Test
    void the_stored_names_are_not_the_java_names() {
        for (EventType type : EventFormat.types()) {
            assertThat(type.name()).as(type.javaType().getSimpleName()).isNotEqualTo(type.javaType().getSimpleName());
        }
        assertThat(EventFormat.types()).extracting(EventType::name)
                .contains("claim-opened", "letter-issued", "letter-sent", "payment-recorded", "proposal-made");
    }

    @Test
    void an_entry_is_stored_as_canonical_json_and_its_hash_covers_exactly_those_bytes() {
        World world = World.on("2026-02-05");
        DisputeId claim = world.opensClaim(Customers.businessCustomer(), Invoices.invoiceDue("2026-01-31", "1200.00"));
        TimelineEntry opened = world.store.storedEntries(claim).get(0);

        assertThat(opened.stored()).startsWith("{\"dispute\":\"" + claim + "\",\"event\":{")
                .contains("\"previous\":\"" + Timeline.GENESIS + "\"", "\"type\":\"claim-opened\"", "\"version\":1",
                        "\"amount\":{\"amount\":\"1200.00\",\"currency\":\"EUR\"}")
                .doesNotContain("\n").endsWith("}");
        assertThat(CanonicalJson.write(CanonicalJson.parse(opened.stored()))).isEqualTo(opened.stored());
        assertThat(opened.hash()).isEqualTo(Timeline.sha256Hex((Timeline.GENESIS + opened.stored())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** A letter-sent entry as version 1 stored it: the document's hash only. */
    private static final String LETTER_SENT_V1 = "{\"dispute\":\"0190a1b2-0000-7000-8000-000000000001\","
            + "\"event\":{\"documentSha256\":\"" + "ab".repeat(32) + "\",\"letter\":\"0190a1b2-0000-7000-8000-000000000002\","
            + "\"on\":\"2026-02-05\",\"sentAt\":\"2026-02-05T08:00:03Z\"},\"previous\":\"" + "cd".repeat(32) + "\","
            + "\"recordedAt\":\"2026-02-05T08:00:03Z\",\"sequence\":4,\"type\":\"letter-sent\",\"version\":1}";

    @Test
    void an_event_stored_in_version_1_is_read_as_version_2_and_still_verifies_against_its_stored_bytes() {
        String hash = Timeline.hash("cd".repeat(32), LETTER_SENT_V1);

        TimelineEntry entry = TimelineEntry.read(LETTER_SENT_V1, hash);

        assertThat(EventFormat.typeOf(entry.event()).version()).isEqualTo(2);
        assertThat(entry.event()).isEqualTo(new DisputeEvent.LetterSent(LocalDate.of(2026, 2, 5),
                LetterId.parse("0190a1b2-0000-7000-8000-000000000002"), Instant.parse("2026-02-05T08:00:03Z"),
                "ab".repeat(32), Optional.empty()));
        assertThat(entry.stored()).isEqualTo(LETTER_SENT_V1);
        assertThat(entry.hash()).isEqualTo(hash);
        assertThat(entry.disputeId()).isEqualTo(DisputeId.parse("0190a1b2-0000-7000-8000-000000000001"));
        assertThat(EventFormat.fields(entry.event())).containsEntry("emailSha256", null);
    }

    @Test
    void a_field_missing_or_unknown_for_the_version_is_refused_by_name() {
        String missing = LETTER_SENT_V1.replace("\"version\":1", "\"version\":2");
        String unknown = LETTER_SENT_V1.replace("\"on\":", "\"contentHash\":\"x\",\"on\":");

        assertThatThrownBy(() -> TimelineEntry.read(missing, "0".repeat(64)))
                .hasMessage("letter-sent.emailSha256 is missing");
        assertThatThrownBy(() -> TimelineEntry.read(unknown, "0".repeat(64)))
                .hasMessage("letter-sent.contentHash is not a field of this version");
    }

    @Test
    void a_version_newer_than_the_code_or_an_unknown_type_is_refused() {
        assertThatThrownBy(() -> TimelineEntry.read(LETTER_SENT_V1.replace("\"version\":1", "\"version\":3"), "0".repeat(64)))
                .hasMessageContaining("has no version 3");
        assertThatThrownBy(() -> EventFormat.readEvent("LetterSent", 1, Map.of()))
                .hasMessage("unknown event type \"LetterSent\"");
    }
}
