package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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

/**
 * A manager reviews a formal notice in the browser: she sees it waiting, opens its PDF (a preview), is
 * told next to the field when she holds it without a reason, approves it, and after the dispatch it is
 * sent. A collector sees the queue without any button, and is refused (403) when he posts an approval.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewBeforeSendingBrowserTest {

    private static final String PASSWORD = "a password for the review";

    @RegisterExtension
    static final HeadlessBrowser chromium = HeadlessBrowser.desktopInEnglish();

    private RunningApp app;
    private WebDriver browser;
    private JsonMapper json;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        app = RunningApp.start(Databases.H2, Map.of("review.clock", "mutable"));
        json = app.context().getBean(JsonMapper.class);
        PersonAccounts accounts = app.context().getBean(PersonAccounts.class);
        accounts.add(PersonAccount.create("marie", "Marie Durand", "manager", Language.EN, Passwords.hash(PASSWORD)));
        accounts.add(PersonAccount.create("paul", "Paul Martin", "collector", Language.EN, Passwords.hash(PASSWORD)));
        browser = chromium.driver();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private Map<String, Object> map(String body) {
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Through the API: a claim due six days ago, escalated day by day (the clock moving on) up to its formal notice. */
    @SuppressWarnings("unchecked")
    private String[] claimAtItsFormalNotice(String reference) {
        HttpResponse<String> opened = app.postJson("/disputes/unpaid-claims", "{\"customer\":%s,\"invoice\":%s}"
                .formatted(RunningApp.business(reference), """
                        {"number":"F-%s","issueDate":"%s","dueDate":"%s","amount":{"amount":"1500.00","currency":"EUR"}}"""
                        .formatted(reference, ReviewClock.today().minusDays(36), ReviewClock.today().minusDays(6))));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String id = (String) map(opened.body()).get("id");
        // The first reminder today, the second ten days later, the formal notice ten days after that.
        for (int run = 0; run < 3; run++) {
            if (run > 0) {
                ReviewClock.CLOCK.advanceDays(10);
            }
            HttpResponse<String> ran = app.postJson("/escalation/runs", "{\"date\":\"" + ReviewClock.today() + "\"}");
            assertThat(ran.statusCode()).as(ran.body()).isEqualTo(200);
        }
        try {
            List<Map<String, Object>> letters = json.readValue(app.get("/disputes/" + id + "/letters").body(),
                    Argument.listOf(Argument.mapOf(String.class, Object.class)));
            String notice = letters.stream().filter(letter -> "FORMAL_NOTICE".equals(letter.get("kind")))
                    .map(letter -> (String) letter.get("id")).findFirst().orElseThrow();
            return new String[] {id, notice};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void signIn(String login) {
        browser.get(app.uri("/home").toString());
        if (browser.getCurrentUrl().endsWith("/home")) {
            chromium.leadingToAnotherPage(() -> browser.findElement(By.id("sign-out")).click());
        }
        browser.get(app.uri("/sign-in").toString());
        browser.findElement(By.id("login")).sendKeys(login);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("sign-in")).click());
        assertThat(browser.getCurrentUrl()).endsWith("/home");
    }

    private String session() {
        return browser.manage().getCookieNamed("amicable_session").getValue();
    }

    private HttpResponse<byte[]> withSession(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Cookie", "amicable_session=" + session()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_escalation_page_previews_a_date_and_lists_the_past_runs() {
        claimAtItsFormalNotice("C-BROWSE-3");
        HttpResponse<String> opened = app.postJson("/disputes/unpaid-claims", "{\"customer\":%s,\"invoice\":%s}"
                .formatted(RunningApp.business("C-BROWSE-4"), RunningApp.invoice("F-BROWSE-4",
                        ReviewClock.today().minusDays(6).toString(), "300.00")));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);

        signIn("paul");
        browser.get(app.uri("/office/escalation").toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Escalation");
        assertThat(browser.findElements(By.className("run-date"))).extracting(WebElement::getText)
                .contains(ReviewClock.today().toString(), ReviewClock.today().minusDays(10).toString());
        assertThat(browser.findElement(By.id("date")).getAttribute("value")).isEqualTo(ReviewClock.today().toString());
        assertThat(Integer.parseInt(browser.findElement(By.className("letters")).getText())).as("the new claim's reminder")
                .isEqualTo(1);
        assertThat(browser.findElements(By.className("decision"))).anySatisfy(decision ->
                assertThat(decision.getText()).contains("First reminder"));

        browser.findElement(By.id("date")).clear();
        browser.findElement(By.id("date")).sendKeys("2026-02-30");
        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("show-preview")).click());
        assertThat(browser.findElement(By.id("date-problem")).getText()).isEqualTo("Type a date as 2026-03-02.");
        assertThat(browser.findElement(By.id("date")).getAttribute("value")).isEqualTo("2026-02-30");
        assertThat(browser.findElements(By.id("preview"))).isEmpty();
        assertThat(browser.findElements(By.className("run"))).isNotEmpty();
    }

    @Test
    void a_manager_reviews_a_formal_notice_which_then_goes_out_and_a_collector_may_not_approve() {
        String[] approved = claimAtItsFormalNotice("C-BROWSE-1");
        String[] left = claimAtItsFormalNotice("C-BROWSE-2");

        signIn("marie");
        browser.get(app.uri("/office/review").toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Letters awaiting review");
        assertThat(browser.findElement(By.id("nav-review")).getAttribute("class")).contains("current");
        WebElement row = browser.findElement(By.id("letter-" + approved[1]));
        assertThat(row.findElement(By.className("kind")).getText()).isEqualTo("Formal notice");
        assertThat(row.findElement(By.className("customer")).getText()).isEqualTo("Dupont SARL");
        assertThat(row.findElement(By.className("amount")).getText()).contains("EUR");
        assertThat(row.findElement(By.className("status")).getText()).contains("Awaiting review");

        String pdf = row.findElement(By.className("pdf")).getAttribute("href");
        HttpResponse<byte[]> document = withSession(HttpRequest.newBuilder(URI.create(pdf)).GET());
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(new String(document.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        assertThat(document.headers().firstValue("X-Preview")).isPresent();

        row.findElement(By.className("reason")).sendKeys("   ");
        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("letter-" + approved[1]))
                .findElement(By.className("hold-button")).click());
        row = browser.findElement(By.id("letter-" + approved[1]));
        assertThat(row.findElement(By.className("reason-problem")).getText()).isEqualTo("Say why the letter is held.");
        assertThat(row.findElement(By.className("reason")).getAttribute("value")).isEqualTo("   ");
        assertThat(row.findElement(By.className("status")).getText()).contains("Awaiting review");

        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("letter-" + approved[1]))
                .findElement(By.className("approve-button")).click());
        assertThat(browser.getCurrentUrl()).endsWith("/office/review");
        assertThat(browser.findElements(By.id("letter-" + approved[1]))).isEmpty();
        assertThat(browser.findElements(By.id("letter-" + left[1]))).hasSize(1);

        HttpResponse<String> dispatched = app.postJson("/letters/dispatch", "{\"max\":100}");
        assertThat(dispatched.statusCode()).isEqualTo(200);
        assertThat(map(app.get("/disputes/" + approved[0] + "/letters/" + approved[1]).body()))
                .containsEntry("status", "SENT");
        assertThat(map(app.get("/disputes/" + left[0] + "/letters/" + left[1]).body()))
                .containsEntry("status", "PENDING");

        signIn("paul");
        browser.get(app.uri("/office/review").toString());
        assertThat(browser.findElements(By.id("letter-" + left[1]))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("main button"))).isEmpty();
        browser.get(app.uri("/home").toString());
        String csrf = browser.findElement(By.name("_csrf")).getAttribute("value");
        HttpResponse<byte[]> refused = withSession(HttpRequest.newBuilder(
                        app.uri("/office/review/" + left[0] + "/" + left[1] + "/approve"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8))));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(map(app.get("/disputes/" + left[0] + "/letters/" + left[1]).body())).containsEntry("status", "PENDING");
        assertThat(app.get("/letters/awaiting-review").body()).contains(left[1]);
    }
}
