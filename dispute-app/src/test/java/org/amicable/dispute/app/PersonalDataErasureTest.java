package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Personal data erased on the real storage: a claim written off in 2025 is erased by the daily job six
 * years later (five years of limitation between businesses, and one more), and nothing the API serves
 * about it (the dispute, its list entry, its timeline, its evidence as JSON and as a document, its pack
 * and the pack's dossier) names the customer any more, while its chain still verifies.
 */
abstract class PersonalDataErasureTest {

    private static final String TOKEN = "erasure-manager-token";
    private static final List<String> PERSONAL = List.of("Dupont SARL", "kept@dupont.example", "14 quai Perrache",
            "69002", "+33 1 44 55 66 77", "trois enfants", "gérant est décédé");

    @TempDir
    Path folders;

    abstract Databases database();

    private EmbeddedServer start(Map<String, Object> database, String instant) throws Exception {
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("micronaut.server.port", -1);
        properties.put("amicable.clock.fixed", instant);
        properties.put("amicable.dispatch.enabled", "false");
        properties.put("amicable.escalation.schedule.enabled", "false");
        properties.put("amicable.mail.host", "");
        properties.put("amicable.mail.pickup-folder", Files.createDirectories(folders.resolve("pickup")).toString());
        properties.put("amicable.mail.print-folder", Files.createDirectories(folders.resolve("print")).toString());
        properties.put("amicable.security.tokens[0].name", "erasure-manager");
        properties.put("amicable.security.tokens[0].sha256", HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(TOKEN.getBytes(StandardCharsets.UTF_8))));
        properties.put("amicable.security.tokens[0].role", "manager");
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    private static BlockingHttpClient client(EmbeddedServer server) {
        return server.getApplicationContext().createBean(HttpClient.class, server.getURL()).toBlocking();
    }

    private static String post(BlockingHttpClient http, String path, String body) {
        return http.retrieve(HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(TOKEN),
                String.class);
    }

    private static String get(BlockingHttpClient http, String path) {
        return http.retrieve(HttpRequest.GET(path).bearerAuth(TOKEN), String.class);
    }

    @Test
    void a_claim_closed_six_years_ago_is_erased_and_still_verifies() throws Exception {
        Map<String, Object> database = database().freshDatabase();
        String id;
        String lastHash;
        try (EmbeddedServer then = start(database, "2025-01-10T09:00:00Z")) {
            BlockingHttpClient http = client(then);
            id = http.retrieve(HttpRequest.POST("/disputes/unpaid-claims", """
                    {"customer":{"reference":"C-ERASED","name":"Dupont SARL","kind":"BUSINESS","email":"kept@dupont.example",
                     "phone":"+33 1 44 55 66 77",
                     "address":{"lines":["14 quai Perrache"],"postalCode":"69002","city":"Lyon","country":"FR"},"language":"FR"},
                     "invoice":{"number":"FA-ERASED","issueDate":"2024-12-05","dueDate":"2025-01-05",
                     "amount":{"amount":"1200.00","currency":"EUR"}}}""").contentType(MediaType.APPLICATION_JSON_TYPE)
                    .bearerAuth(TOKEN), Argument.mapOf(String.class, Object.class)).get("id").toString();
            post(http, "/escalation/runs", "{\"date\":\"2025-01-10\"}");
            post(http, "/letters/dispatch", "{\"max\":10}");
            post(http, "/disputes/" + id + "/answers", "{\"on\":\"2025-01-10\",\"summary\":\"Il élève trois enfants seul\"}");
            post(http, "/disputes/" + id + "/write-off", "{\"on\":\"2025-01-10\",\"reason\":\"Le gérant est décédé\"}");
            String timeline = get(http, "/disputes/" + id + "/timeline");
            assertThat(get(http, "/disputes/" + id)).contains("Dupont SARL");
            lastHash = timeline.replaceAll("(?s).*\"hash\":\"([0-9a-f]{64})\".*", "$1");
        }

        try (EmbeddedServer now = start(database, "2031-01-11T09:00:00Z")) {
            now.getApplicationContext().getBean(PersonalDataErasureJob.class).runForToday();
            BlockingHttpClient http = client(now);

            String dispute = get(http, "/disputes/" + id);
            String list = get(http, "/disputes?customerReference=C-ERASED");
            String timeline = get(http, "/disputes/" + id + "/timeline");
            String evidence = get(http, "/disputes/" + id + "/evidence");
            String document = get(http, "/disputes/" + id + "/evidence/document");
            Path pack = unpacked(http.exchange(HttpRequest.GET("/disputes/" + id + "/evidence/pack").bearerAuth(TOKEN),
                    byte[].class).body());

            for (String served : List.of(dispute, list, timeline, evidence, document, packText(pack))) {
                assertThat(served).doesNotContain(PERSONAL);
            }
            assertThat(dispute).contains("[erased]");
            assertThat(list).contains("[erased]");
            // The chain is the one recorded in 2025, and it still verifies.
            assertThat(timeline).contains("\"hash\":\"" + lastHash + "\"");
            assertThat(evidence).contains("\"intact\":true");
            assertThat(new String(Files.readAllBytes(pack.resolve("README.txt")), StandardCharsets.UTF_8)).contains(lastHash);
            Process check = new ProcessBuilder("sha256sum", "-c", "SHA256SUMS").directory(pack.toFile())
                    .redirectErrorStream(true).start();
            assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(check.exitValue()).as(new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        }
    }

    @Test
    void an_instance_that_read_the_claim_before_another_erased_it_serves_it_erased() throws Exception {
        Map<String, Object> database = database().freshDatabase();
        String id;
        try (EmbeddedServer then = start(database, "2025-01-10T09:00:00Z")) {
            BlockingHttpClient http = client(then);
            id = http.retrieve(HttpRequest.POST("/disputes/unpaid-claims", """
                    {"customer":{"reference":"C-TWO","name":"Dupont SARL","kind":"BUSINESS","email":"kept@dupont.example",
                     "address":{"lines":["14 quai Perrache"],"postalCode":"69002","city":"Lyon","country":"FR"},"language":"FR"},
                     "invoice":{"number":"FA-TWO","issueDate":"2024-12-05","dueDate":"2025-01-05",
                     "amount":{"amount":"1200.00","currency":"EUR"}}}""").contentType(MediaType.APPLICATION_JSON_TYPE)
                    .bearerAuth(TOKEN), Argument.mapOf(String.class, Object.class)).get("id").toString();
            post(http, "/disputes/" + id + "/write-off", "{\"on\":\"2025-01-10\",\"reason\":\"Le gérant est décédé\"}");
        }

        try (EmbeddedServer reader = start(database, "2031-01-11T09:00:00Z");
             EmbeddedServer eraser = start(database, "2031-01-11T09:00:00Z")) {
            BlockingHttpClient http = client(reader);
            // The reader holds the claim's timeline, personal values included, in its cache.
            assertThat(get(http, "/disputes/" + id + "/timeline")).contains("Dupont SARL", "gérant est décédé");

            eraser.getApplicationContext().getBean(PersonalDataErasureJob.class).runForToday();

            for (String served : List.of(get(http, "/disputes/" + id), get(http, "/disputes/" + id + "/timeline"),
                    get(http, "/disputes/" + id + "/evidence"))) {
                assertThat(served).doesNotContain(PERSONAL).contains("[erased]");
            }
        }
    }

    private Path unpacked(byte[] zip) throws Exception {
        Path folder = Files.createDirectories(folders.resolve("pack"));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = folder.resolve(entry.getName()).normalize();
                assertThat(file.startsWith(folder)).isTrue();
                Files.createDirectories(file.getParent());
                Files.write(file, in.readAllBytes());
            }
        }
        return folder;
    }

    /** Every file of the pack as text, the dossier's PDF by its extracted text. */
    private static String packText(Path pack) throws Exception {
        StringBuilder text = new StringBuilder();
        try (var files = Files.walk(pack)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                if (file.toString().endsWith(".pdf")) {
                    try (PDDocument pdf = Loader.loadPDF(bytes)) {
                        text.append(new PDFTextStripper().getText(pdf).replace('\u00A0', ' '));
                    }
                } else {
                    text.append(new String(bytes, StandardCharsets.UTF_8));
                }
            }
        }
        return text.toString();
    }
}
