package org.amicable.dispute.adapter.web.port;

import java.time.Instant;
import java.util.Optional;
import org.amicable.dispute.domain.model.InvalidValueException;
import org.amicable.dispute.domain.model.Language;

/**
 * A person's account for the pages: who they are, what they may do, the language of their pages, and the
 * state of their sign-ins. Only the password's hash is kept.
 *
 * @param login the name they sign in with, which never changes
 * @param name how they are called, on the pages and in the entries they make
 * @param role {@link Roles#MANAGER}, {@link Roles#COLLECTOR} or {@link Roles#AUDITOR}
 * @param language the language of their pages
 * @param passwordHash the password's BCrypt hash
 * @param failedAttempts failed sign-ins in a row since the last success or lock-out
 * @param lockedUntil until when sign-ins are refused, after too many failures in a row
 * @param disabled whether a manager disabled the account: every sign-in is refused, by password or provider
 * @param lastSignedIn when the person last signed in, if ever
 */
public record PersonAccount(String login, String name, String role, Language language, String passwordHash,
        int failedAttempts, Optional<Instant> lockedUntil, boolean disabled, Optional<Instant> lastSignedIn) {

    /** A login goes into cookies, entries and commands: plain characters only. */
    public static final String LOGIN_PATTERN = "[a-z0-9][a-z0-9._-]{0,63}";

    public PersonAccount {
        if (login == null || !login.matches(LOGIN_PATTERN)) {
            throw new InvalidValueException("login", "must be 1 to 64 lower-case letters, digits, '.', '_' or '-',"
                    + " starting with a letter or digit");
        }
        if (name == null || name.isBlank() || name.length() > 100 || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("name", "must be 1 to 100 characters on one line");
        }
        name = name.strip();
        if (!Roles.isPersonRole(role)) {
            throw new InvalidValueException("role", "must be " + Roles.MANAGER + ", " + Roles.COLLECTOR + " or "
                    + Roles.AUDITOR);
        }
        if (language == null) {
            throw new InvalidValueException("language", "is required");
        }
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new InvalidValueException("passwordHash", "is required");
        }
        if (failedAttempts < 0) {
            throw new InvalidValueException("failedAttempts", "must not be negative");
        }
        lockedUntil = lockedUntil == null ? Optional.empty() : lockedUntil;
        lastSignedIn = lastSignedIn == null ? Optional.empty() : lastSignedIn;
    }

    /** An enabled account, as it was before accounts could be disabled. */
    public PersonAccount(String login, String name, String role, Language language, String passwordHash,
            int failedAttempts, Optional<Instant> lockedUntil) {
        this(login, name, role, language, passwordHash, failedAttempts, lockedUntil, false, Optional.empty());
    }

    /** A new account, never signed in. */
    public static PersonAccount create(String login, String name, String role, Language language, String passwordHash) {
        return new PersonAccount(login, name, role, language, passwordHash, 0, Optional.empty());
    }

    public PersonAccount withRole(String newRole) {
        return new PersonAccount(login, name, newRole, language, passwordHash, failedAttempts, lockedUntil, disabled,
                lastSignedIn);
    }

    public PersonAccount withLanguage(Language newLanguage) {
        return new PersonAccount(login, name, role, newLanguage, passwordHash, failedAttempts, lockedUntil, disabled,
                lastSignedIn);
    }

    public PersonAccount withPasswordHash(String newHash) {
        return new PersonAccount(login, name, role, language, newHash, failedAttempts, lockedUntil, disabled,
                lastSignedIn);
    }

    public PersonAccount withDisabled(boolean nowDisabled) {
        return new PersonAccount(login, name, role, language, passwordHash, failedAttempts, lockedUntil, nowDisabled,
                lastSignedIn);
    }

    /** The lock-out lifted and the count of failures started again. */
    public PersonAccount unlocked() {
        return new PersonAccount(login, name, role, language, passwordHash, 0, Optional.empty(), disabled,
                lastSignedIn);
    }

    /** Whether sign-ins are refused at this instant. */
    public boolean lockedAt(Instant now) {
        return lockedUntil.filter(now::isBefore).isPresent();
    }
}
