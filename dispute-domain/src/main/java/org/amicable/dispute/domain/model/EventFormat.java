package org.amicable.dispute.domain.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored form of timeline entries, independent of Java names: every event type has a stable name
 * and a schema version, declared with the codecs of its family (opening, letter, claim and grievance
 * events), and every field a stable name. Renaming a class, a record component or an enum constant
 * changes nothing stored; changing what an event holds means a new version of its type and an upcaster
 * that turns the old stored fields into the new ones.
 *
 * <p>An entry is stored as one canonical JSON text ({@link CanonicalJson}):
 * <pre>{"actor":{…},"dispute":"…","event":{…},"previous":"…","recordedAt":"…","sequence":1,"type":"claim-opened","version":1}</pre>
 * and its hash is {@code SHA-256(previous hash in hex ‖ the stored bytes)} (see {@link Timeline}).
 * {@code docs/EVIDENCE.md} describes the format for readers outside the project.
 */
public final class EventFormat {

    /**
     * One event type as stored.
     *
     * @param name     its stable name, e.g. {@code letter-sent}
     * @param version  the version written today; older versions are read through upcasters
     * @param javaType the event record it is read into
     */
    public record EventType(String name, int version, Class<? extends DisputeEvent> javaType) {
        public EventType {
            if (!name.matches("[a-z]+(-[a-z]+)*")) {
                throw new IllegalArgumentException("an event type name is lowercase words joined by '-': " + name);
            }
            if (version < 1) {
                throw new IllegalArgumentException("versions start at 1");
            }
        }
    }

    private EventFormat() {
    }

    /** Every registered event type, in the order of the registry. */
    public static List<EventType> types() {
        return EventRegistry.ALL.types();
    }

    /** The stored type of the event. */
    public static EventType typeOf(DisputeEvent event) {
        return EventRegistry.ALL.codecOf(event).type;
    }

    /** The event's fields as stored in the current version of its type: maps, lists, strings, numbers. */
    public static Map<String, Object> fields(DisputeEvent event) {
        return EventRegistry.ALL.codecOf(event).write(event);
    }

    /** A letter's content as stored, its kind in {@code type}: maps, lists, strings, numbers. */
    public static Map<String, Object> fields(LetterContent content) {
        return StoredLetters.content(content);
    }

    // ---- entries ----

    /**
     * An entry as stored: its line (canonical JSON, hashed) and, where the event holds personal values,
     * those values with their salt, kept beside the line ({@link PersonalData}).
     */
    record Stored(String line, Optional<String> personal) {
    }

    /** The stored text of an entry, its personal values sealed out of the line. */
    static Stored store(DisputeId disputeId, long sequence, Instant recordedAt, DisputeEvent event, Optional<Actor> actor,
            String previousHash) {
        EventType type = typeOf(event);
        Map<String, Object> fields = fields(event);
        Optional<String> personal = PersonalData.seal(type.name(), fields);
        Map<String, Object> envelope = envelope(disputeId, sequence, recordedAt, type, actor, previousHash, fields);
        personal.ifPresent(kept -> envelope.put("personal", PersonalData.digest(kept)));
        return new Stored(CanonicalJson.write(envelope), personal);
    }

    /** The stored text of an entry with its personal values in the line, as entries were stored before they were sealed. */
    private static String storeUnsealed(DisputeId disputeId, long sequence, Instant recordedAt, DisputeEvent event,
            Optional<Actor> actor, String previousHash) {
        return CanonicalJson.write(envelope(disputeId, sequence, recordedAt, typeOf(event), actor, previousHash, fields(event)));
    }

