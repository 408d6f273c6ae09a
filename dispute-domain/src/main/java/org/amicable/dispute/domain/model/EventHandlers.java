package org.amicable.dispute.domain.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * How an aggregate applies each event of one closed family: one handler per type. The table is checked
 * complete when it is built, so that a type added to the family and forgotten here fails at once
 * instead of being silently ignored; an event that changes no state says so with {@link Builder#changesNothing}.
 *
 * @param <A> the aggregate
 * @param <F> the family of events
 */
final class EventHandlers<A, F extends DisputeEvent> {

    private final Class<F> family;
    private final Map<Class<?>, BiConsumer<A, F>> handlers;

    private EventHandlers(Class<F> family, Map<Class<?>, BiConsumer<A, F>> handlers) {
        this.family = family;
        this.handlers = Map.copyOf(handlers);
    }

    /** Starts the table of a family; {@link Builder#build()} checks that every type of it is there. */
    static <A, F extends DisputeEvent> Builder<A, F> of(Class<F> family) {
        return new Builder<>(family);
    }

    /** Applies the event to the aggregate. */
    void apply(A aggregate, F event) {
        BiConsumer<A, F> handler = handlers.get(event.getClass());
        if (handler == null) {
            throw new IllegalStateException(event.getClass().getSimpleName() + " is not a " + family.getSimpleName());
        }
        handler.accept(aggregate, event);
    }

    /** The types of events the table applies. */
    Set<Class<?>> handled() {
        return handlers.keySet();
    }

    /** The table of a family, as it is written. */
    static final class Builder<A, F extends DisputeEvent> {

        private final Class<F> family;
        private final Map<Class<?>, BiConsumer<A, F>> handlers = new HashMap<>();

        private Builder(Class<F> family) {
            this.family = Objects.requireNonNull(family, "family");
        }

        /** What the aggregate does with an event of this type. */
        <E extends F> Builder<A, F> on(Class<E> type, BiConsumer<A, ? super E> handler) {
            Objects.requireNonNull(handler, "handler");
            if (handlers.put(type, (aggregate, event) -> handler.accept(aggregate, type.cast(event))) != null) {
                throw new IllegalStateException(type.getSimpleName() + " has two handlers");
            }
            return this;
        }

        /** An event of this type changes nothing the aggregate holds: it is kept in the timeline only. */
        Builder<A, F> changesNothing(Class<? extends F> type) {
            return on(type, (aggregate, event) -> {
            });
        }

        /** The table, once every type of the family has its handler. */
        EventHandlers<A, F> build() {
            for (Class<?> type : family.getPermittedSubclasses()) {
                if (!handlers.containsKey(type)) {
                    throw new IllegalStateException(family.getSimpleName() + " " + type.getSimpleName()
                            + " has no handler");
                }
            }
            return new EventHandlers<>(family, handlers);
        }
    }
}
