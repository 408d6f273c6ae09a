package org.amicable.dispute.domain.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Optional;

/**
 * A deterministic text form of events and values, the input of the timeline's hashes. Records are
 * written as {@code Name{component=value,...}} in declaration order, so a new event type needs no
 * code here.
 */
final class Canonical {

    /** Each record type's accessors, looked up once: the timeline hashes every entry it records. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private Canonical() {
    }

    static String of(Object value) {
        StringBuilder out = new StringBuilder(256);
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Optional<?> optional) {
            if (optional.isPresent()) {
                out.append("some(");
                write(optional.get(), out);
                out.append(')');
            } else {
                out.append("none");
            }
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    out.append(',');
                }
                write(item, out);
                first = false;
            }
            out.append(']');
        } else if (value instanceof Record record) {
            out.append(record.getClass().getSimpleName()).append('{');
            RecordComponent[] components = COMPONENTS.get(record.getClass());
            for (int i = 0; i < components.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(components[i].getName()).append('=');
                write(read(components[i], record), out);
            }
            out.append('}');
        } else if (value instanceof CharSequence text) {
            // Quoted and escaped, so that no text can imitate the structure around it.
            out.append('"').append(text.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        } else {
            out.append(value);
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }
}
