package org.amicable.dispute.adapter.web;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.amicable.dispute.adapter.web.port.AccountChange;
import org.amicable.dispute.adapter.web.port.PersonAccount;
import org.amicable.dispute.adapter.web.port.PersonAccounts;

/** People's accounts in memory, for the web adapter's tests. */
@Singleton
class InMemoryPersonAccounts implements PersonAccounts {

    private final Map<String, PersonAccount> accounts = new ConcurrentHashMap<>();
    private final List<AccountChange> changes = new ArrayList<>();

    @Override
    public Optional<PersonAccount> find(String login) {
        return Optional.ofNullable(accounts.get(login));
    }

    @Override
    public void add(PersonAccount account) {
        if (accounts.putIfAbsent(account.login(), account) != null) {
            throw new AccountExistsException(account.login());
        }
    }

    @Override
    public synchronized void add(PersonAccount account, AccountChange change) {
        add(account);
        changes.add(change);
    }

    @Override
    public List<PersonAccount> all() {
        return accounts.values().stream().sorted(Comparator.comparing(PersonAccount::login)).toList();
    }

    @Override
    public synchronized void update(PersonAccount account, AccountChange change) {
        accounts.computeIfPresent(account.login(), (key, before) -> new PersonAccount(key, account.name(),
                account.role(), account.language(), account.passwordHash(), account.failedAttempts(),
                account.lockedUntil(), account.disabled(), before.lastSignedIn()));
        changes.add(change);
    }

    @Override
    public synchronized List<AccountChange> changes(int limit) {
        List<AccountChange> latest = new ArrayList<>(changes);
        java.util.Collections.reverse(latest);
        return latest.stream().limit(limit).toList();
    }

    @Override
    public void signInFailed(String login, int maxFailures, Instant lockedUntil) {
        accounts.computeIfPresent(login, (key, account) -> {
            int failures = account.failedAttempts() + 1;
            return new PersonAccount(key, account.name(), account.role(), account.language(), account.passwordHash(),
                    failures >= maxFailures ? 0 : failures,
                    failures >= maxFailures ? Optional.of(lockedUntil) : account.lockedUntil(),
                    account.disabled(), account.lastSignedIn());
        });
    }

    @Override
    public List<Person> people() {
        return accounts.values().stream().map(account -> new Person(account.login(), account.name()))
                .sorted(Comparator.comparing(Person::login)).toList();
    }

    @Override
    public void signedIn(String login, Instant at) {
        accounts.computeIfPresent(login, (key, account) -> new PersonAccount(key, account.name(), account.role(),
                account.language(), account.passwordHash(), 0, Optional.empty(), account.disabled(), Optional.of(at)));
    }
}
