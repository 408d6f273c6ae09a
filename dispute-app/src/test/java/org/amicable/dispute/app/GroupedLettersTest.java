package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One letter per customer, and a payment over several invoices, over HTTP against the running
 * application on its real storage: the letters of one customer's day go out as one document that
 * every claim's timeline records under the same hash and serves byte for byte; a payment is split
 * as the customer says or by art. 1342-10, all parts or none.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GroupedLettersTest {

    private static final Pattern LETTER_ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern DOCUMENT = Pattern.compile("\\\\\"documentSha256\\\\\":\\\\\"([0-9a-f]{64})");

    private RunningApp app;

    abstract Databases database();

    @BeforeAll
    void start() throws Exception {
        Path folders = Files.createTempDirectory("grouped-letters");
        app = RunningApp.start(database(), Map.of(
                "amicable.clock.fixed", "2026-03-02T09:00:00Z",
                "amicable.mail.host", "",
                "amicable.mail.pickup-folder", Files.createDirectories(folders.resolve("pickup")).toString(),
                "amicable.mail.print-folder", Files.createDirectories(folders.resolve("print")).toString()));
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private String openClaim(String customer, String invoice, String dueDate, String amount) {
        HttpResponse<String> opened = app.postJson("/disputes/unpaid-claims", "{\"customer\":%s,\"invoice\":%s}"
                .formatted(RunningApp.business(customer), RunningApp.invoice(invoice, dueDate, amount)));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return opened.headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<byte[]> downloadBytes(String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(app.uri(path))
                .header("Authorization", "Bearer " + RunningApp.TOKEN).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String firstGroup(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }

    @Test
    void a_customers_first_reminders_of_the_day_go_out_as_one_letter_that_each_claim_records_and_serves() throws Exception {
        List<String> claims = List.of(openClaim("G-ONE", "G-101", "2026-02-20", "1000.00"),
                openClaim("G-ONE", "G-102", "2026-02-20", "250.00"),
                openClaim("G-ONE", "G-103", "2026-02-21", "80.00"));
        String other = openClaim("G-TWO", "G-201", "2026-02-20", "500.00");

        HttpResponse<String> run = app.postJson("/escalation/runs", "{\"date\":\"2026-03-02\"}");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        HttpResponse<String> dispatch = app.postJson("/letters/dispatch", "{\"max\":100}");
        assertThat(dispatch.statusCode()).as(dispatch.body()).isEqualTo(200);
        assertThat(dispatch.body()).contains("\"sent\":4");

        List<String> hashes = new ArrayList<>();
        List<byte[]> documents = new ArrayList<>();
        for (String claim : claims) {
            String letter = firstGroup(LETTER_ID, app.get(claim + "/letters").body());
            HttpResponse<byte[]> pdf = downloadBytes(claim + "/letters/" + letter + "/pdf");
            assertThat(pdf.statusCode()).isEqualTo(200);
            documents.add(pdf.body());
            hashes.add(firstGroup(DOCUMENT, app.get(claim + "/timeline").body()));
        }
        assertThat(hashes).containsOnly(hashes.get(0));
        assertThat(sha256(documents.get(0))).isEqualTo(hashes.get(0));
        assertThat(documents).allSatisfy(document -> assertThat(document).isEqualTo(documents.get(0)));
        assertThat(new String(documents.get(0), java.nio.charset.StandardCharsets.ISO_8859_1)).contains("%PDF-");
        String otherHash = firstGroup(DOCUMENT, app.get(other + "/timeline").body());
        assertThat(otherHash).as("another customer, another letter").isNotEqualTo(hashes.get(0));
    }

    @Test
    void a_payment_split_as_the_customer_says_records_each_part_on_its_claim() {
        String first = openClaim("P-SAID", "P-201", "2026-02-01", "1000.00");
        String second = openClaim("P-SAID", "P-202", "2026-02-10", "500.00");

        HttpResponse<String> paid = app.postJson("/customers/P-SAID/payments", """
                {"receivedOn":"2026-03-01","amount":{"amount":"300.00","currency":"EUR"},"reference":"VIR-77",
                 "invoices":[{"invoiceNumber":"P-201","amount":{"amount":"100.00","currency":"EUR"}},
                             {"invoiceNumber":"P-202","amount":{"amount":"200.00","currency":"EUR"}}]}""");

        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        assertThat(paid.body()).contains("\"split\":\"AS_THE_CUSTOMER_SAID\"")
                .contains("\"dispute\":\"" + first + "\"").contains("\"dispute\":\"" + second + "\"")
                .contains("\"amount\":{\"amount\":\"200.00\",\"currency\":\"EUR\"}");
        assertThat(app.get(first + "/timeline").body()).contains("VIR-77");
        assertThat(app.get(second + "/timeline").body()).contains("VIR-77");
    }

    @Test
    void a_payment_naming_no_amounts_goes_to_the_oldest_debt_first_by_art_1342_10() {
        String older = openClaim("P-LAW", "P-301", "2026-01-10", "100.00");
        String younger = openClaim("P-LAW", "P-302", "2026-02-10", "1000.00");

        HttpResponse<String> paid = app.postJson("/customers/P-LAW/payments", """
                {"receivedOn":"2026-03-01","amount":{"amount":"50.00","currency":"EUR"},"reference":"VIR-78",
                 "invoices":[{"invoiceNumber":"P-302"},{"invoiceNumber":"P-301"}]}""");

        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        assertThat(paid.body()).contains("\"split\":\"CIVIL_CODE_ART_1342_10\"")
                .contains("\"dispute\":\"" + older + "\"").doesNotContain(younger);
    }

    @Test
    void bad_payments_answer_a_problem_naming_the_field_and_record_nothing() {
        String claim = openClaim("P-BAD", "P-401", "2026-02-01", "100.00");
        openClaim("P-BAD", "P-402", "2026-02-01", "100.00");
        String before = app.get(claim + "/timeline").body();

        HttpResponse<String> notAddingUp = app.postJson("/customers/P-BAD/payments", """
                {"receivedOn":"2026-03-01","amount":{"amount":"150.00","currency":"EUR"},"reference":"VIR-79",
                 "invoices":[{"invoiceNumber":"P-401","amount":{"amount":"100.00","currency":"EUR"}},
                             {"invoiceNumber":"P-402","amount":{"amount":"10.00","currency":"EUR"}}]}""");
        HttpResponse<String> unknownInvoice = app.postJson("/customers/P-BAD/payments", """
                {"receivedOn":"2026-03-01","amount":{"amount":"150.00","currency":"EUR"},"reference":"VIR-80",
                 "invoices":[{"invoiceNumber":"P-401"},{"invoiceNumber":"P-499"}]}""");
        HttpResponse<String> unknownField = app.postJson("/customers/P-BAD/payments", """
                {"receivedOn":"2026-03-01","amount":{"amount":"150.00","currency":"EUR"},"reference":"VIR-81",
                 "split":"evenly"}""");
        HttpResponse<String> badDate = app.postJson("/customers/P-BAD/payments", """
                {"receivedOn":"01/03/2026","amount":{"amount":"150.00","currency":"EUR"},"reference":"VIR-82"}""");
        HttpResponse<String> noClaim = app.postJson("/customers/P-NOBODY/payments", """
                {"receivedOn":"2026-03-01","amount":{"amount":"150.00","currency":"EUR"},"reference":"VIR-83"}""");

        for (HttpResponse<String> refused : List.of(notAddingUp, unknownInvoice, unknownField, badDate, noClaim)) {
            assertThat(refused.statusCode()).as(refused.body()).isBetween(400, 422);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        assertThat(notAddingUp.body()).contains("\"field\":\"invoices\"");
        assertThat(unknownInvoice.body()).contains("\"field\":\"invoices[1].invoiceNumber\"");
        assertThat(unknownField.body()).contains("split");
        assertThat(badDate.body()).contains("receivedOn");
        assertThat(noClaim.body()).contains("\"field\":\"customerReference\"");
        assertThat(app.get(claim + "/timeline").body()).isEqualTo(before);
    }
}
