package org.amicable.dispute.adapter.web;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.amicable.dispute.adapter.web.port.PersonAccount;
import org.amicable.dispute.adapter.web.port.PersonAccounts;

/**
 * Checks a person's login and password. After {@code amicable.sign-in.max-failures} failures in a row (5)
 * the account is locked for {@code amicable.sign-in.lock-out} (15 minutes): every sign-in is refused until
 * then, even with the right password. An unknown login costs the same time as a wrong password; a disabled
 * account is refused as an unknown login is. Made at
 * start, so that a bad setting stops it.
 */
@Context
public class SignIn {

    /** What became of a sign-in. */
    public sealed interface Outcome {
    }

    /** The password was right: the person is signed in. */
    public record SignedIn(PersonAccount account) implements Outcome {
    }

    /** The login is unknown or the password wrong; which of the two is not said. */
    public record Refused() implements Outcome {
    }

    /** Too many failures in a row: refused until then, whatever the password. */
    public record Locked(Instant until) implements Outcome {
    }

    private final PersonAccounts accounts;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockOut;

    public SignIn(PersonAccounts accounts, Clock clock,
            @Value("${amicable.sign-in.max-failures:5}") int maxFailures,
            @Value("${amicable.sign-in.lock-out:15m}") Duration lockOut) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("amicable.sign-in.max-failures must be at least 1, not " + maxFailures);
        }
        if (lockOut.isNegative() || lockOut.isZero()) {
            throw new IllegalArgumentException("amicable.sign-in.lock-out must be a positive duration, not " + lockOut);
        }
        this.accounts = accounts;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockOut = lockOut;
    }

    /**
     * Signs in the account with this login, whose identity a trusted provider (OpenID Connect) vouched for: no
     * password, but an unknown login, a disabled account or a locked one is refused all the same.
     */
    public Outcome signInVouchedFor(String login) {
        Optional<PersonAccount> found = login == null || !login.matches(PersonAccount.LOGIN_PATTERN)
                ? Optional.empty() : accounts.find(login);
        if (found.isEmpty() || found.get().disabled()) {
            return new Refused();
        }
        Instant now = clock.instant();
        if (found.get().lockedAt(now)) {
            return new Locked(found.get().lockedUntil().orElseThrow());
        }
        accounts.signedIn(login, now);
        return new SignedIn(found.get());
    }

    /** Checks the password of the account with this login, and counts a failure against it. */
    public Outcome signIn(String login, String password) {
        Optional<PersonAccount> found = login == null || !login.matches(PersonAccount.LOGIN_PATTERN)
                ? Optional.empty() : accounts.find(login);
        if (found.isEmpty() || password == null || found.get().disabled()) {
            Passwords.decoy(password == null ? "" : password);
            return new Refused();
        }
        PersonAccount account = found.get();
        Instant now = clock.instant();
        if (account.lockedAt(now)) {
            return new Locked(account.lockedUntil().orElseThrow());
        }
        if (!Passwords.matches(password, account.passwordHash())) {
            accounts.signInFailed(login, maxFailures, now.plus(lockOut));
            return accounts.find(login).filter(after -> after.lockedAt(now))
                    .<Outcome>map(after -> new Locked(after.lockedUntil().orElseThrow())).orElse(new Refused());
        }
        accounts.signedIn(login, now);
        return new SignedIn(account);
    }
}
