package org.amicable.dispute.adapter.persistence;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amicable.dispute.adapter.web.port.AccountChange;
import org.amicable.dispute.adapter.web.port.PersonAccount;
import org.amicable.dispute.adapter.web.port.PersonAccounts;
import org.amicable.dispute.domain.model.Language;

/**
 * People's accounts in the database. A failed sign-in is counted by one UPDATE that adds one and, on
 * reaching the limit, sets the lock and starts the count again: concurrent failures on several instances
 * are all counted, and exactly one of them locks. A change made from the pages is stored with its audit line
 * in one transaction.
 */
@Singleton
final class JdbcPersonAccounts implements PersonAccounts {

    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    JdbcPersonAccounts(TransactionOperations<Connection> transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    private static final String COLUMNS = "login, name, role, language, password_hash, failed_attempts, locked_until,"
            + " disabled, last_signed_in_at";

    @Override
    public Optional<PersonAccount> find(String login) {
        return transactions.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement("SELECT " + COLUMNS
                    + " FROM person_account WHERE login = ?")) {
                select.setString(1, login);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(account(row)) : Optional.<PersonAccount>empty();
                }
            }
        });
    }

    @Override
    public List<Person> people() {
        return transactions.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement(
                    "SELECT login, name FROM person_account ORDER BY login");
                 ResultSet rows = select.executeQuery()) {
                List<Person> people = new ArrayList<>();
                while (rows.next()) {
                    people.add(new Person(rows.getString(1), rows.getString(2)));
                }
                return people;
            }
        });
    }

    @Override
    public List<PersonAccount> all() {
        return transactions.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement("SELECT " + COLUMNS
                    + " FROM person_account ORDER BY login")) {
                List<PersonAccount> accounts = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        accounts.add(account(row));
                    }
                }
                return accounts;
            }
        });
    }

    private static PersonAccount account(ResultSet row) throws SQLException {
        OffsetDateTime locked = row.getObject(7, OffsetDateTime.class);
        OffsetDateTime lastSignedIn = row.getObject(9, OffsetDateTime.class);
        return new PersonAccount(row.getString(1), row.getString(2), row.getString(3),
                Language.valueOf(row.getString(4)), row.getString(5), row.getInt(6),
                Optional.ofNullable(locked).map(OffsetDateTime::toInstant), row.getBoolean(8),
                Optional.ofNullable(lastSignedIn).map(OffsetDateTime::toInstant));
    }

    @Override
    public void add(PersonAccount account) {
        insert(account, Optional.empty());
    }

    @Override
    public void add(PersonAccount account, AccountChange change) {
        insert(account, Optional.of(change));
    }

    private void insert(PersonAccount account, Optional<AccountChange> change) {
        try {
            transactions.executeWrite(status -> {
                try (PreparedStatement insert = status.getConnection().prepareStatement("INSERT INTO person_account"
                        + " (login, name, role, language, password_hash, failed_attempts, created_at, disabled)"
                        + " VALUES (?, ?, ?, ?, ?, 0, ?, ?)")) {
                    insert.setString(1, account.login());
                    insert.setString(2, account.name());
                    insert.setString(3, account.role());
                    insert.setString(4, account.language().name());
                    insert.setString(5, account.passwordHash());
                    insert.setObject(6, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                    insert.setBoolean(7, account.disabled());
                    insert.executeUpdate();
                }
                if (change.isPresent()) {
                    keep(status.getConnection(), change.get());
                }
                return null;
            });
        } catch (Exception e) {
            if (SqlStates.isUniqueViolation(e)) {
                throw new AccountExistsException(account.login());
            }
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }

    @Override
    public void update(PersonAccount account, AccountChange change) {
        transactions.executeWrite(status -> {
            try (PreparedStatement update = status.getConnection().prepareStatement("UPDATE person_account SET"
                    + " name = ?, role = ?, language = ?, password_hash = ?, disabled = ?, failed_attempts = ?,"
                    + " locked_until = ? WHERE login = ?")) {
                update.setString(1, account.name());
                update.setString(2, account.role());
                update.setString(3, account.language().name());
                update.setString(4, account.passwordHash());
                update.setBoolean(5, account.disabled());
                update.setInt(6, account.failedAttempts());
                update.setObject(7, account.lockedUntil().map(until -> OffsetDateTime.ofInstant(until, ZoneOffset.UTC))
                        .orElse(null));
                update.setString(8, account.login());
                update.executeUpdate();
            }
            keep(status.getConnection(), change);
            return null;
        });
    }

    private static void keep(Connection connection, AccountChange change) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO account_change"
                + " (changed_at, actor, login, kind, detail) VALUES (?, ?, ?, ?, ?)")) {
            insert.setObject(1, OffsetDateTime.ofInstant(change.at(), ZoneOffset.UTC));
            insert.setString(2, change.actor());
            insert.setString(3, change.login());
            insert.setString(4, change.kind().name());
            insert.setString(5, change.detail());
            insert.executeUpdate();
        }
    }

    @Override
    public List<AccountChange> changes(int limit) {
        return transactions.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement("SELECT changed_at, actor, login,"
                    + " kind, detail FROM account_change ORDER BY changed_at DESC, id DESC")) {
                select.setMaxRows(limit);
                List<AccountChange> changes = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        changes.add(new AccountChange(row.getObject(1, OffsetDateTime.class).toInstant(),
                                row.getString(2), row.getString(3), AccountChange.Kind.valueOf(row.getString(4)),
                                row.getString(5)));
                    }
                }
                return changes;
            }
        });
    }

    @Override
    public void signInFailed(String login, int maxFailures, Instant lockedUntil) {
        transactions.executeWrite(status -> {
            try (PreparedStatement update = status.getConnection().prepareStatement("UPDATE person_account SET"
                    + " locked_until = CASE WHEN failed_attempts + 1 >= ? THEN ? ELSE locked_until END,"
                    + " failed_attempts = CASE WHEN failed_attempts + 1 >= ? THEN 0 ELSE failed_attempts + 1 END"
                    + " WHERE login = ?")) {
                update.setInt(1, maxFailures);
                update.setObject(2, OffsetDateTime.ofInstant(lockedUntil, ZoneOffset.UTC));
                update.setInt(3, maxFailures);
                update.setString(4, login);
                update.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void signedIn(String login, Instant at) {
        transactions.executeWrite(status -> {
            try (PreparedStatement update = status.getConnection().prepareStatement("UPDATE person_account SET"
                    + " failed_attempts = 0, locked_until = NULL, last_signed_in_at = ? WHERE login = ?")) {
                update.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                update.setString(2, login);
                update.executeUpdate();
            }
            return null;
        });
    }
}
