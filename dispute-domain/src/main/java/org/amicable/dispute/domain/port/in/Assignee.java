package org.amicable.dispute.domain.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * Whom a list of disputes asks for: the disputes assigned to one manager, or those no manager was assigned.
 *
 * @param manager the manager's name or login as it was assigned; empty for the disputes nobody was assigned
 */
public record Assignee(Optional<String> manager) {

    public Assignee {
        Objects.requireNonNull(manager, "manager");
        if (manager.filter(String::isBlank).isPresent()) {
            throw new IllegalArgumentException("a manager's name cannot be blank");
        }
    }

    /** The disputes assigned to this manager. */
    public static Assignee manager(String manager) {
        return new Assignee(Optional.of(manager));
    }

    /** The disputes no manager was assigned. */
    public static Assignee nobody() {
        return new Assignee(Optional.empty());
    }

    /** Whether a dispute with this manager (or none) is one asked for. */
    public boolean matches(Optional<String> assigned) {
        return manager.equals(assigned);
    }
}
