package org.amicable.dispute.domain.model;

import static org.amicable.dispute.domain.model.StoredFields.fields;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a {@link DisputeSnapshot} keeps what the timeline's entries do not hold as such: an event (in the stable
 * format of its type), events by letter with their positions, and a letter with what became of it.
 */
final class SnapshotValues {

    private SnapshotValues() {
    }

    static Map<String, Object> event(DisputeEvent event) {
        EventFormat.EventType type = EventFormat.typeOf(event);
        return fields("type", type.name(), "version", type.version(), "fields", EventFormat.fields(event));
    }

    static DisputeEvent event(StoredFields f) {
        String type = f.string("type");
        int version = f.integer("version");
        return EventFormat.readEvent(type, version, StoredFields.asObject(f.raw("fields"), "fields"));
    }

    static <E extends DisputeEvent> List<Map<String, Object>> byLetter(Map<LetterId, E> events, Map<LetterId, Integer> at) {
        return events.entrySet().stream().map(entry -> fields("letter", entry.getKey().toString(), "at",
                at.get(entry.getKey()), "event", event(entry.getValue()))).toList();
    }

    static <E extends DisputeEvent> void byLetter(StoredFields f, String name, Class<E> type, Map<LetterId, E> events,
            Map<LetterId, Integer> at) {
        f.objects(name, item -> {
            LetterId letter = new LetterId(item.uuid("letter"));
            at.put(letter, item.integer("at"));
            events.put(letter, type.cast(item.object("event", SnapshotValues::event)));
            return letter;
        });
    }

    /** A letter as issued, with the delivery facts that followed. */
    static Map<String, Object> letter(Letter letter) {
        Letter issued = new Letter(letter.id(), letter.disputeId(), letter.kind(), letter.recipient(), letter.channel(),
                letter.language(), letter.issuedOn(), letter.reference(), letter.content(), LetterStatus.PENDING,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        return fields("issued", StoredLetters.letter(issued), "status", letter.status().name(),
                "sentAt", letter.sentAt().map(Object::toString).orElse(null), "contentHash", letter.contentHash().orElse(null),
                "trackingNumber", letter.trackingNumber().orElse(null),
                "acknowledgedOn", StoredValues.optionalDate(letter.acknowledgedOn()),
                "failure", letter.failure().orElse(null),
                "returned", letter.returned().map(StoredCodes.RETURN_REASON::code).orElse(null),
                "firstPresentedOn", StoredValues.optionalDate(letter.firstPresentedOn()),
                "scanHash", letter.scanHash().orElse(null));
    }

    static Letter letter(StoredFields f) {
        Letter issued = f.object("issued", StoredLetters::letter);
        return new Letter(issued.id(), issued.disputeId(), issued.kind(), issued.recipient(), issued.channel(),
                issued.language(), issued.issuedOn(), issued.reference(), issued.content(),
                LetterStatus.valueOf(f.string("status")), f.raw("sentAt") == null ? Optional.empty()
                        : Optional.of(f.instant("sentAt")), f.optionalString("contentHash"),
                f.optionalString("trackingNumber"), f.optionalDate("acknowledgedOn"), f.optionalString("failure"),
                f.optionalString("returned").map(StoredCodes.RETURN_REASON::constant), f.optionalDate("firstPresentedOn"),
                f.optionalString("scanHash"));
    }

    static Map<String, Object> review(LetterId letter, LetterReview review) {
        return fields("letter", letter.toString(), "stage", review.stage().name(),
                "heldBecause", review.heldBecause().orElse(null));
    }

    static LetterReview review(StoredFields f) {
        return new LetterReview(LetterReview.Stage.valueOf(f.string("stage")), f.optionalString("heldBecause"));
    }
}
