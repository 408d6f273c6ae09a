package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amicable.dispute.adapter.persistence.migration.V11__Timeline_stable_format;
import org.amicable.dispute.domain.fixtures.Customers;
import org.amicable.dispute.domain.fixtures.Invoices;
import org.amicable.dispute.domain.fixtures.Policies;
import org.amicable.dispute.domain.fixtures.TestClock;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.DisputeEvent;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.EventFormat;
import org.amicable.dispute.domain.model.KeptDocument;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.Timeline;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.amicable.dispute.domain.model.UnpaidClaim;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A database written before the stable format is converted once when the application upgrades: its
 * timelines are read in the earlier form, stated again in the stable one and chained again, and the
 * earlier hashes are kept beside them.
 */
abstract class LegacyTimelineConversionTest {

    abstract Databases database();

    @Test
    void timelines_stored_in_the_earlier_form_are_converted_and_verify() throws Exception {
        Map<String, Object> database = database().freshDatabase();
        String url = (String) database.get("datasources.default.url");
        String user = (String) database.get("datasources.default.username");
        String password = (String) database.get("datasources.default.password");
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").target("10").load().migrate();

        TestClock clock = TestClock.on("2026-03-02");
        UnpaidClaim claim = UnpaidClaim.open(DisputeId.next(clock), Customers.businessCustomer(),
                Invoices.invoiceDue("F-LEGACY", java.time.LocalDate.of(2026, 1, 31), "1200.00"), clock);
        claim.escalate(clock.today(), Policies.defaults(), clock);
        Letter letter = claim.letters().get(0);
        clock.advanceDays(1);
        claim.letterTrail(clock).sent(letter.id(), KeptDocument.of(KeptDocument.PDF, "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)),
                Optional.empty());
        claim.recordPayment(clock.today(), Money.euros("100.00"), "VIR-1", Policies.defaults(), clock);
        List<String> legacyHashes = new ArrayList<>();
        ObjectMapper legacy = V11__Timeline_stable_format.legacyMapper();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO dispute (id, track, state, is_open,"
                    + " customer_reference, customer_name, invoice_number, due_on, version, opened_on)"
                    + " VALUES (?, 'UNPAID_CLAIM', ?, TRUE, 'B-1', 'Dupont SARL', 'F-LEGACY', NULL, ?, ?)")) {
                insert.setObject(1, claim.id().value());
                insert.setString(2, claim.state().name());
                insert.setLong(3, claim.version());
                insert.setObject(4, claim.openedOn());
                insert.executeUpdate();
            }
            for (TimelineEntry entry : claim.timeline()) {
                ObjectNode event = (ObjectNode) legacy.readTree(legacy.writerFor(DisputeEvent.class).writeValueAsString(entry.event()));
                // The earlier records had none of the components added since.
                event.remove("emailHash");
                if (event.has("letter") && event.get("letter").isObject()) {
                    ((ObjectNode) event.get("letter")).remove(List.of("returned", "firstPresentedOn"));
                }
                ObjectNode row = legacy.createObjectNode();
                row.putObject("disputeId").put("value", claim.id().toString());
                row.put("sequence", entry.sequence());
                row.put("recordedAt", entry.recordedAt().toString());
                row.set("event", event);
                String hash = Timeline.sha256Hex(("legacy " + entry.sequence()).getBytes(StandardCharsets.US_ASCII));
                row.put("previousHash", legacyHashes.isEmpty() ? Timeline.GENESIS : legacyHashes.get(legacyHashes.size() - 1));
                row.put("hash", hash);
                legacyHashes.add(hash);
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO timeline_entry"
                        + " (dispute_id, sequence, recorded_at, event_type, hash, entry) VALUES (?, ?, ?, ?, ?, ?)")) {
                    insert.setObject(1, claim.id().value());
                    insert.setLong(2, entry.sequence());
                    insert.setTimestamp(3, Timestamp.from(entry.recordedAt()));
                    insert.setString(4, entry.event().getClass().getSimpleName());
                    insert.setString(5, hash);
                    insert.setString(6, legacy.writeValueAsString(row));
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox_letter (letter_id, dispute_id,"
                    + " status, attempts, not_before, letter) VALUES (?, ?, 'PENDING', 0, ?, ?)")) {
                insert.setObject(1, letter.id().value());
                insert.setObject(2, claim.id().value());
                insert.setTimestamp(3, Timestamp.from(clock.instant()));
                ObjectNode queued = legacy.valueToTree(letter);
                queued.remove(List.of("returned", "firstPresentedOn"));
                insert.setString(4, legacy.writeValueAsString(queued));
                insert.executeUpdate();
            }
        }

        Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration", "classpath:org/amicable/dispute/adapter/persistence/migration")
                .load().migrate();

        List<TimelineEntry> converted = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT entry, hash, legacy_hash, event_type, personal FROM timeline_entry WHERE dispute_id = ?"
                            + " ORDER BY sequence")) {
                select.setObject(1, claim.id().value());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        TimelineEntry entry = TimelineEntry.read(rows.getString(1), rows.getString(2),
                                java.util.Optional.ofNullable(rows.getString(5)));
                        assertThat(rows.getString(4)).isEqualTo(EventFormat.typeOf(entry.event()).name());
                        converted.add(entry);
                        kept.add(rows.getString(3));
                    }
                }
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT letter FROM outbox_letter");
                 ResultSet rows = select.executeQuery()) {
                rows.next();
                assertThat(EventFormat.readLetter(rows.getString(1))).isEqualTo(letter);
            }
        }
        assertThat(converted).hasSize(claim.timeline().size());
        assertThat(Timeline.verify(converted, converted.size()).intact()).isTrue();
        assertThat(converted.stream().map(TimelineEntry::event).toList())
                .isEqualTo(claim.timeline().stream().map(TimelineEntry::event).toList());
        // Stated again with their personal values kept beside the lines (V31), as the application stores them now.
        assertThat(String.join("\n", converted.stream().map(TimelineEntry::stored).toList()))
                .doesNotContain(claim.customer().name(), claim.customer().address().lines().get(0));
        assertThat(converted).allSatisfy(entry -> assertThat(EventFormat.holdsPersonalValuesInItsLine(entry)).isFalse());
        assertThat(converted.get(0).personal()).isPresent();
        assertThat(kept).isEqualTo(legacyHashes);
        assertThat(Dispute.replay(converted).state().name()).isEqualTo(claim.state().name());
    }
}
