package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
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

/**
 * The back-office pages over HTTP, as a browser sends them: without a session they lead to the sign-in form;
 * a manager reads the tasks, the disputes and a dispute's page in her language, and records a payment through
 * its form, signed as herself; a refused form keeps what was typed, says why beside the field and changes
 * nothing; a collector gets no write-off form and a 403 if he posts one anyway.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackOfficePagesTest {

    private static final String PASSWORD = "back office password";

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
    void a_page_opened_without_a_session_leads_to_the_sign_in_form() {
        for (String path : new String[] {"/office/tasks", "/office/tasks/all", "/office/disputes",
                "/office/disputes/" + openClaim("BO-ANON")}) {
            HttpResponse<String> answer = office.send(office.page(path));
            assertThat(answer.statusCode()).as(path).isEqualTo(303);
            assertThat(answer.headers().firstValue("Location")).as(path).hasValue("/sign-in");
        }
        HttpResponse<String> stylesheet = office.send(HttpRequest.newBuilder(app.uri("/office/assets/office.css"))
                .header("Accept", "text/css,*/*;q=0.1"));
        assertThat(stylesheet.statusCode()).isEqualTo(200);
        assertThat(stylesheet.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/css"));
    }

    @Test
    void a_manager_reads_the_pages_in_her_language_and_records_a_payment_as_herself() {
        String id = openClaim("BO-PAY");
        String cookie = office.session("marie");

        HttpResponse<String> tasks = office.send(office.page("/office/tasks").header("Cookie", cookie));
        HttpResponse<String> all = office.send(office.page("/office/tasks/all").header("Cookie", cookie));
        HttpResponse<String> list = office.send(office.page("/office/disputes?customer=BO-PAY").header("Cookie", cookie));
        HttpResponse<String> dispute = office.send(office.page("/office/disputes/" + id).header("Cookie", cookie));

        assertThat(tasks.statusCode()).isEqualTo(200);
        assertThat(tasks.body()).contains("Mes tâches", "Marie Durand", "href=\"/office/review\"",
                "href=\"/office/escalation\"", "href=\"/office/reports\"", "/office/assets/office.css");
        assertThat(tasks.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("default-src 'none'"));
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("/office/disputes/" + id, "F-BO-PAY", "Dupont SARL");
        assertThat(dispute.statusCode()).isEqualTo(200);
        assertThat(dispute.body()).contains("Sommes dues", "1\u00a0200,00\u00a0EUR", "id=\"write-off-form\"",
                "id=\"mediation-form\"", "id=\"payment-form\"", "Défaut de paiement ouvert contre Dupont SARL (BO-PAY)");

        HttpResponse<String> paid = office.send(office.form("/office/disputes/" + id + "/payment", cookie,
                Map.of("receivedOn", "2026-03-02", "amount", "200,00", "reference", "VIR-77")));

        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(303);
        assertThat(paid.headers().firstValue("Location")).hasValue("/office/disputes/" + id + "?done=payment");
        String after = office.send(office.page("/office/disputes/" + id + "?done=payment").header("Cookie", cookie)).body();
        assertThat(after).contains("Le paiement est enregistré.", "Paiement de 200,00\u00a0EUR reçu (référence VIR-77)")
                .doesNotContain("<td id=\"principal\">1\u00a0200,00\u00a0EUR</td>");
        assertThat(app.get("/disputes/" + id + "/timeline").body()).contains("payment-recorded", "VIR-77", "marie");
    }

    @Test
    void a_refused_form_keeps_what_was_typed_says_why_beside_the_field_and_changes_nothing() {
        String id = openClaim("BO-BAD");
        String cookie = office.session("marie");
        String before = app.get("/disputes/" + id + "/timeline").body();

        HttpResponse<String> refused = office.send(office.form("/office/disputes/" + id + "/payment", cookie,
                Map.of("receivedOn", "2026-03-02", "amount", "deux cents", "reference", "VIR-88")));
        HttpResponse<String> noReason = office.send(office.form("/office/disputes/" + id + "/write-off", cookie,
                Map.of("reason", "  ")));
        HttpResponse<String> badFilter = office.send(office.page("/office/tasks/all?due=2026-02-30&assignee=marie")
                .header("Cookie", cookie));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("value=\"deux cents\"", "value=\"VIR-88\"",
                "id=\"payment-amount-error\"", "Saisissez un montant", "Rien n’a été modifié");
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("id=\"write-off-reason-error\"", "Obligatoire.");
        assertThat(badFilter.statusCode()).isEqualTo(422);
        assertThat(badFilter.body()).contains("id=\"due-error\"", "value=\"2026-02-30\"", "value=\"marie\"");
        assertThat(app.get("/disputes/" + id + "/timeline").body()).isEqualTo(before);
    }

    @Test
    void a_collector_gets_no_write_off_form_and_is_refused_if_he_posts_one() {
        String id = openClaim("BO-COLL");
        String collector = office.session("paul");
        String auditor = office.session("alice");
        String before = app.get("/disputes/" + id + "/timeline").body();

        HttpResponse<String> page = office.send(office.page("/office/disputes/" + id).header("Cookie", collector));
        HttpResponse<String> writeOff = office.send(office.form("/office/disputes/" + id + "/write-off", collector,
                Map.of("reason", "not worth chasing")));
        HttpResponse<String> auditorPage = office.send(office.page("/office/disputes/" + id).header("Cookie", auditor));
        HttpResponse<String> auditorCall = office.send(office.form("/office/disputes/" + id + "/call", auditor,
                Map.of("outcome", "REACHED", "note", "hello")));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Sums due", "id=\"call-form\"", "id=\"payment-form\"")
                .doesNotContain("write-off-form", "mediation-form", "court-form");
        assertThat(writeOff.statusCode()).isEqualTo(403);
        assertThat(auditorPage.statusCode()).isEqualTo(200);
        assertThat(auditorPage.body()).doesNotContain("call-form", "payment-form");
        assertThat(auditorCall.statusCode()).isEqualTo(403);
        assertThat(app.get("/disputes/" + id + "/timeline").body()).isEqualTo(before);
    }

    @Test
    void an_unknown_dispute_answers_404_and_a_form_without_its_token_is_refused() {
        String id = openClaim("BO-CSRF");
        String cookie = office.session("marie");
        String before = app.get("/disputes/" + id + "/timeline").body();

        HttpResponse<String> unknown = office.send(office.page("/office/disputes/not-a-dispute").header("Cookie", cookie));
        HttpResponse<String> forged = office.send(office.formWithout("/office/disputes/" + id + "/write-off", cookie,
                Map.of("reason", "forged")));

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(app.get("/disputes/" + id + "/timeline").body()).isEqualTo(before);
    }

    @Test
    void a_grievance_is_taken_answered_with_a_proposal_and_its_answer_recorded_through_the_forms() {
        HttpResponse<String> opened = app.postJson("/disputes/grievances", "{\"customer\":" + RunningApp.business("BO-GRV")
                + ",\"cause\":\"SPOILED_PRODUCT\",\"description\":\"Livraison avariée.\",\"complaintDate\":\""
                + LocalDate.now() + "\"}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String id = opened.body().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
        String manager = office.session("marie");
        String collector = office.session("paul");

        HttpResponse<String> nobody = office.send(office.form("/office/disputes/" + id + "/assign", manager, Map.of("manager", "")));
        HttpResponse<String> assigned = office.send(office.form("/office/disputes/" + id + "/assign", manager,
                Map.of("manager", "marie")));
        HttpResponse<String> lateAnswer = office.send(office.form("/office/disputes/" + id + "/proposal", manager, Map.of(
                "remedy", "REFUND", "amount", "50", "answerBy", "demain", "resolveBy",
                LocalDate.now().plusDays(20).toString(), "terms", "Remboursement du colis.")));
        HttpResponse<String> proposed = office.send(office.form("/office/disputes/" + id + "/proposal", manager, Map.of(
                "remedy", "REFUND", "amount", "50", "answerBy", LocalDate.now().plusDays(10).toString(),
                "resolveBy", LocalDate.now().plusDays(20).toString(), "terms", "Remboursement du colis.")));
        String page = office.send(office.page("/office/disputes/" + id).header("Cookie", collector)).body();
        HttpResponse<String> answered = office.send(office.form("/office/disputes/" + id + "/answer", collector,
                Map.of("accepted", "yes")));

        assertThat(nobody.statusCode()).isEqualTo(422);
        assertThat(nobody.body()).contains("id=\"assign-manager-error\"");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(303);
        assertThat(lateAnswer.statusCode()).isEqualTo(422);
        assertThat(lateAnswer.body()).contains("value=\"demain\"", "Saisissez une date");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(303);
        assertThat(page).contains("id=\"answer-form\"", "<dd id=\"assignee\">marie</dd>")
                .doesNotContain("proposal-form", "assign-form");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(303);
        assertThat(app.get("/disputes/" + id + "/timeline").body()).contains("manager-assigned", "proposal-made",
                "proposal-accepted", "Paul Martin");
    }

    @Test
    void the_disputes_list_filters_by_assignee_on_the_page_and_the_api() {
        String hers = openClaim("BO-HERS");
        String his = openClaim("BO-HIS");
        openClaim("BO-NOBODYS");
        String manager = office.session("marie");
        assertThat(office.send(office.form("/office/disputes/" + hers + "/assign", manager, Map.of("manager", "marie"))).statusCode())
                .isEqualTo(303);
        assertThat(office.send(office.form("/office/disputes/" + his + "/assign", manager, Map.of("manager", "paul"))).statusCode())
                .isEqualTo(303);

        HttpResponse<String> mine = office.send(office.page("/office/disputes?assignee=mine").header("Cookie", manager));
        HttpResponse<String> unassigned = office.send(office.page("/office/disputes?assignee=unassigned").header("Cookie", manager));
        HttpResponse<String> paul = office.send(office.page("/office/disputes?assignee=paul").header("Cookie", manager));
        String tooLong = "x".repeat(101);
        HttpResponse<String> refused = office.send(office.page("/office/disputes?assignee=" + tooLong).header("Cookie", manager));

        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains("F-BO-HERS", "<td class=\"assignee\">marie</td>",
                "<option value=\"mine\" selected=\"selected\">", "<option value=\"paul\">Paul Martin (paul)</option>")
                .doesNotContain("F-BO-HIS", "F-BO-NOBODYS");
        assertThat(unassigned.body()).contains("F-BO-NOBODYS").doesNotContain("F-BO-HERS", "F-BO-HIS");
        assertThat(paul.body()).contains("F-BO-HIS", "<td class=\"assignee\">paul</td>")
                .doesNotContain("F-BO-HERS", "F-BO-NOBODYS");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"assignee-error\"", "value=\"" + tooLong + "\" selected=\"selected\"")
                .doesNotContain("F-BO-");

        HttpResponse<String> apiPaul = app.get("/disputes?assignee=paul");
        HttpResponse<String> apiNobody = app.get("/disputes?assignee=unassigned&limit=500");
        HttpResponse<String> apiMine = app.get("/disputes?assignee=mine");
        assertThat(apiPaul.statusCode()).isEqualTo(200);
        assertThat(apiPaul.body()).contains("F-BO-HIS", "\"manager\":\"paul\"").doesNotContain("F-BO-HERS", "F-BO-NOBODYS");
        assertThat(apiNobody.body()).contains("F-BO-NOBODYS").doesNotContain("F-BO-HERS", "F-BO-HIS", "\"manager\"");
        assertThat(apiMine.statusCode()).as("an API token is no person").isEqualTo(400);
        assertThat(apiMine.body()).contains("assignee");
        assertThat(office.send(HttpRequest.newBuilder(app.uri("/disputes?assignee=mine")).header("Cookie", manager)
                .header("Accept", "application/json")).body()).contains("F-BO-HERS").doesNotContain("F-BO-HIS");
    }

    // ---- a browser's requests ----

    private String openClaim(String reference) {
        HttpResponse<String> opened = app.postJson("/disputes/unpaid-claims", "{\"customer\":"
                + RunningApp.business(reference) + ",\"invoice\":" + RunningApp.invoice("F-" + reference, "2026-01-31",
                "1200.00") + "}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return opened.body().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
    }

}
