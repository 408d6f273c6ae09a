package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
 * A manager reads the reports page in headless chromium: the aged balance's bars stand in proportion to the
 * claims the test opened, the table says the same figures, the recovery counts the claim paid in full, and a
 * malformed date is refused beside its field with what was typed kept.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsBrowserTest {

    private static final String PASSWORD = "a password for the reports page";

    private RunningApp app;
    private WebDriver browser;
    private boolean signedIn;

    private static final LocalDate AS_OF = LocalDate.now();

    @RegisterExtension
    static final HeadlessBrowser chromium = HeadlessBrowser.desktopInEnglish();

    @BeforeAll
    void start() {
        app = RunningApp.start(Databases.H2, Map.of());
        app.context().getBean(PersonAccounts.class).add(PersonAccount.create("nora", "Nora Blanc", "manager",
                Language.EN, Passwords.hash(PASSWORD)));
        // The aged balance of a day counts the claims open that day: these are opened today, and aged today.
        openClaim("PAGE-NOT-DUE", AS_OF.toString(), "100.00");
        openClaim("PAGE-30", AS_OF.minusDays(30).toString(), "250.00");
        openClaim("PAGE-OLD", AS_OF.minusDays(116).toString(), "1000.00");
        LocalDate today = LocalDate.now();
        String paid = openClaim("PAGE-PAID", today.plusDays(30).toString(), "40.00");
        HttpResponse<String> payment = app.postJson("/disputes/" + paid + "/payments", """
                {"receivedOn":"%s","amount":{"amount":"40.00","currency":"EUR"},"reference":"VIR-PAGE"}"""
                .formatted(today));
        assertThat(payment.statusCode()).as(payment.body()).isEqualTo(200);
        browser = chromium.driver();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    /** Opens the page without a session, which leads to the sign-in form, and signs in; once per browser. */
    private void signIn() {
        if (signedIn) {
            return;
        }
        browser.get(app.uri("/office/reports").toString());
        assertThat(browser.getCurrentUrl()).endsWith("/sign-in");
        browser.findElement(By.id("login")).sendKeys("nora");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("sign-in")).click());
        signedIn = true;
    }

    private String openClaim(String reference, String dueDate, String amount) {
        HttpResponse<String> opened = app.postJson("/disputes/unpaid-claims", "{\"customer\":" + RunningApp.business(reference)
                + ",\"invoice\":" + RunningApp.invoice("F-" + reference, dueDate, amount) + "}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return opened.body().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void a_manager_reads_the_aged_balance_whose_bars_and_table_match_the_claims() {
        signIn();
        browser.get(app.uri("/office/reports?from=" + AS_OF.minusDays(30) + "&to=" + AS_OF).toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Reports");
        WebElement aged = browser.findElement(By.cssSelector("#aged [data-currency='EUR']"));

        Map<String, WebElement> business = new LinkedHashMap<>();
        for (WebElement bar : aged.findElements(By.cssSelector("rect.bar[data-series='Business']"))) {
            business.put(bar.getAttribute("data-group"), bar);
        }
        assertThat(business.keySet()).containsExactly("Not yet due", "1-30 days", "31-60 days", "61-90 days",
                "Over 90 days");
        assertThat(business.values()).extracting(bar -> bar.getAttribute("data-value")).containsExactly(
                "100.00 EUR", "250.00 EUR", "0.00 EUR", "0.00 EUR", "1000.00 EUR");
        // Heights in proportion to the largest amount, 1000.00, drawn 160 high.
        assertThat(business.values()).extracting(bar -> bar.getAttribute("height")).containsExactly(
                "16", "40", "0", "0", "160");
        assertThat(aged.findElements(By.cssSelector("rect.bar[data-series='Consumer']")))
                .extracting(bar -> bar.getAttribute("height")).containsOnly("0");

        List<String> rows = aged.findElements(By.cssSelector("table.figures tbody tr")).stream()
                .map(WebElement::getText).filter(row -> row.contains("Business")).toList();
        assertThat(rows).containsExactly("Not yet due Business 1 100.00 EUR", "1-30 days Business 1 250.00 EUR",
                "31-60 days Business 0 0.00 EUR", "61-90 days Business 0 0.00 EUR", "Over 90 days Business 1 1000.00 EUR");
        assertThat(browser.findElement(By.cssSelector("#aged a.csv")).getAttribute("href"))
                .endsWith("/reports/aged-balance.csv?asOf=" + AS_OF);
        assertThat(browser.findElement(By.id("nav-reports")).getAttribute("class")).contains("current");
        // The stylesheet, from this site as the content security policy allows, gives each report its white card.
        assertThat(browser.findElement(By.id("aged")).getCssValue("background-color")).isEqualTo("rgba(255, 255, 255, 1)");
        chromium.screenshot("reports");

        LocalDate today = LocalDate.now();
        browser.get(app.uri("/office/reports?from=" + today.minusDays(6) + "&to=" + today).toString());
        WebElement noReminder = browser.findElement(By.cssSelector("#recovery rect.bar[data-group='No reminder']"));
        assertThat(noReminder.getAttribute("data-value")).isEqualTo("1");
        assertThat(noReminder.getAttribute("height")).isEqualTo("160");
        assertThat(browser.findElement(By.id("settled")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.cssSelector("#recovery table.figures tbody tr")).getText())
                .isEqualTo("No reminder 1 100.0 %");
    }

    @Test
    void a_malformed_date_is_refused_beside_its_field_with_what_was_typed_kept() {
        signIn();
        browser.get(app.uri("/office/reports?from=2026-03-31&to=2026-03-01").toString());
        assertThat(browser.findElement(By.id("from-error")).getText())
                .isEqualTo("The first day must not be after the last.");
        assertThat(browser.findElement(By.id("from")).getAttribute("value")).isEqualTo("2026-03-31");
        assertThat(browser.findElements(By.id("aged"))).isEmpty();
    }
}
