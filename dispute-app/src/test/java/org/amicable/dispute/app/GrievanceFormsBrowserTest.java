package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
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
 * A manager receives a written complaint and handles it from the back-office, in Debian's chromium, headless,
 * over the real application: she opens the grievance from the disputes' page, takes it, records her first
 * contact with the customer (after a blank note was refused beside its field), and once the customer has
 * accepted the proposal, records the remedy delivered.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GrievanceFormsBrowserTest {

    private static final String PASSWORD = "a password for the grievances";

    @RegisterExtension
    static final HeadlessBrowser chromium = HeadlessBrowser.desktopInEnglish();

    private RunningApp app;
    private WebDriver browser;

    @BeforeAll
    void start() {
        app = RunningApp.start(Databases.H2, Map.of());
        app.context().getBean(PersonAccounts.class).add(PersonAccount.create("marie", "Marie Durand", "manager",
                Language.FR, Passwords.hash(PASSWORD)));
        browser = chromium.driver();
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void a_manager_opens_a_grievance_from_the_page_then_records_her_first_contact_and_the_resolution() {
        browser.get(app.uri("/office/disputes").toString());
        assertThat(browser.getCurrentUrl()).endsWith("/sign-in");
        browser.findElement(By.id("login")).sendKeys("marie");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("sign-in")).click());
        browser.get(app.uri("/office/disputes").toString());

        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("new-grievance")).click());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Nouvelle réclamation");
        new Select(browser.findElement(By.id("grievance-cause"))).selectByValue("NON_CONFORMING_ITEM");
        browser.findElement(By.id("grievance-description")).sendKeys("Les chaises livrées ne sont pas celles commandées.");
        browser.findElement(By.id("grievance-reference")).sendKeys("C-CHAISES");
        browser.findElement(By.id("grievance-name")).sendKeys("Café des Arts");
        browser.findElement(By.id("grievance-lines")).sendKeys("5 place du Marché");
        browser.findElement(By.id("grievance-postal-code")).sendKeys("35000");
        browser.findElement(By.id("grievance-city")).sendKeys("Rennes");
        chromium.screenshot("new-grievance");
        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("grievance-submit")).click());

        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("Le litige est ouvert.");
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("reçue");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Café des Arts", "C-CHAISES");
        String id = browser.findElement(By.id("dispute-id")).getText();

        browser.findElement(By.id("open-assign")).click();
        chromium.leadingToAnotherPage(() -> browser.findElement(By.cssSelector("#assign-form button")).click());
        assertThat(browser.findElement(By.id("assignee")).getText()).isEqualTo("marie");

        browser.findElement(By.id("open-contact")).click();
        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("contact-submit")).click());
        assertThat(browser.findElement(By.id("contact-note-error")).getText()).isEqualTo("Obligatoire.");
        browser.findElement(By.id("contact-note")).sendKeys("Appelé la gérante : échange des chaises proposé.");
        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("contact-submit")).click());
        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("Le contact avec le client est enregistré.");
        assertThat(browser.findElement(By.id("chronology")).getText()).contains("Marie Durand");
        assertThat(browser.findElements(By.id("resolution-form"))).isEmpty();

        // The customer accepts the replacement proposed, as an integration reports it.
        LocalDate today = LocalDate.now();
        HttpResponse<String> proposed = app.postJson("/disputes/" + id + "/proposals", "{\"remedy\":\"REPLACEMENT\","
                + "\"answerBy\":\"" + today.plusDays(7) + "\",\"resolveBy\":\"" + today.plusDays(14) + "\","
                + "\"terms\":\"Échange des chaises.\"}");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(200);
        HttpResponse<String> accepted = app.postJson("/disputes/" + id + "/proposals/answer",
                "{\"on\":\"" + today + "\",\"accepted\":true}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);

        chromium.leadingToAnotherPage(() -> browser.navigate().refresh());
        browser.findElement(By.id("open-resolution")).click();
        browser.findElement(By.id("resolution-note")).sendKeys("Chaises échangées et livrées.");
        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("resolution-submit")).click());
        assertThat(browser.findElement(By.id("done")).getText())
                .isEqualTo("La solution apportée est enregistrée : la réclamation est résolue.");
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("résolue dans le délai");
        assertThat(app.get("/disputes/" + id + "/timeline").body()).contains("grievance-opened", "contact-recorded",
                "grievance-resolved", "Chaises échangées et livrées.", "Marie Durand");
    }
}
