package org.amicable.dispute.domain.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.amicable.dispute.domain.model.EventFormat.EventType;

/** How one event type is written and read, with the upcasters that read its older versions. */
final class EventCodec<E extends DisputeEvent> {
    final EventType type;
    private final Function<E, Map<String, Object>> writer;
    private final Function<StoredFields, E> reader;
    /** Upcasters by the version they read: the one at index v turns version v into version v + 1. */
    private final Map<Integer, UnaryOperator<Map<String, Object>>> upcasters = new LinkedHashMap<>();

    EventCodec(EventType type, Function<E, Map<String, Object>> writer, Function<StoredFields, E> reader) {
        this.type = type;
        this.writer = writer;
        this.reader = reader;
    }

    Map<String, Object> write(DisputeEvent event) {
        return writer.apply(cast(event));
    }

    EventCodec<E> upcaster(int from, UnaryOperator<Map<String, Object>> upcaster) {
        upcasters.put(from, upcaster);
        return this;
    }

    boolean readsVersion(int version) {
        return upcasters.containsKey(version);
    }

    /**
     * Reads the fields stored in the given version, upcast to the current one.
     *
     * @throws IllegalArgumentException when the version is newer than this code, or the fields do not match it
     */
    DisputeEvent read(int version, Map<String, Object> fields) {
        String typeName = type.name();
        int current = type.version();
        if (version < 1 || version > current) {
            throw new IllegalArgumentException("event type " + typeName + " has no version " + version
                    + " (this code reads versions 1 to " + current + ")");
        }
        Map<String, Object> upcast = fields;
        for (int v = version; v < current; v++) {
            UnaryOperator<Map<String, Object>> upcaster = upcasters.get(v);
            if (upcaster == null) {
                throw new IllegalStateException("event type " + typeName + " has no upcaster from version " + v);
            }
            upcast = upcaster.apply(new LinkedHashMap<>(upcast));
        }
        StoredFields stored = new StoredFields(upcast, typeName);
        DisputeEvent event = reader.apply(stored);
        stored.finish();
        return event;
    }

    @SuppressWarnings("unchecked")
    private E cast(DisputeEvent event) {
        return (E) event;
    }
}
