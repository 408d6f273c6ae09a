package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amicable.dispute.adapter.web.Passwords;
import org.amicable.dispute.adapter.web.port.PersonAccount;
import org.amicable.dispute.adapter.web.port.PersonAccounts;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.port.in.ProposeRepaymentPlanUseCase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A manager decides on a plan a customer proposed, in Debian's chromium, headless, over the real application:
 * the plan to decide is among all tasks; on the dispute's page she reads its instalments, a decline without a
 * reason is refused beside the field, and with one the plan is declined and the task gone. A collector reads
 * the plan but gets no form.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProposedPlanBrowserTest {

    private static final String PASSWORD = "a password to decide plans";

    @RegisterExtension
    static final HeadlessBrowser chromium = HeadlessBrowser.desktopInEnglish();

    private RunningApp app;
    private WebDriver browser;

    @BeforeAll
    void start() {
        app = RunningApp.start(Databases.H2, Map.of());
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
    void a_manager_declines_the_proposed_plan_from_its_task_and_a_collector_only_reads_it() {
        String id = claimWithAProposedPlan("C-PLAN-PAGE");

        browser.get(app.uri("/office/tasks/all").toString());
        signIn("marie");
        browser.get(app.uri("/office/tasks/all").toString());
        List<WebElement> rows = browser.findElements(By.cssSelector("tr.task[data-kind='DECIDE_PROPOSED_PLAN'][data-dispute='"
                + id + "']"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains("Décider de l’échéancier en 12 échéances");
        chromium.leadingToAnotherPage(() -> rows.get(0).findElement(By.className("dispute-link")).click());

        assertThat(browser.findElement(By.id("proposed-plan")).getText()).contains("Échéancier proposé par le client");
        assertThat(browser.findElements(By.cssSelector("#proposed-instalments tr.proposed-instalment"))).hasSize(12);
        browser.findElement(By.id("decline-plan-reason")).sendKeys("   ");
        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("decline-plan-submit")).click());
        assertThat(browser.findElement(By.id("decline-plan-reason-error")).getText()).isEqualTo("Obligatoire.");
        assertThat(browser.findElement(By.id("refused")).getText()).startsWith("Rien n’a été modifié");
        assertThat(browser.findElements(By.cssSelector("#proposed-instalments tr.proposed-instalment"))).hasSize(12);

        browser.findElement(By.id("decline-plan-reason")).clear();
        browser.findElement(By.id("decline-plan-reason")).sendKeys("Douze mois, c’est trop long : six échéances au plus.");
        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("decline-plan-submit")).click());
        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("L’échéancier proposé est refusé.");
        assertThat(browser.findElements(By.id("proposed-plan"))).isEmpty();
        assertThat(browser.findElement(By.id("chronology")).getText())
                .contains("L’échéancier proposé par le client est refusé", "Marie Durand");
        HttpResponse<String> tasks = app.get("/tasks?kind=DECIDE_PROPOSED_PLAN");
        assertThat(tasks.body()).doesNotContain(id);

        String waiting = claimWithAProposedPlan("C-PLAN-READ");
        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("sign-out")).click());
        browser.get(app.uri("/office/disputes/" + waiting).toString());
        signIn("paul");
        browser.get(app.uri("/office/disputes/" + waiting).toString());
        assertThat(browser.findElement(By.id("proposed-plan")).getText()).contains("Repayment plan proposed by the customer");
        assertThat(browser.findElements(By.id("decline-plan-form"))).isEmpty();
        assertThat(browser.findElements(By.id("agree-proposed-form"))).isEmpty();
    }

    /** A claim of 1,200 EUR due today, whose customer proposed twelve instalments on his page. */
    private String claimWithAProposedPlan(String reference) {
        LocalDate today = LocalDate.now();
        HttpResponse<String> opened = app.postJson("/disputes/unpaid-claims", "{\"customer\":"
                + RunningApp.business(reference) + ",\"invoice\":" + RunningApp.invoice("F-" + reference,
                today.toString(), "1200.00") + "}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String id = opened.body().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
        // The customer's page has its own test; here the plan it records is what matters.
        ProposeRepaymentPlanUseCase.Outcome outcome = app.context().getBean(ProposeRepaymentPlanUseCase.class)
                .proposeRepaymentPlan(new ProposeRepaymentPlanUseCase.Command(DisputeId.parse(id), Optional.empty(),
                        12, today.plusDays(10)));
        assertThat(outcome.agreed()).isFalse();
        return id;
    }

    private void signIn(String login) {
        assertThat(browser.getCurrentUrl()).endsWith("/sign-in");
        browser.findElement(By.id("login")).sendKeys(login);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        chromium.leadingToAnotherPage(() -> browser.findElement(By.id("sign-in")).click());
    }
}