    private static Map<String, Object> envelope(DisputeId disputeId, long sequence, Instant recordedAt, EventType type,
            Optional<Actor> actor, String previousHash, Map<String, Object> fields) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        actor.ifPresent(who -> envelope.put("actor", StoredValues.actor(who)));
        envelope.put("dispute", disputeId.toString());
        envelope.put("sequence", sequence);
        envelope.put("recordedAt", recordedAt.toString());
        envelope.put("previous", previousHash);
        envelope.put("type", type.name());
        envelope.put("version", (long) type.version());
        envelope.put("event", fields);
        return envelope;
    }

    /**
     * An entry recorded by an earlier storage in another form, stated again in this format and chained
     * to {@code previousHash}: for a one-time conversion of stored timelines, never for new events
     * (those are recorded by their dispute).
     */
    public static TimelineEntry restate(DisputeId disputeId, long sequence, Instant recordedAt, DisputeEvent event,
            String previousHash) {
        // Stated as it was recorded then, personal values in the line: the sealing came later.
        String stored = storeUnsealed(disputeId, sequence, recordedAt, event, Optional.empty(), previousHash);
        return new TimelineEntry(disputeId, sequence, recordedAt, event, Optional.empty(), previousHash, stored,
                Timeline.hash(previousHash, stored), Optional.empty());
    }

    /**
     * A stored entry stated again with its personal values kept beside its line ({@link PersonalData}), chained
     * to {@code previousHash}: for a one-time conversion of timelines stored before personal values were kept
     * apart, so that they can be erased; never for new events.
     */
    public static TimelineEntry restateSealed(TimelineEntry entry, String previousHash) {
        Stored stored = store(entry.disputeId(), entry.sequence(), entry.recordedAt(), entry.event(), entry.actor(),
                previousHash);
        return new TimelineEntry(entry.disputeId(), entry.sequence(), entry.recordedAt(), entry.event(), entry.actor(),
                previousHash, stored.line(), Timeline.hash(previousHash, stored.line()), stored.personal());
    }

    /** Whether the entry's line holds personal values in the clear: stored before they were kept apart. */
    public static boolean holdsPersonalValuesInItsLine(TimelineEntry entry) {
        if (entry.stored().contains(",\"personal\":\"")) {
            return false;
        }
        Map<String, Object> fields = fields(entry.event());
        return PersonalData.seal(typeOf(entry.event()).name(), fields).isPresent();
    }

    /**
     * Reads a stored entry: its envelope, then its event in whatever version it was stored,
     * upcast to the current one.
     *
     * @param stored the stored text, exactly as it was hashed
     * @param hash   the hash recorded with it
     * @throws IllegalArgumentException naming what is unreadable
     */
    public static TimelineEntry read(String stored, String hash) {
        return read(stored, hash, Optional.empty());
    }

    /**
     * Reads a stored entry with the personal values kept beside it ({@link PersonalData}): they are put
     * back into the event after being checked against the line's digest. Without them, a line that had
     * personal values reads them as erased.
     *
     * @param personal the salt and the values kept beside the line; empty when it has none or they were erased
     */
    public static TimelineEntry read(String stored, String hash, Optional<String> personal) {
        Object parsed = CanonicalJson.parse(stored);
        if (!(parsed instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("a stored entry is a JSON object");
        }
        StoredFields envelope = new StoredFields(StoredFields.asObject(parsed, "entry"), "entry");
        DisputeId disputeId = new DisputeId(envelope.uuid("dispute"));
        long sequence = envelope.number("sequence");
        Instant recordedAt = envelope.instant("recordedAt");
        String previous = envelope.string("previous");
        String name = envelope.string("type");
        int version = envelope.integer("version");
        Map<String, Object> event = StoredFields.asObject(envelope.raw("event"), "entry.event");
        if (envelope.has("personal")) {
            PersonalData.unseal(name, event, envelope.string("personal"), personal);
        } else if (personal.isPresent()) {
            throw new IllegalArgumentException("personal data is kept beside an entry whose line records none");
        }
        // Entries recorded before actors were recorded have none.
        Optional<Actor> actor = envelope.has("actor") ? Optional.of(envelope.object("actor", StoredValues::actor))
                : Optional.empty();
        envelope.finish();
        return new TimelineEntry(disputeId, sequence, recordedAt, readEvent(name, version, event), actor, previous,
                stored, hash, envelope.has("personal") ? personal : Optional.empty());
    }

    /**
     * Reads an event's stored fields written in the given version of its type.
     *
     * @throws IllegalArgumentException when the type is unknown, the version newer than this code, or
     *                                  the fields do not match the version
     */
    public static DisputeEvent readEvent(String typeName, int version, Map<String, Object> fields) {
        EventCodec<?> codec = EventRegistry.ALL.named(typeName)
                .orElseThrow(() -> new IllegalArgumentException("unknown event type \"" + typeName + "\""));
        return codec.read(version, fields);
    }

    // ---- letters, as the outbox queues them ----

    /** A letter as issued (its facts, not what became of it), as canonical JSON. */
    public static String storeLetter(Letter letter) {
        return CanonicalJson.write(StoredLetters.letter(letter));
    }

    /** A letter stored by {@link #storeLetter(Letter)}, pending. */
    public static Letter readLetter(String stored) {
        StoredFields fields = new StoredFields(StoredFields.asObject(CanonicalJson.parse(stored), "letter"), "letter");
        Letter letter = StoredLetters.letter(fields);
        fields.finish();
        return letter;
    }
}
