package org.amicable.dispute.adapter.web;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** People's accounts in memory, for the web adapter's tests. */
@Singleton
class InMemoryPersonAccounts implements PersonAccounts {

    private final Map<String, PersonAccount> accounts = new ConcurrentHashMap<>();

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
    public void signInFailed(String login, int maxFailures, Instant lockedUntil) {
        accounts.computeIfPresent(login, (key, account) -> {
            int failures = account.failedAttempts() + 1;
            return failures >= maxFailures
                    ? new PersonAccount(key, account.name(), account.role(), account.language(), account.passwordHash(),
                            0, Optional.of(lockedUntil))
                    : new PersonAccount(key, account.name(), account.role(), account.language(), account.passwordHash(),
                            failures, account.lockedUntil());
        });
    }

    @Override
    public List<Person> people() {
        return accounts.values().stream().map(account -> new Person(account.login(), account.name()))
                .sorted(Comparator.comparing(Person::login)).toList();
    }

    @Override
    public void signedIn(String login) {
        accounts.computeIfPresent(login, (key, account) -> new PersonAccount(key, account.name(), account.role(),
                account.language(), account.passwordHash(), 0, Optional.empty()));
    }
}
