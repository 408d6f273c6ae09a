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
import org.openqa.selenium.support.ui.Select;

/**
 * With Debian's chromium, headless: a manager creates a collector's account on the accounts page, signs out;
 * the collector signs in with the first password, changes it on My account, and signs in again with the new one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountsBrowserTest {

    private static final String PASSWORD = "a password for the browser";
    private static final String FIRST = "first password for jean";
    private static final String HIS_OWN = "jean's very own password";

    private RunningApp app;
    private WebDriver browser;

    @RegisterExtension
    static final HeadlessBrowser chromium = HeadlessBrowser.desktopInEnglish();

    @BeforeAll
    void start() {
        app = RunningApp.start(Databases.H2, Map.of());
        app.context().getBean(PersonAccounts.class).add(PersonAccount.create("marie", "Marie Durand", "manager",
                Language.EN, Passwords.hash(PASSWORD)));
        browser = chromium.driver();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void a_manager_creates_a_collector_who_signs_in_and_changes_his_password() {
        browser.get(app.uri("/sign-in").toString());
        signIn("marie", PASSWORD);
        browser.get(app.uri("/office/tasks").toString());
        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("nav-accounts")).click());
        assertThat(browser.getCurrentUrl()).endsWith("/office/accounts");

        browser.findElement(By.id("create-login")).sendKeys("jean");
        browser.findElement(By.id("create-name")).sendKeys("Jean Dupont");
        new Select(browser.findElement(By.id("create-role"))).selectByValue("collector");
        new Select(browser.findElement(By.id("create-language"))).selectByValue("EN");
        browser.findElement(By.id("create-password")).sendKeys(FIRST);
        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("create-account")).click());
        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("The account is created.");
        assertThat(browser.findElement(By.cssSelector("tr[data-login='jean'] .name")).getText()).isEqualTo("Jean Dupont");
        chromium.screenshot("accounts");
        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("sign-out")).click());

        signIn("jean", FIRST);
        assertThat(browser.findElement(By.id("person")).getText()).isEqualTo("Jean Dupont");
        browser.get(app.uri("/office/tasks").toString());
        assertThat(browser.findElements(By.id("nav-accounts"))).isEmpty();
        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("nav-my-account")).click());

        browser.findElement(By.id("current-password")).sendKeys("not my password");
        browser.findElement(By.id("new-password")).sendKeys(HIS_OWN);
        browser.findElement(By.id("new-password-again")).sendKeys(HIS_OWN);
        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("change-password")).click());
        assertThat(browser.findElement(By.id("current-password-error")).getText())
                .isEqualTo("This is not your current password.");

        browser.findElement(By.id("current-password")).sendKeys(FIRST);
        browser.findElement(By.id("new-password")).sendKeys(HIS_OWN);
        browser.findElement(By.id("new-password-again")).sendKeys(HIS_OWN);
        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("change-password")).click());
        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("Your password is changed.");
        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("sign-out")).click());

        signIn("jean", FIRST);
        assertThat(browser.getCurrentUrl()).endsWith("/sign-in");
        signIn("jean", HIS_OWN);
        assertThat(browser.getCurrentUrl()).endsWith("/home");
    }

    private void signIn(String login, String password) {
        browser.findElement(By.id("login")).clear();
        browser.findElement(By.id("login")).sendKeys(login);
        browser.findElement(By.id("password")).sendKeys(password);
        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("sign-in")).click());
    }
}
