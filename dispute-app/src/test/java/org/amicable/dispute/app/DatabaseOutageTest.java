package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application on a real PostgreSQL that stops and comes back: while it is away, requests fail
 * fast with 503 "database unavailable" and a Retry-After, readiness goes DOWN, liveness stays UP;
 * when it is back, everything works again by itself.
 */
class DatabaseOutageTest {

    static final String TOKEN = "outage-manager-token";

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void requests_fail_fast_with_503_while_the_database_is_away_and_work_again_when_it_is_back() throws Exception {
        Path data = folder.resolve("pgdata");
        int port = AppProcess.freePort();
        EmbeddedPostgres postgres = postgres(data, port);
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", "jdbc:postgresql://localhost:" + port + "/postgres");
        properties.put("datasources.default.username", "postgres");
        properties.put("datasources.default.password", "postgres");
        properties.put("datasources.default.driver-class-name", "org.postgresql.Driver");
        properties.put("micronaut.server.port", -1);
        properties.put("amicable.dispatch.enabled", "false");
        properties.put("amicable.escalation.schedule.enabled", "false");
        properties.put("amicable.mail.pickup-folder", Files.createDirectories(folder.resolve("pickup")).toString());
        properties.put("amicable.security.tokens[0].name", "outage");
        properties.put("amicable.security.tokens[0].sha256", EndToEndTest.sha256(TOKEN));
        properties.put("amicable.security.tokens[0].role", "manager");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            String id = openClaim(server);
            assertThat(get(server, "/disputes/" + id).statusCode()).isEqualTo(200);

            postgres.close();

            HttpResponse<String> away = get(server, "/disputes/" + id);
            assertThat(away.statusCode()).as(away.body()).isEqualTo(503);
            assertThat(away.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(away.body()).contains("database unavailable");
            assertThat(away.headers().firstValue("Retry-After")).isPresent();
            HttpResponse<String> write = post(server, "/disputes/" + id + "/payments",
                    "{\"receivedOn\": \"" + today() + "\", \"amount\": {\"amount\": \"1.00\", \"currency\": \"EUR\"},"
                            + " \"reference\": \"VIR-OUTAGE\"}");
            assertThat(write.statusCode()).as(write.body()).isEqualTo(503);
            assertThat(get(server, "/health/readiness").statusCode()).isEqualTo(503);
            assertThat(get(server, "/health/liveness").statusCode()).isEqualTo(200);

            postgres = postgres(data, port);

            AppProcess.waitUntil(() -> status(server, "/health/readiness") == 200, Duration.ofSeconds(60),
                    "readiness to come back");
            assertThat(get(server, "/disputes/" + id).statusCode()).isEqualTo(200);
        } finally {
            postgres.close();
        }
    }

    /** A real PostgreSQL on this port, keeping its data in this folder across a stop and a start. */
    private static EmbeddedPostgres postgres(Path data, int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    private String openClaim(EmbeddedServer server) throws Exception {
        HttpResponse<String> opened = post(server, "/disputes/unpaid-claims", """
                {"customer": {"reference": "OUT-1", "name": "Dupont SARL", "kind": "BUSINESS",
                  "email": "out@dupont.example", "language": "FR",
                  "address": {"lines": ["12 rue de la Paix"], "postalCode": "75002", "city": "Paris", "country": "FR"}},
                 "invoice": {"number": "F-OUT-1", "issueDate": "%s", "dueDate": "%s",
                  "amount": {"amount": "100.00", "currency": "EUR"}}}""".formatted(today().minusDays(36),
                today().minusDays(6)));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return opened.body().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
    }

    private int status(EmbeddedServer server, String path) {
        try {
            return get(server, path).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private HttpResponse<String> get(EmbeddedServer server, String path) throws Exception {
        // The bound is generous: what matters is that an answer comes instead of a hang.
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(EmbeddedServer server, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
