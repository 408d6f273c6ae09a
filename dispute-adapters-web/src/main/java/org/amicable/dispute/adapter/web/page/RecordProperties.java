package org.amicable.dispute.adapter.web.page;

import io.micronaut.context.annotation.Context;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import ognl.ObjectPropertyAccessor;
import ognl.OgnlException;
import ognl.OgnlRuntime;

/**
 * Lets the templates read a record's components ({@code ${line.text}}) without OGNL's search for a JavaBean
 * getter. A record's accessor is {@code text()}, not {@code getText()}: OGNL found it only after scanning the
 * class's methods on every read, which made that scan most of the time a back-office page takes to render.
 * The accessors are looked up once per record class; anything else falls back to OGNL's own rules.
 */
@Context
final class RecordProperties extends ObjectPropertyAccessor {

    private static final ClassValue<Map<String, MethodHandle>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            Map<String, MethodHandle> accessors = new HashMap<>();
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            for (RecordComponent component : type.getRecordComponents()) {
                try {
                    var accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    accessors.put(component.getName(), lookup.unreflect(accessor));
                } catch (IllegalAccessException | RuntimeException e) {
                    // Not reachable from here: OGNL's own rules read it, or say why not.
                }
            }
            return Map.copyOf(accessors);
        }
    };

    /** The accessor of a record's component, or null when it has none of that name (or it is out of reach). */
    static MethodHandle accessor(Class<?> record, String component) {
        return COMPONENTS.get(record).get(component);
    }

    RecordProperties() {
        OgnlRuntime.setPropertyAccessor(Record.class, this);
    }

    @Override
    public Object getProperty(Map context, Object target, Object name) throws OgnlException {
        MethodHandle accessor = name instanceof String component ? accessor(target.getClass(), component) : null;
        if (accessor == null) {
            return super.getProperty(context, target, name);
        }
        try {
            return accessor.invoke(target);
        } catch (Throwable e) {
            throw new OgnlException("cannot read " + name + " of " + target.getClass().getSimpleName(), e);
        }
    }
}
