package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.amicable.dispute.adapter.web.port.AccountChange;
import org.amicable.dispute.adapter.web.Passwords;
import org.amicable.dispute.adapter.web.port.PersonAccount;
import org.amicable.dispute.adapter.web.port.PersonAccounts;
import org.amicable.dispute.domain.model.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Managers run people's accounts from the pages, over HTTP as a browser: create one, change its role, disable,
 * enable and unlock it, every change kept with its author; the refusals say why next to the field and change
 * nothing; other roles get 403. Everyone changes their own password and language on My account.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AccountsPageTest {

    static final String PASSWORD = "correct horse battery staple";

    private RunningApp app;
    private PersonAccounts accounts;

    abstract Databases database();

    @BeforeAll
    void start() {
        app = RunningApp.start(database(), Map.of("amicable.sign-in.max-failures", "3"));
        accounts = app.context().getBean(PersonAccounts.class);
        accounts.add(PersonAccount.create("marie", "Marie Durand", "manager", Language.EN, Passwords.hash(PASSWORD)));
        accounts.add(PersonAccount.create("paul", "Paul Martin", "collector", Language.EN, Passwords.hash(PASSWORD)));
        accounts.add(PersonAccount.create("alice", "Alice Bernard", "auditor", Language.FR, Passwords.hash(PASSWORD)));
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void a_manager_creates_an_account_which_is_listed_signs_in_and_is_kept_in_the_changes() {
        CookieKeepingBrowser marie = signedIn("marie", PASSWORD);
        HttpResponse<String> list = marie.open(app.uri("/office/accounts"));

        HttpResponse<String> created = marie.post(app.uri("/office/accounts"), form(list, "login", "Jean",
                "name", "Jean Dupont", "role", "collector", "language", "FR", "password", "a first password here"));

        assertThat(created.uri().toString()).endsWith("/office/accounts?done=created");
        assertThat(created.body()).contains("The account is created.").contains("data-login=\"jean\"")
                .contains("Jean Dupont").contains("never");
        assertThat(created.body()).containsPattern("class=\"actor\">marie<.*\\s*.*class=\"changed-login\">jean<");
        PersonAccount jean = accounts.find("jean").orElseThrow();
        assertThat(jean.role()).isEqualTo("collector");
        assertThat(jean.language()).isEqualTo(Language.FR);
        assertThat(signedIn("jean", "a first password here").cookie("amicable_session")).isPresent();
        assertThat(accounts.find("jean").orElseThrow().lastSignedIn()).isPresent();
        assertThat(accounts.changes(100)).anyMatch(change -> change.actor().equals("marie")
                && change.login().equals("jean") && change.kind() == AccountChange.Kind.CREATED);
    }

    @Test
    void a_refused_account_shows_each_message_next_to_its_field_keeps_what_was_typed_and_creates_nothing() {
        CookieKeepingBrowser marie = signedIn("marie", PASSWORD);
        HttpResponse<String> list = marie.open(app.uri("/office/accounts"));
        int before = accounts.all().size();

        HttpResponse<String> refused = marie.post(app.uri("/office/accounts"), form(list, "login", "no spaces allowed",
                "name", "Someone", "role", "collector", "language", "EN", "password", "short"));
        HttpResponse<String> taken = marie.post(app.uri("/office/accounts"), form(list, "login", "paul",
                "name", "Another Paul", "role", "manager", "language", "EN", "password", "long enough password"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"create-login-error\"").contains("id=\"create-password-error\"")
                .contains("At least 12 characters.").contains("value=\"no spaces allowed\"")
                .contains("value=\"Someone\"").doesNotContain("value=\"short\"");
        assertThat(taken.statusCode()).isEqualTo(422);
        assertThat(taken.body()).contains("An account already has this login.");
        assertThat(accounts.all()).hasSize(before);
        assertThat(accounts.find("paul").orElseThrow().name()).isEqualTo("Paul Martin");
    }

    @Test
    void a_manager_changes_a_role_disables_enables_and_unlocks_an_account_and_each_change_is_kept() {
        accounts.add(PersonAccount.create("luc", "Luc Petit", "collector", Language.FR, Passwords.hash(PASSWORD)));
        CookieKeepingBrowser marie = signedIn("marie", PASSWORD);

        HttpResponse<String> role = marie.post(app.uri("/office/accounts/luc/role"),
                form(marie.open(app.uri("/office/accounts")), "role", "auditor"));
        assertThat(role.uri().toString()).endsWith("?done=role");
        assertThat(accounts.find("luc").orElseThrow().role()).isEqualTo("auditor");

        marie.post(app.uri("/office/accounts/luc/disable"), form(marie.open(app.uri("/office/accounts"))));
        assertThat(accounts.find("luc").orElseThrow().disabled()).isTrue();
        assertThat(signIn(new CookieKeepingBrowser(), "luc", PASSWORD).statusCode()).isEqualTo(401);

        marie.post(app.uri("/office/accounts/luc/enable"), form(marie.open(app.uri("/office/accounts"))));
        assertThat(signedIn("luc", PASSWORD).cookie("amicable_session")).isPresent();

        for (int i = 0; i < 3; i++) {
            signIn(new CookieKeepingBrowser(), "luc", "not the password");
        }
        HttpResponse<String> locked = marie.open(app.uri("/office/accounts"));
        assertThat(locked.body()).contains("id=\"unlock-luc\"");
        assertThat(signIn(new CookieKeepingBrowser(), "luc", PASSWORD).statusCode()).isEqualTo(401);
        marie.post(app.uri("/office/accounts/luc/unlock"), form(locked));
        assertThat(signedIn("luc", PASSWORD).cookie("amicable_session")).isPresent();

        assertThat(accounts.changes(100).stream().filter(change -> change.login().equals("luc"))
                .map(AccountChange::kind)).containsExactly(AccountChange.Kind.UNLOCKED, AccountChange.Kind.ENABLED,
                        AccountChange.Kind.DISABLED, AccountChange.Kind.ROLE_CHANGED);
        assertThat(marie.open(app.uri("/office/accounts")).body()).contains("Role changed to auditor");
    }

    @Test
    void a_manager_may_neither_disable_himself_nor_change_his_own_role() {
        CookieKeepingBrowser marie = signedIn("marie", PASSWORD);
        HttpResponse<String> list = marie.open(app.uri("/office/accounts"));

        HttpResponse<String> disable = marie.post(app.uri("/office/accounts/marie/disable"), form(list));
        HttpResponse<String> role = marie.post(app.uri("/office/accounts/marie/role"), form(list, "role", "auditor"));

        assertThat(disable.statusCode()).isEqualTo(422);
        assertThat(role.statusCode()).isEqualTo(422);
        assertThat(role.body()).contains("You cannot change your own role nor disable your own account.");
        PersonAccount after = accounts.find("marie").orElseThrow();
        assertThat(after.disabled()).isFalse();
        assertThat(after.role()).isEqualTo("manager");
    }

    @Test
    void collectors_and_auditors_get_403_on_the_accounts_page_and_their_posts_change_nothing() {
        CookieKeepingBrowser paul = signedIn("paul", PASSWORD);
        String token = CookieKeepingBrowser.csrf(paul.open(app.uri("/office/my-account")).body());
        int before = accounts.all().size();

        HttpResponse<String> page = paul.open(app.uri("/office/accounts"));
        HttpResponse<String> create = paul.post(app.uri("/office/accounts"), Map.of("_csrf", token, "login", "eve",
                "name", "Eve", "role", "manager", "language", "EN", "password", "a long enough password"));
        HttpResponse<String> promote = paul.post(app.uri("/office/accounts/paul/role"),
                Map.of("_csrf", token, "role", "manager"));
        HttpResponse<String> auditor = signedIn("alice", PASSWORD).open(app.uri("/office/accounts"));

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(promote.statusCode()).isEqualTo(403);
        assertThat(auditor.statusCode()).isEqualTo(403);
        assertThat(paul.open(app.uri("/office/tasks")).body()).doesNotContain("nav-accounts");
        assertThat(accounts.all()).hasSize(before);
        assertThat(accounts.find("paul").orElseThrow().role()).isEqualTo("collector");
    }

    @Test
    void a_form_without_the_sessions_csrf_token_is_refused_and_creates_nothing() {
        CookieKeepingBrowser marie = signedIn("marie", PASSWORD);

        HttpResponse<String> forged = marie.post(app.uri("/office/accounts"), Map.of("login", "mallory",
                "name", "Mallory", "role", "manager", "language", "EN", "password", "a long enough password"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(accounts.find("mallory")).isEmpty();
    }

    @Test
    void a_person_changes_their_password_with_the_current_one_and_their_language() {
        accounts.add(PersonAccount.create("rose", "Rose Blanc", "auditor", Language.FR, Passwords.hash(PASSWORD)));
        CookieKeepingBrowser rose = signedIn("rose", PASSWORD);
        HttpResponse<String> mine = rose.open(app.uri("/office/my-account"));
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains("Mon compte").contains("id=\"nav-my-account\"");

        HttpResponse<String> wrongCurrent = rose.post(app.uri("/office/my-account/password"), form(mine,
                "currentPassword", "not it", "newPassword", "a brand new password", "newPasswordAgain", "a brand new password"));
        HttpResponse<String> tooShort = rose.post(app.uri("/office/my-account/password"), form(mine,
                "currentPassword", PASSWORD, "newPassword", "short", "newPasswordAgain", "short"));
        HttpResponse<String> differ = rose.post(app.uri("/office/my-account/password"), form(mine,
                "currentPassword", PASSWORD, "newPassword", "a brand new password", "newPasswordAgain", "another one entirely"));
        assertThat(wrongCurrent.statusCode()).isEqualTo(422);
        assertThat(wrongCurrent.body()).contains("id=\"current-password-error\"");
        assertThat(tooShort.body()).contains("id=\"new-password-error\"");
        assertThat(differ.body()).contains("id=\"new-password-again-error\"");
        assertThat(signIn(new CookieKeepingBrowser(), "rose", PASSWORD).statusCode()).isEqualTo(303);

        HttpResponse<String> changed = rose.post(app.uri("/office/my-account/password"), form(mine,
                "currentPassword", PASSWORD, "newPassword", "a brand new password", "newPasswordAgain", "a brand new password"));
        assertThat(changed.uri().toString()).endsWith("/office/my-account?done=password");
        assertThat(signIn(new CookieKeepingBrowser(), "rose", PASSWORD).statusCode()).isEqualTo(401);
        assertThat(signIn(new CookieKeepingBrowser(), "rose", "a brand new password").statusCode()).isEqualTo(303);

        HttpResponse<String> english = rose.post(app.uri("/office/my-account/language"), form(changed, "language", "EN"));
        assertThat(english.uri().toString()).endsWith("/office/my-account?done=language");
        assertThat(english.body()).contains("My account").contains("Your language is changed.");
        HttpResponse<String> klingon = rose.post(app.uri("/office/my-account/language"), form(english, "language", "TLH"));
        assertThat(klingon.statusCode()).isEqualTo(422);
        assertThat(accounts.find("rose").orElseThrow().language()).isEqualTo(Language.EN);
        assertThat(accounts.changes(100).stream().filter(change -> change.login().equals("rose"))
                .map(AccountChange::kind)).containsExactly(AccountChange.Kind.LANGUAGE_CHANGED,
                        AccountChange.Kind.PASSWORD_CHANGED);
    }

    // ---- a browser's requests ----

    private CookieKeepingBrowser signedIn(String login, String password) {
        CookieKeepingBrowser browser = new CookieKeepingBrowser();
        HttpResponse<String> home = browser.post(app.uri("/sign-in"), Map.of("login", login, "password", password));
        assertThat(home.uri().getPath()).as(home.body()).isEqualTo("/home");
        return browser;
    }

    /** The sign-in's answer itself, not followed. */
    private HttpResponse<String> signIn(CookieKeepingBrowser browser, String login, String password) {
        return browser.postOnly(app.uri("/sign-in"), Map.of("login", login, "password", password));
    }

    /** A form of the page, with the session's CSRF token the page carries. */
    private static Map<String, String> form(HttpResponse<String> page, String... fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", CookieKeepingBrowser.csrf(page.body()));
        for (int i = 0; i < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        return form;
    }
}
