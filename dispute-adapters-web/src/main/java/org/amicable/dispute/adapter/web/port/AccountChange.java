package org.amicable.dispute.adapter.web.port;

import java.time.Instant;
import org.amicable.dispute.domain.model.InvalidValueException;

/**
 * One change a person made to an account, kept for audit: who made it, when, to which account, and what.
 *
 * @param at when it was made
 * @param actor the login of the person who made it (the account's own login for a change of one's own)
 * @param login the account changed
 * @param kind what was changed
 * @param detail the new value where there is one (a role, a language), else empty; never a password
 */
public record AccountChange(Instant at, String actor, String login, Kind kind, String detail) {

    /** What a change did. The names are stored: they never change. */
    public enum Kind {
        CREATED, ROLE_CHANGED, LANGUAGE_CHANGED, PASSWORD_CHANGED, DISABLED, ENABLED, UNLOCKED
    }

    public AccountChange {
        if (at == null || kind == null) {
            throw new InvalidValueException("change", "needs its time and kind");
        }
        if (actor == null || !actor.matches(PersonAccount.LOGIN_PATTERN)) {
            throw new InvalidValueException("actor", "must be a login");
        }
        if (login == null || !login.matches(PersonAccount.LOGIN_PATTERN)) {
            throw new InvalidValueException("login", "must be a login");
        }
        detail = detail == null ? "" : detail;
        if (detail.length() > 100) {
            throw new InvalidValueException("detail", "must be at most 100 characters");
        }
    }
}
