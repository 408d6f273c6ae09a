package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

/**
 * What an operator and a probe see, with the mail server down: health that says little to strangers
 * and degrades rather than fails for mail, metrics behind a token whose values are read and true, and
 * no management endpoint that answers 500.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsTest {

    static final String TOKEN = "operations-auditor-token";
    static final String MANAGER = "operations-manager-token";

    private EmbeddedServer server;
    private final ListAppender<ILoggingEvent> startupLog = new ListAppender<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws Exception {
        Map<String, Object> properties = new HashMap<>(Databases.H2.freshDatabase());
        properties.put("micronaut.server.port", -1);
        properties.put("amicable.dispatch.enabled", "false");
        properties.put("amicable.escalation.schedule.enabled", "false");
        properties.put("amicable.metrics.dispute-counts-max-age", "0s");
        // Nothing listens there: the mail server is down.
        properties.put("amicable.mail.host", "127.0.0.1");
        properties.put("amicable.mail.port", AppProcess.freePort());
        properties.put("amicable.mail.timeout", "2s");
        properties.put("amicable.mail.print-folder", Files.createTempDirectory("print").toString());
        properties.put("amicable.security.tokens[0].name", "auditor");
        properties.put("amicable.security.tokens[0].sha256", EndToEndTest.sha256(TOKEN));
        properties.put("amicable.security.tokens[0].role", "auditor");
        properties.put("amicable.security.tokens[1].name", "manager");
        properties.put("amicable.security.tokens[1].sha256", EndToEndTest.sha256(MANAGER));
        properties.put("amicable.security.tokens[1].role", "manager");
        startupLog.start();
        ch.qos.logback.classic.Logger amicable = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("amicable");
        amicable.setLevel(ch.qos.logback.classic.Level.INFO);
        amicable.addAppender(startupLog);
        server = ApplicationContext.run(EmbeddedServer.class, properties);
    }

    @AfterAll
    void stop() {
        server.close();
        ch.qos.logback.classic.Logger amicable = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("amicable");
        amicable.detachAppender(startupLog);
        amicable.setLevel(null);
    }

    @Test
    void every_page_the_startup_log_points_to_answers() throws Exception {
        List<String> urls = new ArrayList<>();
        for (ILoggingEvent event : startupLog.list) {
            Matcher url = Pattern.compile("http://[^\\s,)]+").matcher(event.getFormattedMessage());
            while (url.find()) {
                urls.add(url.group());
            }
        }
        assertThat(urls).anyMatch(url -> url.endsWith("/swagger-ui/index.html"))
                .anyMatch(url -> url.endsWith(".yml")).anyMatch(url -> url.endsWith("/health"))
                .anyMatch(url -> url.endsWith("/prometheus"));
        // The first line names the server itself ("Amicable is up at http://…"), not a page.
        for (String url : urls.stream().filter(url -> URI.create(url).getPath().length() > 1).toList()) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(url).isEqualTo(200);
        }
    }

    @Test
    void a_stranger_gets_the_health_status_and_nothing_else() throws Exception {
        HttpResponse<String> health = get("/health", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\"").doesNotContain("details", "jdbc", "127.0.0.1", "letters");
    }

    @Test
    void with_a_token_the_health_details_show_mail_degraded_and_the_application_still_serving() throws Exception {
        HttpResponse<String> health = get("/health", TOKEN);

        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"mail\"", "DEGRADED", "\"jdbc\"");
        // The rate tables of the test stop before the current semester, and the mediator is a placeholder.
        assertThat(health.body()).contains("\"configuration\"", "amicable.rates.reference has no rate from",
                "amicable.company.mediator-name is still a placeholder");
        assertThat(get("/health/liveness", null).statusCode()).isEqualTo(200);
        HttpResponse<String> readiness = get("/health/readiness", null);
        assertThat(readiness.statusCode()).as("mail down does not unroute the application: " + readiness.body())
                .isEqualTo(200);
    }

    @Test
    void metrics_need_a_token() throws Exception {
        assertThat(get("/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/metrics", null).statusCode()).isEqualTo(401);
        assertThat(get("/prometheus", TOKEN).statusCode()).isEqualTo(200);
        assertThat(get("/metrics", TOKEN).statusCode()).isEqualTo(200);
    }

    @Test
    void no_other_management_endpoint_answers_500() throws Exception {
        for (String path : new String[] {"/routes", "/beans", "/info", "/threaddump", "/flyway", "/env", "/loggers",
                "/refresh", "/stop"}) {
            for (String token : new String[] {null, TOKEN, MANAGER}) {
                HttpResponse<String> answer = get(path, token);
                assertThat(answer.statusCode()).as(path + " " + answer.body()).isIn(401, 403, 404);
            }
        }
    }

    @Test
    void the_metrics_read_true_values_even_after_a_garbage_collection() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        HttpResponse<String> opened = post("/disputes/unpaid-claims", """
                {"customer": {"reference": "OPS-1", "name": "Dupont SARL", "kind": "BUSINESS",
                  "email": "ops@dupont.example", "language": "FR",
                  "address": {"lines": ["12 rue de la Paix"], "postalCode": "75002", "city": "Paris", "country": "FR"}},
                 "invoice": {"number": "F-OPS-1", "issueDate": "%s", "dueDate": "%s",
                  "amount": {"amount": "100.00", "currency": "EUR"}}}""".formatted(today.minusDays(36), today.minusDays(6)));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        assertThat(post("/escalation/runs", "{\"date\": \"" + today + "\"}").statusCode()).isEqualTo(200);
        // The mail server is down: the letter is put back for later.
        assertThat(post("/letters/dispatch", "{\"max\": 10}").body()).contains("\"retrying\":1");

        System.gc();
        String metrics = get("/prometheus", TOKEN).body();

        assertThat(value(metrics, "amicable_disputes{state=\"first_reminder_sent\",track=\"unpaid_claim\"}")).isEqualTo(1.0);
        assertThat(value(metrics, "amicable_disputes{state=\"open\",track=\"unpaid_claim\"}")).isEqualTo(0.0);
        assertThat(value(metrics, "amicable_letters{status=\"pending\"}")).isEqualTo(1.0);
        assertThat(value(metrics, "amicable_letters_dispatched_total{outcome=\"retrying\"}")).isEqualTo(1.0);
        assertThat(value(metrics, "amicable_letters_dispatched_total{outcome=\"sent\"}")).isEqualTo(0.0);
        assertThat(value(metrics, "amicable_escalation_last_success_seconds"))
                .isGreaterThan(today.minusDays(1).atStartOfDay(ZoneId.of("UTC")).toEpochSecond());
    }

    @Test
    void a_letter_that_cannot_be_sent_shows_its_attempts_and_reason_and_is_listed_in_trouble() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        HttpResponse<String> opened = post("/disputes/unpaid-claims", """
                {"customer": {"reference": "OPS-2", "name": "Durand SARL", "kind": "BUSINESS",
                  "email": "ops@durand.example", "language": "FR",
                  "address": {"lines": ["1 rue Neuve"], "postalCode": "75001", "city": "Paris", "country": "FR"}},
                 "invoice": {"number": "F-OPS-2", "issueDate": "%s", "dueDate": "%s",
                  "amount": {"amount": "100.00", "currency": "EUR"}}}""".formatted(today.minusDays(36), today.minusDays(6)));
        String dispute = field(opened.body(), "id");
        assertThat(post("/escalation/runs", "{\"date\": \"" + today + "\"}").statusCode()).isEqualTo(200);
        assertThat(post("/letters/dispatch", "{\"max\": 10}").body()).contains("\"retrying\":");

        String letters = get("/disputes/" + dispute + "/letters", TOKEN).body();
        String letter = field(letters, "id");
        String shown = get("/disputes/" + dispute + "/letters/" + letter, TOKEN).body();
        String troubled = get("/letters/troubled", TOKEN).body();
        String metrics = get("/prometheus", TOKEN).body();

        assertThat(shown).contains("\"delivery\":{").contains("\"attempts\":1").contains("\"lastError\":")
                .contains("\"nextAttempt\":");
        assertThat(troubled).contains(letter);
        assertThat(value(metrics, "amicable_letters_oldest_pending_age_seconds")).isBetween(0.0, 86_400.0);
    }

    /** The first value of a string member of a JSON text. */
    private static String field(String json, String name) {
        Matcher member = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertThat(member.find()).as(name + " in " + json).isTrue();
        return member.group(1);
    }

    /** The value of one series in the Prometheus text format; fails when absent or not a number. */
    private static double value(String metrics, String series) {
        Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        assertThat(line.find()).as(series + " in\n" + metrics).isTrue();
        double value = Double.parseDouble(line.group(1));
        assertThat(value).as(series).isNotNaN();
        return value;
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Authorization", "Bearer " + MANAGER).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
