package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A letter is kept as it went out, on the real storage: the application is stopped, its templates are
 * changed, and the letter it serves afterwards is still the one that was sent, byte for byte; bytes
 * altered in the database are refused, never served.
 */
abstract class LettersKeptAsSentTest {

    static final String TOKEN = "kept-manager-token";

    @TempDir
    Path folders;

    abstract Databases database();

    private EmbeddedServer start(Map<String, Object> database, Path templates) throws Exception {
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("micronaut.server.port", -1);
        properties.put("amicable.clock.fixed", "2026-03-02T09:00:00Z");
        properties.put("amicable.dispatch.enabled", "false");
        properties.put("amicable.escalation.schedule.enabled", "false");
        properties.put("amicable.mail.host", "");
        properties.put("amicable.mail.pickup-folder", Files.createDirectories(folders.resolve("pickup")).toString());
        properties.put("amicable.mail.print-folder", Files.createDirectories(folders.resolve("print")).toString());
        properties.put("amicable.mail.template-folder", templates == null ? "" : templates.toString());
        properties.put("amicable.security.tokens[0].name", "kept-manager");
        properties.put("amicable.security.tokens[0].sha256", HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(TOKEN.getBytes(StandardCharsets.UTF_8))));
        properties.put("amicable.security.tokens[0].role", "manager");
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    private static BlockingHttpClient client(EmbeddedServer server) {
        return server.getApplicationContext().createBean(HttpClient.class, server.getURL()).toBlocking();
    }

    private static Map<String, Object> post(BlockingHttpClient http, String path, String body) {
        return http.retrieve(HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(TOKEN),
                Argument.mapOf(String.class, Object.class));
    }

    private static HttpResponse<byte[]> download(BlockingHttpClient http, String path) {
        try {
            return http.exchange(HttpRequest.GET(path).bearerAuth(TOKEN), byte[].class);
        } catch (HttpClientResponseException e) {
            return (HttpResponse<byte[]>) e.getResponse();
        }
    }

