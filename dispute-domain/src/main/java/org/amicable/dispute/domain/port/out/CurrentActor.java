package org.amicable.dispute.domain.port.out;

import java.util.Optional;
import org.amicable.dispute.domain.model.Actor;

/**
 * Who is acting in the current call: the API client whose token the request carries, for instance.
 * The use cases record it in every entry they add; the escalation and the dispatcher record
 * themselves as system jobs.
 */
@FunctionalInterface
public interface CurrentActor {

    /** The actor of the current call, if the caller is known. */
    Optional<Actor> current();

    /** Always the same actor: for tests, and for applications with a single user. */
    static CurrentActor always(Actor actor) {
        Optional<Actor> fixed = Optional.of(actor);
        return () -> fixed;
    }

    /** No actor is known: entries are recorded without one. */
    static CurrentActor unknown() {
        return Optional::empty;
    }
}
