package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-over pack as the application serves it: its dossier is the PDF in the customer's language, and
 * the whole pack passes {@code sha256sum -c SHA256SUMS}, run with the real tool.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidencePackTest {

    private static final String TOKEN = "pack-manager-token";

    @TempDir
    static Path folders;

    private EmbeddedServer server;
    private BlockingHttpClient http;

    @BeforeAll
    void start() throws Exception {
        Map<String, Object> properties = new HashMap<>(Databases.H2.freshDatabase());
        properties.put("micronaut.server.port", -1);
        properties.put("amicable.clock.fixed", "2026-03-02T09:00:00Z");
        properties.put("amicable.dispatch.enabled", "false");
        properties.put("amicable.escalation.schedule.enabled", "false");
        properties.put("amicable.mail.host", "");
        properties.put("amicable.mail.pickup-folder", Files.createDirectories(folders.resolve("pickup")).toString());
        properties.put("amicable.mail.print-folder", Files.createDirectories(folders.resolve("print")).toString());
        properties.put("amicable.company.mediator-name", "Médiateur du commerce");
        properties.put("amicable.security.tokens[0].name", "pack-manager");
        properties.put("amicable.security.tokens[0].sha256", HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(TOKEN.getBytes(StandardCharsets.UTF_8))));
        properties.put("amicable.security.tokens[0].role", "manager");
        server = ApplicationContext.run(EmbeddedServer.class, properties);
        http = server.getApplicationContext().createBean(HttpClient.class, server.getURL()).toBlocking();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private Map<String, Object> post(String path, String body) {
        return http.retrieve(HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(TOKEN),
                Argument.mapOf(String.class, Object.class));
    }

    /** A claim whose first reminder went out, was delivered against signature, and which was partly paid. */
    private String claimWithAReminderAndAPayment(String reference, String name, String kind, String language) {
        String id = (String) post("/disputes/unpaid-claims", """
                {"customer":{"reference":"%s","name":"%s","kind":"%s","email":"%s@client.example",
                 "address":{"lines":["12 rue de la Paix"],"postalCode":"75002","city":"Paris","country":"FR"},"language":"%s"},
                 "invoice":{"number":"FA-%s","issueDate":"2026-01-20","dueDate":"2026-02-20",
                 "amount":{"amount":"1200.00","currency":"EUR"}}}""".formatted(reference, name, kind,
                reference.toLowerCase(), language, reference)).get("id");
        post("/escalation/runs", "{\"date\":\"2026-03-02\"}");
        post("/letters/dispatch", "{\"max\":10}");
        List<Map<String, Object>> letters = http.retrieve(HttpRequest.GET("/disputes/" + id + "/letters").bearerAuth(TOKEN),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        String letterId = (String) letters.get(0).get("id");
        post("/disputes/" + id + "/letters/" + letterId + "/acknowledgment", "{\"deliveredOn\":\"2026-03-02\"}");
        post("/disputes/" + id + "/payments", """
                {"receivedOn":"2026-03-02","amount":{"amount":"100.00","currency":"EUR"},"reference":"VIR-%s"}"""
                .formatted(reference));
        return id;
    }

    private Path unpacked(String id) throws IOException {
        HttpResponse<byte[]> pack = http.exchange(HttpRequest.GET("/disputes/" + id + "/evidence/pack").bearerAuth(TOKEN),
                byte[].class);
        assertThat(pack.header("Content-Type")).startsWith("application/zip");
        Path folder = Files.createDirectories(folders.resolve("pack-" + id));
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(pack.body()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path file = folder.resolve(entry.getName()).normalize();
                assertThat(file.startsWith(folder)).as(entry.getName()).isTrue();
                Files.createDirectories(file.getParent());
                Files.write(file, zip.readAllBytes());
            }
        }
        return folder;
    }

    private static String sha256sumCheck(Path folder) throws Exception {
        Process check = new ProcessBuilder("sha256sum", "-c", "SHA256SUMS").directory(folder.toFile())
                .redirectErrorStream(true).start();
        assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.exitValue()).as(output).isZero();
        return output;
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
        }
    }

    @Test
    void a_french_business_gets_a_french_dossier_and_the_pack_passes_sha256sum() throws Exception {
        String id = claimWithAReminderAndAPayment("B-PACK", "Dupont SARL", "BUSINESS", "FR");

        Path pack = unpacked(id);

        assertThat(sha256sumCheck(pack)).contains("dossier.pdf: OK", "timeline.jsonl: OK");
        assertThat(Files.readString(pack.resolve("SHA256SUMS"))).contains("  dossier.pdf\n");
        String dossier = text(pack.resolve("dossier.pdf"));
        String letterHash = Files.readString(pack.resolve("timeline.jsonl")).replaceAll("(?s).*\"documentSha256\":\"([0-9a-f]{64})\".*", "$1");
        assertThat(dossier).contains("Dossier de preuve — litige n° " + id, "Le client : Dupont SARL (professionnel",
                "Facture n° FA-B-PACK", "Pénalités de retard", "Indemnité forfaitaire", "Total dû",
                "Paiement reçu de 100,00 EUR (réf. VIR-B-PACK)", "par pack-manager (responsable)",
                "SHA-256 du document envoyé : " + letterHash, "elle est intacte");
        assertThat(Files.readString(pack.resolve("README.txt"))).contains("dossier.pdf");
    }

    @Test
    void a_consumer_writing_in_english_gets_an_english_dossier_and_the_pack_passes_sha256sum() throws Exception {
        String id = claimWithAReminderAndAPayment("C-PACK", "John Smith", "CONSUMER", "EN");

        Path pack = unpacked(id);

        assertThat(sha256sumCheck(pack)).contains("dossier.pdf: OK");
        assertThat(text(pack.resolve("dossier.pdf"))).contains("Evidence dossier — dispute no. " + id,
                "The customer: John Smith (consumer", "Interest at the legal rate runs only from the formal notice",
                "Payment received of 100.00 EUR (ref. VIR-C-PACK)", "by pack-manager (manager)", "it is intact")
                .doesNotContain("Pénalités");
    }

    @Test
    void the_evidence_page_says_in_the_customers_words_what_the_dossier_says() throws Exception {
        String id = claimWithAReminderAndAPayment("B-PAGE", "Martin & Fils", "BUSINESS", "FR");
        String letterHash = Files.readString(unpacked(id).resolve("timeline.jsonl"))
                .replaceAll("(?s).*\"documentSha256\":\"([0-9a-f]{64})\".*", "$1");

        HttpResponse<String> page = http.exchange(HttpRequest.GET("/disputes/" + id + "/evidence/document").bearerAuth(TOKEN),
                String.class);

        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy")).isEqualTo("default-src 'none'; style-src 'unsafe-inline'");
        // Amounts are written with no-break spaces ("1 200,00 EUR"), as in the letters.
        assertThat(page.body().replace('\u00A0', ' ')).contains("<html lang=\"fr\">", "Dossier de preuve — litige n° " + id,
                "Le client : Martin &amp; Fils (professionnel", "Facture n° FA-B-PAGE", "Pénalités de retard", "Total dû",
                "Paiement reçu de 100,00 EUR (réf. VIR-B-PAGE)", "par pack-manager (responsable)",
                "SHA-256 du document envoyé : " + letterHash, "elle est intacte", "état au 2 mars 2026 : première relance envoyée")
                .as("in words, no raw JSON").doesNotContain("{\"", "documentSha256", "FIRST_REMINDER_SENT");
    }
}
