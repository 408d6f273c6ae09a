package org.amicable.dispute.adapter.web.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where people's accounts are kept. Failed sign-ins are counted where every instance of the application
 * sees them, so that a lock-out holds whichever instance a request reaches.
 */
public interface PersonAccounts {

    /** The account with this login, if there is one. */
    Optional<PersonAccount> find(String login);

    /**
     * Adds a new account.
     *
     * @throws AccountExistsException when an account already has this login
     */
    void add(PersonAccount account);

    /**
     * Adds a new account and keeps the change that made it, together.
     *
     * @throws AccountExistsException when an account already has this login
     */
    void add(PersonAccount account, AccountChange change);

    /** Every account, by login. */
    List<PersonAccount> all();

    /**
     * Stores the account's name, role, language, password hash, disabled flag and lock-out as given, and keeps
     * the change, together.
     */
    void update(PersonAccount account, AccountChange change);

    /** The latest changes made to accounts, the latest first. */
    List<AccountChange> changes(int limit);

    /**
     * Counts one more failed sign-in; the one that reaches {@code maxFailures} in a row locks the account until
     * {@code lockedUntil} and starts the count again. Atomic: concurrent failures are all counted.
     */
    void signInFailed(String login, int maxFailures, Instant lockedUntil);

    /** A sign-in succeeded at this instant: the count of failures starts again from zero. */
    void signedIn(String login, Instant at);

    /** Everyone who has an account, by login: the people a dispute can be assigned to. */
    List<Person> people();

    /** Someone who has an account, as lists name them. */
    record Person(String login, String name) {
    }

    /** Refused: an account already has the login asked for. */
    final class AccountExistsException extends RuntimeException {

        public AccountExistsException(String login) {
            super("an account with the login \"" + login + "\" already exists");
        }
    }
}
