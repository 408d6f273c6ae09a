package org.amicable.dispute.adapter.persistence.migration;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.amicable.dispute.domain.model.DisputeEvent;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.EventFormat;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterContent;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.Timeline;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Converts timelines stored before the stable format (Jackson JSON named after Java records, hashed
 * over a text form of them) into canonical JSON with stable names, chained again with the hash rule of
 * docs/EVIDENCE.md. The hash each entry had before is kept in {@code legacy_hash}, so that a copy
 * exported earlier can still be matched to its entry. Letters waiting in the outbox are converted too.
 * A database created with the stable format has no such row, and this does nothing.
 */
public class V11__Timeline_stable_format extends BaseJavaMigration {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    private interface Typed {
    }

    /** Money was a record, read through its canonical constructor; it is now made by its named factory. */
    private abstract static class MoneyFromFields {
        @JsonCreator
        static Money ofMinor(@JsonProperty("minorUnits") long minorUnits, @JsonProperty("currency") Currency currency) {
            return Money.ofMinor(minorUnits, currency);
        }
    }

    private final ObjectMapper legacy = legacyMapper();

    /** The mapper the earlier storage wrote with: record fields, and the simple class name as {@code type} (tests write such rows with it). */
    public static ObjectMapper legacyMapper() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new Jdk8Module())
                .registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY);
        mapper.addMixIn(DisputeEvent.class, Typed.class);
        mapper.addMixIn(LetterContent.class, Typed.class);
        mapper.addMixIn(Money.class, MoneyFromFields.class);
        for (List<? extends Class<?>> family : List.of(DisputeEvent.kinds(),
                List.of(LetterContent.class.getPermittedSubclasses()))) {
            mapper.registerSubtypes(family.stream().map(type -> new NamedType(type, type.getSimpleName()))
                    .toArray(NamedType[]::new));
        }
        return mapper;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (PreparedStatement alter = connection.prepareStatement("ALTER TABLE timeline_entry ADD COLUMN legacy_hash CHAR(64)")) {
            alter.execute();
        }
        List<UUID> disputes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM dispute ORDER BY id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                disputes.add(rows.getObject(1, UUID.class));
            }
        }
        for (UUID dispute : disputes) {
            convertTimeline(connection, dispute);
        }
        convertOutbox(connection);
    }

    private void convertTimeline(Connection connection, UUID dispute) throws SQLException, JsonProcessingException {
        List<JsonNode> entries = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT entry, hash FROM timeline_entry WHERE dispute_id = ? ORDER BY sequence")) {
            select.setObject(1, dispute);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(legacy.readTree(rows.getString(1)));
                    hashes.add(rows.getString(2));
                }
            }
        }
        String previous = Timeline.GENESIS;
        try (PreparedStatement update = connection.prepareStatement("UPDATE timeline_entry SET entry = ?, hash = ?,"
                + " event_type = ?, legacy_hash = ? WHERE dispute_id = ? AND sequence = ?")) {
            for (int i = 0; i < entries.size(); i++) {
                JsonNode old = entries.get(i);
                long sequence = old.get("sequence").asLong();
                TimelineEntry entry = EventFormat.restate(new DisputeId(dispute), sequence,
                        Instant.parse(old.get("recordedAt").asText()), event(old.get("event")), previous);
                update.setString(1, entry.stored());
                update.setString(2, entry.hash());
                update.setString(3, EventFormat.typeOf(entry.event()).name());
                update.setString(4, hashes.get(i));
                update.setObject(5, dispute);
                update.setLong(6, sequence);
                update.addBatch();
                previous = entry.hash();
            }
            update.executeBatch();
        }
    }

    private DisputeEvent event(JsonNode node) throws JsonProcessingException {
        DisputeEvent event = legacy.treeToValue(node, DisputeEvent.class);
        // The earlier form did not keep the email as sent.
        if (event instanceof DisputeEvent.LetterSent sent && sent.emailHash() == null) {
            return new DisputeEvent.LetterSent(sent.on(), sent.letterId(), sent.sentAt(), sent.contentHash(),
                    Optional.empty());
        }
        return event;
    }

    private void convertOutbox(Connection connection) throws SQLException, JsonProcessingException {
        List<String[]> letters = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT letter_id, letter FROM outbox_letter");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                letters.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE outbox_letter SET letter = ? WHERE letter_id = ?")) {
            for (String[] letter : letters) {
                Letter issued = legacy.readValue(letter[1], Letter.class);
                // The outbox keeps a letter as issued; what became of it is in the timeline.
                Letter pending = Letter.issue(issued.id(), issued.disputeId(), issued.kind(), issued.recipient(),
                        issued.channel(), issued.issuedOn(), issued.reference(), issued.content());
                update.setString(1, EventFormat.storeLetter(pending));
                update.setObject(2, UUID.fromString(letter[0]));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