    private static HttpResponse<byte[]> upload(BlockingHttpClient http, String path, byte[] body) {
        try {
            return http.exchange(HttpRequest.PUT(path, body).contentType("image/png").bearerAuth(TOKEN), byte[].class);
        } catch (HttpClientResponseException e) {
            return (HttpResponse<byte[]>) e.getResponse();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_letter_served_after_the_templates_changed_is_the_one_sent_and_altered_bytes_are_refused() throws Exception {
        Map<String, Object> database = database().freshDatabase();
        String id;
        String letterId;
        byte[] sent;
        String hash;
        try (EmbeddedServer before = start(database, null)) {
            BlockingHttpClient http = client(before);
            id = (String) post(http, "/disputes/unpaid-claims", """
                    {"customer":{"reference":"C-KEPT","name":"Dupont SARL","kind":"BUSINESS","email":"kept@dupont.example",
                     "address":{"lines":["12 rue de la Paix"],"postalCode":"75002","city":"Paris","country":"FR"},"language":"FR"},
                     "invoice":{"number":"FA-KEPT","issueDate":"2026-01-20","dueDate":"2026-02-20",
                     "amount":{"amount":"1200.00","currency":"EUR"}}}""").get("id");
            post(http, "/escalation/runs", "{\"date\":\"2026-03-02\"}");
            assertThat(post(http, "/letters/dispatch", "{\"max\":10}").get("sent")).isEqualTo(1);
            List<Map<String, Object>> letters = http.retrieve(HttpRequest.GET("/disputes/" + id + "/letters").bearerAuth(TOKEN),
                    Argument.listOf(Argument.mapOf(String.class, Object.class)));
            letterId = (String) letters.get(0).get("id");
            hash = (String) letters.get(0).get("contentHash");
            HttpResponse<byte[]> pdf = download(http, "/disputes/" + id + "/letters/" + letterId + "/pdf");
            sent = pdf.body();
            assertThat(pdf.header("X-Content-SHA256")).isEqualTo(hash);
            // Who did what, recorded in each entry.
            String timeline = http.retrieve(HttpRequest.GET("/disputes/" + id + "/timeline").bearerAuth(TOKEN), String.class);
            assertThat(timeline).contains("\"actor\":{\"kind\":\"api-client\",\"name\":\"kept-manager\",\"role\":\"manager\"",
                    "\"actor\":{\"kind\":\"system-job\",\"name\":\"escalation\"",
                    "\"actor\":{\"kind\":\"system-job\",\"name\":\"dispatch\"");
            // The signed AR card comes back: its scan (5 MB at most, a PNG by its content) is kept by its hash.
            post(http, "/disputes/" + id + "/letters/" + letterId + "/acknowledgment", "{\"deliveredOn\":\"2026-03-02\"}");
            byte[] card = new byte[5 * 1024 * 1024];
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
            System.arraycopy(png, 0, card, 0, png.length);
            byte[] tooLarge = java.util.Arrays.copyOf(card, card.length + 1);
            HttpResponse<byte[]> refused = upload(http, "/disputes/" + id + "/letters/" + letterId + "/scan", tooLarge);
            assertThat(refused.code()).isEqualTo(400);
            assertThat(upload(http, "/disputes/" + id + "/letters/" + letterId + "/scan", card).code()).isEqualTo(200);
            HttpResponse<byte[]> scan = download(http, "/disputes/" + id + "/letters/" + letterId + "/scan");
            assertThat(scan.body()).isEqualTo(card);
            assertThat(scan.header("Content-Type")).startsWith("image/png");
            // The print copy of the registered letter is the same bytes.
            assertThat(folders.resolve("print").resolve(letterId + ".pdf")).hasBinaryContent(sent);
        }

        Path templates = Files.createDirectories(folders.resolve("templates"));
        Files.writeString(templates.resolve("letters_fr.properties"),
                "letter.greeting=Chère cliente, cher client,\nletter.closing=Bien à vous.\n", StandardCharsets.UTF_8);
        try (EmbeddedServer after = start(database, templates)) {
            BlockingHttpClient http = client(after);
            HttpResponse<byte[]> pdf = download(http, "/disputes/" + id + "/letters/" + letterId + "/pdf");
            HttpResponse<byte[]> preview = download(http, "/disputes/" + id + "/letters/" + letterId + "/preview.pdf");

            assertThat(pdf.body()).isEqualTo(sent);
            assertThat(pdf.header("X-Content-SHA256")).isEqualTo(hash);
            assertThat(preview.body()).as("the new templates are in use").isNotEqualTo(sent);
            assertThat(preview.header("X-Preview")).isNotBlank();

            // Someone with access to the database, not the application, alters the kept bytes.
            try (Connection connection = DriverManager.getConnection((String) database.get("datasources.default.url"),
                    (String) database.get("datasources.default.username"), (String) database.get("datasources.default.password"));
                 PreparedStatement alter = connection.prepareStatement("UPDATE kept_document SET content = ? WHERE sha256 = ?")) {
                byte[] forged = sent.clone();
                forged[forged.length / 2] ^= 1;
                alter.setBytes(1, forged);
                alter.setString(2, hash);
                assertThat(alter.executeUpdate()).isEqualTo(1);
            }
            try (Connection connection = DriverManager.getConnection((String) database.get("datasources.default.url"),
                    (String) database.get("datasources.default.username"), (String) database.get("datasources.default.password"));
                 PreparedStatement migrations = connection.prepareStatement(
                         "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" IN ('10', '11') AND \"success\"");
                 java.sql.ResultSet rows = migrations.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).as("the application ran the SQL and the Java migrations").isEqualTo(2);
            }
            HttpResponse<byte[]> altered = download(http, "/disputes/" + id + "/letters/" + letterId + "/pdf");
            String problem = new String(altered.getBody(byte[].class).orElseThrow(), StandardCharsets.UTF_8);
            assertThat(altered.code()).isEqualTo(500);
            assertThat(altered.header("Content-Type")).startsWith("application/problem+json");
            assertThat(problem).contains("evidence-altered", letterId, hash);
        }
    }
}
