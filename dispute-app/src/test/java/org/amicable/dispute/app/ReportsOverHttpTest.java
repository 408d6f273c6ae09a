package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

/**
 * The reports against the running application and its database: the figures of claims the test opened and
 * paid, as JSON and as CSV, bad dates and periods refused with a problem, and who may read them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReportsOverHttpTest {

    private static final String AUDITOR_TOKEN = "reports-auditor-token";
    private static final String INTEGRATION_TOKEN = "reports-integration-token";
    private static final String PASSWORD = "a password for the reports";

    private RunningApp app;
    private JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static final LocalDate AS_OF = LocalDate.now();

    abstract Databases database();

    @BeforeAll
    void start() throws Exception {
        app = RunningApp.start(database(), Map.of(
                "amicable.security.tokens[1].name", "auditor", "amicable.security.tokens[1].sha256",
                EndToEndTest.sha256(AUDITOR_TOKEN), "amicable.security.tokens[1].role", "auditor",
                "amicable.security.tokens[2].name", "erp", "amicable.security.tokens[2].sha256",
                EndToEndTest.sha256(INTEGRATION_TOKEN), "amicable.security.tokens[2].role", "integration"));
        json = app.context().getBean(JsonMapper.class);
        app.context().getBean(PersonAccounts.class).add(PersonAccount.create("paul", "Paul Martin", "collector",
                Language.EN, Passwords.hash(PASSWORD)));
        LocalDate today = LocalDate.now();
        // The aged balance of a day counts the claims open that day: these are opened today, and aged today.
        openClaim("REP-NOT-DUE", AS_OF.toString(), "100.00");
        openClaim("REP-30", AS_OF.minusDays(30).toString(), "230.00");
        openClaim("REP-OLD", AS_OF.minusDays(116).toString(), "1000.00");
        String paid = openClaim("REP-PAID", today.plusDays(30).toString(), "75.50");
        HttpResponse<String> payment = app.postJson("/disputes/" + paid + "/payments", """
                {"receivedOn":"%s","amount":{"amount":"75.50","currency":"EUR"},"reference":"VIR-REP"}"""
                .formatted(today));
        assertThat(payment.statusCode()).as(payment.body()).isEqualTo(200);
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private String openClaim(String reference, String dueDate, String amount) {
        HttpResponse<String> opened = app.postJson("/disputes/unpaid-claims", "{\"customer\":" + RunningApp.business(reference)
                + ",\"invoice\":" + RunningApp.invoice("F-" + reference, dueDate, amount) + "}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return (String) map(opened.body()).get("id");
    }

    private Map<String, Object> map(String body) {
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_aged_balance_puts_the_open_claims_in_their_bands_as_json_and_as_csv() {
        HttpResponse<String> answer = app.get("/reports/aged-balance?asOf=" + AS_OF);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        List<Map<String, Object>> lines = (List<Map<String, Object>>) map(answer.body()).get("lines");
        assertThat(lines).hasSize(10);
        assertThat(lines.stream().filter(line -> "BUSINESS".equals(line.get("customerKind"))).toList())
                .extracting(line -> line.get("bucket") + " " + line.get("claims") + " " + ((Map<String, Object>) line
                        .get("owed")).get("amount"))
                .containsExactly("NOT_DUE 1 100.00", "DAYS_1_TO_30 1 230.00", "DAYS_31_TO_60 0 0.00",
                        "DAYS_61_TO_90 0 0.00", "OVER_90_DAYS 1 1000.00");

        String csv = "currency,customer_kind,bucket,claims,owed\r\n"
                + "EUR,BUSINESS,NOT_DUE,1,100.00\r\n"
                + "EUR,BUSINESS,DAYS_1_TO_30,1,230.00\r\n";
        HttpResponse<String> asked = app.send(HttpRequest.newBuilder(app.uri("/reports/aged-balance?asOf=" + AS_OF))
                .header("Accept", "text/csv"));
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(asked.body()).startsWith(csv).contains("EUR,BUSINESS,OVER_90_DAYS,1,1000.00\r\n");
        HttpResponse<String> variant = app.get("/reports/aged-balance.csv?asOf=" + AS_OF);
        assertThat(variant.statusCode()).isEqualTo(200);
        assertThat(variant.body()).isEqualTo(asked.body());
    }

    @Test
    @SuppressWarnings("unchecked")
    void recovery_counts_the_claim_paid_in_full_before_any_reminder() {
        String today = LocalDate.now().toString();
        HttpResponse<String> answer = app.get("/reports/recovery?from=" + today + "&to=" + today);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Map<String, Object> body = map(answer.body());
        assertThat(body).containsEntry("settled", 1).containsEntry("from", today);
        List<Map<String, Object>> steps = (List<Map<String, Object>>) body.get("steps");
        assertThat(steps.get(0)).containsEntry("step", "NONE").containsEntry("claims", 1);
        assertThat(steps.get(0).get("percent").toString()).isEqualTo("100.0");

        HttpResponse<String> csv = app.get("/reports/recovery.csv?from=" + today + "&to=" + today);
        assertThat(csv.body()).startsWith("step,claims,percent,mean_days,median_days\r\nNONE,1,100.0,,\r\n")
                .endsWith("ALL,1,100.0,0.0,0.0\r\n");
    }

    @Test
    void the_other_reports_answer_with_their_figures() {
        HttpResponse<String> stages = app.get("/reports/mediation-litigation?asOf=2026-03-31");
        assertThat(stages.statusCode()).as(stages.body()).isEqualTo(200);
        assertThat(map(stages.body())).containsEntry("lines", List.of());
        HttpResponse<String> grievances = app.get("/reports/grievances.csv?from=2026-01-01&to=2026-03-31");
        assertThat(grievances.statusCode()).isEqualTo(200);
        assertThat(grievances.body()).isEqualTo("outcome,grievances,percent\r\nON_TIME,0,\r\nLATE,0,\r\n");
        assertThat(app.get("/reports/grievances").statusCode()).isEqualTo(200);
    }

    @Test
    void bad_dates_periods_and_parameters_are_refused_with_a_problem_naming_the_field() {
        Map<String, String> refused = Map.of(
                "/reports/aged-balance?asOf=2026-02-30", "asOf",
                "/reports/aged-balance.csv?asOf=yesterday", "asOf",
                "/reports/recovery?from=2026-03-02&to=2026-03-01", "from",
                "/reports/recovery?from=2026-03-01&to=31/03/2026", "to",
                "/reports/grievances?from=2026-13-01", "from",
                "/reports/mediation-litigation?asOf=2026-03-31&currency=EUR", "currency",
                "/reports/grievances?from=2026-03-01&from=2026-03-02", "from");
        refused.forEach((path, field) -> {
            HttpResponse<String> answer = app.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
            assertThat(answer.body()).as(path).contains("\"field\":\"" + field + "\"");
        });
    }

    @Test
    void managers_auditors_and_collectors_read_the_reports_and_nobody_else() throws Exception {
        String path = "/reports/aged-balance?asOf=" + AS_OF;
        assertThat(send(HttpRequest.newBuilder(app.uri(path)).header("Authorization", "Bearer " + AUDITOR_TOKEN))
                .statusCode()).isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(app.uri(path)).header("Authorization", "Bearer " + INTEGRATION_TOKEN))
                .statusCode()).isEqualTo(403);
        assertThat(send(HttpRequest.newBuilder(app.uri(path))).statusCode()).isEqualTo(401);

        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(app.uri("/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", app.uri("/").toString().replaceAll("/$", ""))
                .POST(HttpRequest.BodyPublishers.ofString("login=paul&password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8))));
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(303);
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        HttpResponse<String> collector = send(HttpRequest.newBuilder(app.uri(path)).header("Cookie", cookie));
        assertThat(collector.statusCode()).as(collector.body()).isEqualTo(200);
        assertThat(collector.body()).contains("\"OVER_90_DAYS\"");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofMinutes(1)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
