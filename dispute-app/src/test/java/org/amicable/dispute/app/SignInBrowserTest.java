package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.amicable.dispute.adapter.web.Passwords;
import org.amicable.dispute.adapter.web.port.PersonAccount;
import org.amicable.dispute.adapter.web.port.PersonAccounts;
import org.amicable.dispute.domain.model.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A manager signs in with Debian's chromium, headless: a page opened without a session shows the form (in
 * the browser's English), a wrong password keeps her out, the right one shows her landing page in her
 * account's French, and signing out (a form with its CSRF token) brings the form back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInBrowserTest {

    private static final String PASSWORD = "a password for the browser";

    private RunningApp app;
    private WebDriver browser;

    @RegisterExtension
    static final HeadlessBrowser chromium = HeadlessBrowser.desktopInEnglish();

    @BeforeAll
    void start() {
        app = RunningApp.start(Databases.H2, Map.of());
        app.context().getBean(PersonAccounts.class).add(PersonAccount.create("marie", "Marie Durand", "manager",
                Language.FR, Passwords.hash(PASSWORD)));
        browser = chromium.driver();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void a_manager_signs_in_sees_her_landing_page_in_her_language_and_signs_out() {
        browser.get(app.uri("/home").toString());
        assertThat(browser.getCurrentUrl()).endsWith("/sign-in");

        signIn("marie", "not her password");
        assertThat(browser.findElement(By.id("problem")).getText()).isEqualTo("Wrong login or password.");
        assertThat(browser.findElement(By.id("login")).getAttribute("value")).isEqualTo("marie");

        signIn("marie", PASSWORD);
        assertThat(browser.getCurrentUrl()).endsWith("/home");
        assertThat(browser.findElement(By.id("person")).getText()).isEqualTo("Marie Durand");
        assertThat(browser.findElement(By.id("role")).getText()).isEqualTo("gestionnaire");
        org.openqa.selenium.Cookie session = browser.manage().getCookieNamed("amicable_session");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.isSecure()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Strict");

        submitting(() -> browser.findElement(By.id("sign-out")).click());
        assertThat(browser.getCurrentUrl()).endsWith("/sign-in");
        browser.get(app.uri("/home").toString());
        assertThat(browser.getCurrentUrl()).endsWith("/sign-in");
    }

    private void signIn(String login, String password) {
        browser.findElement(By.id("login")).clear();
        browser.findElement(By.id("login")).sendKeys(login);
        browser.findElement(By.id("password")).sendKeys(password);
        submitting(() -> browser.findElement(By.id("sign-in")).click());
    }

    /** Submits a form and waits for the page it leads to. */
    private void submitting(Runnable submit) {
        chromium.leadingToAnotherPage(submit);
    }
}
