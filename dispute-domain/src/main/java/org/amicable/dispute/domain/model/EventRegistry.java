package org.amicable.dispute.domain.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.amicable.dispute.domain.model.EventFormat.EventType;

/** Every stored event type by its stable name and by its Java class, each with its codec. */
final class EventRegistry {

    /** All the event types, family by family, in the order their names are listed. */
    static final EventRegistry ALL = all();

    private final Map<Class<?>, EventCodec<?>> byClass = new LinkedHashMap<>();
    private final Map<String, EventCodec<?>> byName = new LinkedHashMap<>();

    private EventRegistry() {
    }

    private static EventRegistry all() {
        EventRegistry registry = new EventRegistry();
        OpeningEventCodecs.registerIn(registry);
        LetterEventCodecs.registerIn(registry);
        ClaimEventCodecs.registerIn(registry);
        GrievanceEventCodecs.registerIn(registry);
        for (EventCodec<?> codec : registry.byName.values()) {
            for (int v = 1; v < codec.type.version(); v++) {
                if (!codec.readsVersion(v)) {
                    throw new IllegalStateException(codec.type.name() + " has no upcaster from version " + v);
                }
            }
        }
        return registry;
    }

    <E extends DisputeEvent> EventCodec<E> register(String name, int version, Class<E> type,
            Function<E, Map<String, Object>> writer, Function<StoredFields, E> reader) {
        EventCodec<E> codec = new EventCodec<>(new EventType(name, version, type), writer, reader);
        if (byName.put(name, codec) != null || byClass.put(type, codec) != null) {
            throw new IllegalStateException(
                    "event type " + name + " or " + type.getSimpleName() + " is registered twice");
        }
        return codec;
    }

    List<EventType> types() {
        return byName.values().stream().map(codec -> codec.type).toList();
    }

    EventCodec<?> codecOf(DisputeEvent event) {
        EventCodec<?> codec = byClass.get(event.getClass());
        if (codec == null) {
            throw new IllegalStateException(event.getClass().getName()
                    + " has no stored type: register it with the codecs of its family");
        }
        return codec;
    }

    Optional<EventCodec<?>> named(String typeName) {
        return Optional.ofNullable(byName.get(typeName));
    }
}
