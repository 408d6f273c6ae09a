package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A manager's day in the back-office, in Debian's chromium, headless, over the real application: the
 * escalation sends a registered first reminder, and the call it asks for is on her tasks; she opens the
 * dispute, reads the letter as sent, records the call, and the task is gone; she confirms the mediation of
 * a claim whose formal notice expired unpaid, after a fee typed in words was refused beside its field. A collector, signed in next, records calls but sees no
 * write-off.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackOfficeBrowserTest {

    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"), ZoneId.of("Europe/Paris"));
    private static final String PASSWORD = "a password for the back-office";

    @Factory
    @Requires(property = "back-office-test.clock", value = "mutable")
    static class TestClockFactory {
        @Singleton
        @Replaces(bean = Clock.class, factory = ClockFactory.class)
        Clock clock() {
            return CLOCK;
        }
    }

    @RegisterExtension
    static final HeadlessBrowser chromium = HeadlessBrowser.desktopInEnglish();

    private RunningApp app;
    private WebDriver browser;

    @BeforeAll
    void start() throws IOException {
        Path folders = Files.createTempDirectory("back-office");
        app = RunningApp.start(Databases.H2, Map.of("back-office-test.clock", "mutable",
                "amicable.mail.host", "",
                "amicable.company.mediator-name", "CM2C, médiateur de la consommation",
                "amicable.mail.pickup-folder", Files.createDirectories(folders.resolve("pickup")).toString(),
                "amicable.mail.print-folder", Files.createDirectories(folders.resolve("print")).toString()));
        PersonAccounts accounts = app.context().getBean(PersonAccounts.class);
        accounts.add(PersonAccount.create("marie", "Marie Durand", "manager", Language.FR, Passwords.hash(PASSWORD)));
        accounts.add(PersonAccount.create("paul", "Paul Martin", "collector", Language.EN, Passwords.hash(PASSWORD)));
        browser = chromium.driver();
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void a_manager_calls_the_customer_the_reminder_asks_for_and_confirms_a_mediation_while_a_collector_cannot_write_off() {
        // A claim climbs the ladder to its formal notice, whose eight days then pass unpaid.
        String mediated = openClaim("C-MEDIATE");
        escalateAndDispatch();
        CLOCK.advanceDays(10);
        escalateAndDispatch();
        CLOCK.advanceDays(10);
        escalateAndDispatch();

        // The formal notice waits for a manager's review: she signs in, reads it in the queue and approves it.
        browser.get(app.uri("/office/tasks").toString());
        assertThat(browser.getCurrentUrl()).endsWith("/sign-in");
        signIn("marie");
        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("office")).click());
        assertThat(browser.getCurrentUrl()).endsWith("/office/tasks");
        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("nav-all-tasks")).click());
        assertThat(taskRow("LETTER_AWAITING_REVIEW", mediated).getText()).contains("Dupont SARL");
        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("nav-review")).click());
        By notice = By.cssSelector("tr.letter[data-dispute='" + mediated + "']");
        assertThat(browser.findElement(notice).getText()).contains("Dupont SARL");
        chromium.leadingToAnotherPage(() -> browser.findElement(notice).findElement(By.className("approve-button")).click());
        assertThat(browser.findElements(notice)).isEmpty();
        escalateAndDispatch();
        assertThat(app.get("/disputes/" + mediated + "/timeline").body()).contains("letter-approved", "Marie Durand");
        assertThat(app.get("/disputes/" + mediated + "/letters").body()).doesNotContain("\"status\":\"PENDING\"");

        // Its eight days pass unpaid.
        CLOCK.advanceDays(9);
        escalateAndDispatch();
        assertThat(app.get("/disputes/" + mediated).body()).contains("\"state\":\"MEDIATION_TO_CONFIRM\"");
        // Another gets its first reminder today, by registered post: the customer must be called.
        String called = openClaim("C-CALL");
        escalateAndDispatch();
        assertThat(app.postJson("/disputes/" + called + "/manager", "{\"manager\":\"marie\"}").statusCode())
                .isEqualTo(200);

        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("nav-my-tasks")).click());
        assertThat(browser.getCurrentUrl()).endsWith("/office/tasks");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mes tâches");
        WebElement call = taskRow("CONFIRM_BY_PHONE", called);
        chromium.screenshot("my-tasks");
        assertThat(call.getText()).contains("Dupont SARL", "Appeler le client pour confirmer la première relance");

        chromium.leadingToAnotherPage(() -> call.findElement(By.className("dispute-link")).click());
        assertThat(browser.findElement(By.id("dispute-id")).getText()).isEqualTo(called);
        assertThat(browser.findElement(By.id("open-tasks")).getText()).contains("Appeler le client");
        String pdf = browser.findElement(By.className("letter-pdf")).getAttribute("href");
        HttpResponse<byte[]> letter = withTheBrowsersSession(pdf);
        assertThat(letter.statusCode()).isEqualTo(200);
        assertThat(new String(letter.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        browser.findElement(By.id("open-call")).click();
        new Select(browser.findElement(By.id("call-outcome"))).selectByValue("REACHED");
        browser.findElement(By.id("call-note")).sendKeys("Joint au téléphone, paiement en cours.");
        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("call-submit")).click());
        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("L’appel est enregistré.");
        assertThat(browser.findElement(By.id("chronology")).getText()).contains("Appel téléphonique : client joint",
                "Marie Durand");
        assertThat(browser.findElements(By.id("open-tasks"))).allSatisfy(tasks ->
                assertThat(tasks.getText()).doesNotContain("Appeler le client"));

        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("nav-my-tasks")).click());
        assertThat(browser.findElements(By.cssSelector("tr.task[data-kind='CONFIRM_BY_PHONE'][data-dispute='"
                + called + "']"))).isEmpty();

        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("nav-disputes")).click());
        new Select(browser.findElement(By.id("state"))).selectByValue("MEDIATION_TO_CONFIRM");
        chromium.leadingToAnotherPage(() -> browser.findElement(By.cssSelector("#dispute-filters button")).click());
        List<WebElement> toConfirm = browser.findElements(By.className("dispute-link"));
        assertThat(toConfirm).extracting(WebElement::getText).containsExactly(mediated);
        chromium.leadingToAnotherPage(() -> toConfirm.get(0).click());
        browser.findElement(By.id("open-mediation")).click();
        new Select(browser.findElement(By.id("mediation-kind"))).selectByValue("BAILIFF");
        browser.findElement(By.id("mediation-name")).sendKeys("Maître Martin");
        browser.findElement(By.id("mediation-fee")).sendKeys("cent cinquante");
        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("mediation-submit")).click());
        assertThat(browser.findElement(By.id("mediation-fee-error")).getText()).startsWith("Saisissez un montant");
        assertThat(browser.findElement(By.id("mediation-name")).getAttribute("value")).isEqualTo("Maître Martin");
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("médiation à confirmer");
        assertThat(browser.findElement(By.id("next-step")).getText()).isEqualTo("un responsable confirme la médiation");
        browser.findElement(By.id("mediation-fee")).clear();
        browser.findElement(By.id("mediation-fee")).sendKeys("150,00");
        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("mediation-submit")).click());
        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("La médiation est confirmée.");
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("en médiation");
        assertThat(browser.findElement(By.id("next-step")).getText()).isEqualTo("un échéancier, ou le tribunal");
        assertThat(app.get("/disputes/" + mediated + "/timeline").body()).contains("mediation-confirmed",
                "Maître Martin");

        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("sign-out")).click());
        browser.get(app.uri("/office/disputes/" + mediated).toString());
        signIn("paul");
        browser.get(app.uri("/office/disputes/" + called).toString());
        assertThat(browser.findElement(By.id("person")).getText()).isEqualTo("Paul Martin");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElements(By.id("call-form"))).hasSize(1);
        assertThat(browser.findElements(By.id("write-off-submit"))).isEmpty();
        assertThat(browser.findElements(By.id("mediation-form"))).isEmpty();
    }

    @Test
    void a_manager_lists_her_disputes_then_those_nobody_was_assigned() {
        String hers = openClaim("C-HERS");
        String nobodys = openClaim("C-NOBODYS");
        assertThat(app.postJson("/disputes/" + hers + "/manager", "{\"manager\":\"marie\"}").statusCode())
                .isEqualTo(200);
        browser.manage().deleteAllCookies();
        browser.get(app.uri("/office/disputes").toString());
        signIn("marie");
        browser.get(app.uri("/office/disputes").toString());

        new Select(browser.findElement(By.id("assignee"))).selectByValue("mine");
        chromium.leadingToAnotherPage(() -> browser.findElement(By.cssSelector("#dispute-filters button")).click());
        assertThat(browser.findElements(By.className("dispute-link"))).extracting(WebElement::getText).contains(hers)
                .doesNotContain(nobodys);
        assertThat(browser.findElements(By.cssSelector("td.assignee"))).extracting(WebElement::getText)
                .containsOnly("marie");
        assertThat(new Select(browser.findElement(By.id("assignee"))).getFirstSelectedOption().getText())
                .isEqualTo("les miens");

        new Select(browser.findElement(By.id("assignee"))).selectByValue("unassigned");
        chromium.leadingToAnotherPage(() -> browser.findElement(By.cssSelector("#dispute-filters button")).click());
        assertThat(browser.findElements(By.className("dispute-link"))).extracting(WebElement::getText).contains(nobodys)
                .doesNotContain(hers);
        assertThat(browser.findElements(By.cssSelector("td.assignee"))).extracting(WebElement::getText)
                .containsOnly("");
    }

    private WebElement taskRow(String kind, String dispute) {
        List<WebElement> rows = browser.findElements(By.cssSelector("tr.task[data-kind='" + kind + "'][data-dispute='"
                + dispute + "']"));
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private void signIn(String login) {
        assertThat(browser.getCurrentUrl()).endsWith("/sign-in");
        browser.findElement(By.id("login")).sendKeys(login);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("sign-in")).click());
    }

    /** A GET with the session cookie the browser holds, as the browser would send it for a link. */
    private HttpResponse<byte[]> withTheBrowsersSession(String url) {
        String cookie = "amicable_session=" + browser.manage().getCookieNamed("amicable_session").getValue();
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(java.net.URI.create(url)).header("Cookie", cookie)
                    .timeout(Duration.ofMinutes(1)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String openClaim(String reference) {
        LocalDate today = LocalDate.now(CLOCK);
        HttpResponse<String> opened = app.postJson("/disputes/unpaid-claims", "{\"customer\":"
                + RunningApp.business(reference) + ",\"invoice\":" + RunningApp.invoice("F-" + reference,
                today.minusDays(6).toString(), "1200.00") + "}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return opened.body().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
    }

    private void escalateAndDispatch() {
        HttpResponse<String> run = app.postJson("/escalation/runs", "{\"date\":\"" + LocalDate.now(CLOCK) + "\"}");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        HttpResponse<String> dispatched = app.postJson("/letters/dispatch", "{\"max\":50}");
        assertThat(dispatched.statusCode()).as(dispatched.body()).isEqualTo(200);
    }
}
