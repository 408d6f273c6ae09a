package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.amicable.dispute.adapter.web.Passwords;
import org.amicable.dispute.adapter.web.port.PersonAccount;
import org.amicable.dispute.adapter.web.port.PersonAccounts;
import org.amicable.dispute.adapter.web.SignIn;
import org.amicable.dispute.domain.model.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The lock-out is the database's, not an instance's: failures made on two instances at once are all
 * counted, and an account locked through one instance is refused by the other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SharedLockOutTest {

    static final String PASSWORD = "the right password, long enough";
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private ApplicationContext first;
    private ApplicationContext second;

    abstract Databases database();

    @BeforeAll
    void start() {
        Map<String, Object> properties = new HashMap<>(database().freshDatabase());
        properties.put("amicable.dispatch.enabled", "false");
        properties.put("amicable.escalation.schedule.enabled", "false");
        properties.put("amicable.clock.fixed", NOW.toString());
        properties.put("amicable.sign-in.max-failures", "5");
        first = ApplicationContext.run(properties);
        second = ApplicationContext.run(properties);
    }

    @AfterAll
    void stop() {
        second.close();
        first.close();
    }

    @Test
    void failures_made_on_two_instances_at_once_are_all_counted() throws Exception {
        first.getBean(PersonAccounts.class).add(account("counted"));
        List<PersonAccounts> instances = List.of(first.getBean(PersonAccounts.class), second.getBean(PersonAccounts.class));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<?>> failures = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            PersonAccounts instance = instances.get(i % 2);
            failures.add(threads.submit(() -> instance.signInFailed("counted", 5, NOW.plusSeconds(900))));
        }
        for (Future<?> failure : failures) {
            failure.get();
        }
        threads.shutdown();

        // 12 failures with a limit of 5: locked twice, 2 counted towards the next lock.
        PersonAccount account = instances.get(1).find("counted").orElseThrow();
        assertThat(account.failedAttempts()).isEqualTo(2);
        assertThat(account.lockedUntil()).contains(NOW.plusSeconds(900));
    }

    @Test
    void an_account_locked_through_one_instance_is_refused_by_the_other() {
        first.getBean(PersonAccounts.class).add(account("locked"));
        SignIn one = first.getBean(SignIn.class);
        SignIn other = second.getBean(SignIn.class);

        List<SignIn.Outcome> wrong = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            wrong.add(one.signIn("locked", "a wrong password " + i));
        }
        SignIn.Outcome elsewhere = other.signIn("locked", PASSWORD);

        assertThat(wrong.subList(0, 4)).allMatch(outcome -> outcome instanceof SignIn.Refused);
        assertThat(wrong.get(4)).isEqualTo(new SignIn.Locked(NOW.plusSeconds(15 * 60)));
        assertThat(elsewhere).isEqualTo(new SignIn.Locked(NOW.plusSeconds(15 * 60)));
    }

    private static PersonAccount account(String login) {
        return PersonAccount.create(login, "Luc Petit", "collector", Language.FR, Passwords.hash(PASSWORD));
    }
}
