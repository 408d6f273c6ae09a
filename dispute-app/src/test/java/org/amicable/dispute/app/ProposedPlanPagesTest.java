package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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

/**
 * A plan the customer proposed, on the dispute's page, over HTTP as a browser sends the forms: it shows with
 * its instalments while it waits; a manager declines it with a reason (a blank reason is refused beside its
 * field, what was typed kept, nothing changed) or agrees it as proposed; a page read before the customer
 * proposed again is refused rather than agreeing a plan the manager did not see. Collectors and auditors read
 * the plan but get neither form, and 403 if they post one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProposedPlanPagesTest {

    private static final String PASSWORD = "proposed plan password";

    private RunningApp app;
    private OfficeRequests office;

    @BeforeAll
    void start() {
        app = RunningApp.start(Databases.H2, Map.of());
        office = new OfficeRequests(app, PASSWORD);
        PersonAccounts accounts = app.context().getBean(PersonAccounts.class);
        accounts.add(PersonAccount.create("marie", "Marie Durand", "manager", Language.FR, Passwords.hash(PASSWORD)));
        accounts.add(PersonAccount.create("paul", "Paul Martin", "collector", Language.EN, Passwords.hash(PASSWORD)));
        accounts.add(PersonAccount.create("alice", "Alice Bernard", "auditor", Language.EN, Passwords.hash(PASSWORD)));
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void a_manager_declines_the_plan_with_a_reason_after_a_blank_one_was_refused_beside_its_field() {
        String id = claimWithAProposedPlan("PP-DECLINE", 12);
        String cookie = office.session("marie");

        String page = office.send(office.page("/office/disputes/" + id).header("Cookie", cookie)).body();
        assertThat(page).contains("Échéancier proposé par le client", "id=\"agree-proposed-form\"",
                "id=\"decline-plan-form\"", "100,00\u00a0EUR", "Décider de l’échéancier en 12 échéances");
        assertThat(page.split("class=\"proposed-instalment\"", -1)).hasSize(13);
        String before = app.get("/disputes/" + id + "/timeline").body();

        HttpResponse<String> blank = office.send(office.form("/office/disputes/" + id + "/decline-plan", cookie,
                Map.of("version", version(page), "reason", "   ")));

        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(blank.body()).contains("id=\"decline-plan-reason-error\"", "Obligatoire.", "Rien n’a été modifié",
                "id=\"decline-plan-reason\" name=\"reason\" rows=\"3\" maxlength=\"2000\">   </textarea>");
        assertThat(app.get("/disputes/" + id + "/timeline").body()).isEqualTo(before);

        HttpResponse<String> declined = office.send(office.form("/office/disputes/" + id + "/decline-plan", cookie,
                Map.of("version", version(page), "reason", "Douze mois, c’est trop long : six échéances au plus.")));

        assertThat(declined.statusCode()).as(declined.body()).isEqualTo(303);
        assertThat(declined.headers().firstValue("Location")).hasValue("/office/disputes/" + id + "?done=decline-plan");
        String after = office.send(office.page("/office/disputes/" + id + "?done=decline-plan").header("Cookie", cookie)).body();
        assertThat(after).contains("L’échéancier proposé est refusé.",
                "L’échéancier proposé par le client est refusé : « Douze mois, c’est trop long : six échéances au plus. »")
                .doesNotContain("id=\"proposed-plan\"", "Décider de l’échéancier");
        assertThat(app.get("/disputes/" + id + "/timeline").body()).contains("repayment-plan-declined", "marie");
    }

    @Test
    void a_manager_agrees_the_plan_as_proposed_but_not_from_a_page_read_before_the_customer_proposed_again() {
        String id = claimWithAProposedPlan("PP-AGREE", 12);
        String cookie = office.session("marie");
        String stale = version(office.send(office.page("/office/disputes/" + id).header("Cookie", cookie)).body());
        propose(id, 10);
        String before = app.get("/disputes/" + id + "/timeline").body();

        HttpResponse<String> refused = office.send(office.form("/office/disputes/" + id + "/agree-proposed", cookie,
                Map.of("version", stale)));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"agree-proposed-error\"", "Impossible à ce stade");
        assertThat(app.get("/disputes/" + id + "/timeline").body()).isEqualTo(before);

        String page = office.send(office.page("/office/disputes/" + id).header("Cookie", cookie)).body();
        assertThat(page.split("class=\"proposed-instalment\"", -1)).hasSize(11);
        HttpResponse<String> agreed = office.send(office.form("/office/disputes/" + id + "/agree-proposed", cookie,
                Map.of("version", version(page))));

        assertThat(agreed.statusCode()).as(agreed.body()).isEqualTo(303);
        assertThat(app.get("/disputes/" + id).body()).contains("\"state\":\"REPAYMENT_PLAN\"", "\"proposedPlan\":[]");
        assertThat(office.send(office.page("/office/disputes/" + id + "?done=agree-proposed").header("Cookie", cookie)).body())
                .contains("L’échéancier est accepté tel que le client l’a proposé.").doesNotContain("id=\"proposed-plan\"");
    }

    @Test
    void collectors_and_auditors_read_the_plan_without_its_forms_and_are_refused_if_they_post_them() {
        String id = claimWithAProposedPlan("PP-ROLES", 12);
        String before = app.get("/disputes/" + id + "/timeline").body();

        for (String login : new String[] {"paul", "alice"}) {
            String cookie = office.session(login);
            String page = office.send(office.page("/office/disputes/" + id).header("Cookie", cookie)).body();
            assertThat(page).as(login).contains("Repayment plan proposed by the customer")
                    .doesNotContain("agree-proposed-form", "decline-plan-form");
            assertThat(office.send(office.form("/office/disputes/" + id + "/decline-plan", cookie, Map.of("reason", "no")))
                    .statusCode()).as(login).isEqualTo(403);
            assertThat(office.send(office.form("/office/disputes/" + id + "/agree-proposed", cookie, Map.of())).statusCode())
                    .as(login).isEqualTo(403);
        }

        assertThat(app.get("/disputes/" + id + "/timeline").body()).isEqualTo(before);
    }

    /** A claim of 1,200 EUR whose customer proposed, on his page, a plan beyond the limits. */
    private String claimWithAProposedPlan(String reference, int instalments) {
        HttpResponse<String> opened = app.postJson("/disputes/unpaid-claims", "{\"customer\":"
                + RunningApp.business(reference) + ",\"invoice\":" + RunningApp.invoice("F-" + reference,
                LocalDate.now().toString(), "1200.00") + "}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String id = opened.body().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
        propose(id, instalments);
        return id;
    }

    /** The customer proposes on his page, whose own test goes through it; here the plan is what matters. */
    private void propose(String id, int instalments) {
        ProposeRepaymentPlanUseCase.Outcome outcome = app.context().getBean(ProposeRepaymentPlanUseCase.class)
                .proposeRepaymentPlan(new ProposeRepaymentPlanUseCase.Command(DisputeId.parse(id), Optional.empty(),
                        instalments, LocalDate.now().plusDays(10)));
        assertThat(outcome.agreed()).isFalse();
    }

    /** The dispute's version the page's forms carry. */
    private static String version(String page) {
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertThat(version.find()).as(page).isTrue();
        return version.group(1);
    }

    // ---- a browser's requests ----

}
