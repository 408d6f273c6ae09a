package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Bulk imports over HTTP against the running application: a CSV or JSON file of invoices, then of
 * payments; bad rows refused with their number and reason while the others go on; the same file sent
 * again creating nothing; whole files refused for their encoding, columns or size.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ImportOverHttpTest {

    static final String HEADER = "customer_reference,name,kind,email,phone,language,address,postal_code,city,country,"
            + "invoice_number,issue_date,due_date,amount,currency,contract_rate\n";

    private RunningApp app;
    private JsonMapper json;

    abstract Databases database();

    /** How long the answer waits for the report: long enough here, or zero to go through the status resource. */
    abstract String answerWait();

    @BeforeAll
    void start() {
        app = RunningApp.start(database(), Map.of("amicable.imports.max-rows", 1000, "amicable.imports.chunk", 7,
                "amicable.imports.wait", answerWait()));
        json = app.context().getBean(JsonMapper.class);
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    static String claimRow(String customer, String invoice, String dueDate, String amount) {
        return customer + ",Dupont SARL,BUSINESS,compta@dupont.example,,FR,\"12 rue de la Paix|Bâtiment B\",75002,Paris,FR,"
                + invoice + ",2025-12-01," + dueDate + "," + amount + ",EUR,\n";
    }

    /** The final report: the answer's, or the status resource's once the import is done. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> report(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isIn(200, 202);
        String location = response.headers().firstValue("Location").orElseThrow();
        Map<String, Object> report = json.readValue(response.body(), Map.class);
        while (report.get("state").equals("RUNNING")) {
            Thread.sleep(50);
            HttpResponse<String> status = app.get(location);
            assertThat(status.statusCode()).isEqualTo(200);
            report = json.readValue(status.body(), Map.class);
        }
        assertThat(report.get("state")).isEqualTo("DONE");
        return report;
    }

    private HttpResponse<String> postCsv(String path, String csv) {
        return app.post(path, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_csv_of_invoices_opens_a_claim_each_refuses_bad_rows_alone_and_sent_again_opens_nothing() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 20; i++) {
            csv.append(claimRow("C-IMP", "F-IMP-" + i, "2026-01-15", "100.00"));
        }
        csv.append(claimRow("C-IMP", "F-BAD-DATE", "2026-02-30", "100.00"));     // row 21
        csv.append(claimRow("C-IMP", "F-BAD-AMOUNT", "2026-01-15", "12.5x"));    // row 22
        csv.append(claimRow("C-IMP", "F-IMP-3", "2026-01-15", "100.00"));         // row 23: same invoice again
        csv.append(claimRow("C-IMP", "F-BAD-CUR", "2026-01-15", "100.00").replace(",EUR,", ",EURO,")); // row 24
        csv.append(claimRow("C-IMP", "F-BAD-KIND", "2026-01-15", "100.00").replace("BUSINESS", "COMPANY")); // row 25

        Map<String, Object> first = report(postCsv("/imports/unpaid-claims", csv.toString()));

        assertThat(first).containsEntry("rows", 25).containsEntry("processed", 25).containsEntry("created", 20)
                .containsEntry("alreadyOpen", 1).containsEntry("refused", 4);
        List<Map<String, Object>> refused = (List<Map<String, Object>>) first.get("refusedRows");
        assertThat(refused).extracting(row -> row.get("row")).containsExactly(21, 22, 24, 25);
        assertThat(refused).extracting(row -> row.get("field")).containsExactly("due_date", "amount", "currency", "kind");
        assertThat(refused.get(0).get("reason").toString()).contains("2026-02-30");
        Map<String, Object> repeated = ((List<Map<String, Object>>) first.get("alreadyOpenRows")).get(0);
        assertThat(repeated).containsEntry("row", 23).containsEntry("invoiceNumber", "F-IMP-3");
        assertThat(app.get((String) repeated.get("dispute")).statusCode()).isEqualTo(200);
        assertThat(app.get("/disputes?customer=C-IMP&limit=100").body()).doesNotContain("F-BAD");

        Map<String, Object> again = report(postCsv("/imports/unpaid-claims", csv.toString()));

        assertThat(again).containsEntry("created", 0).containsEntry("alreadyOpen", 21).containsEntry("refused", 4);
        assertThat(countOf(app.get("/disputes?customer=C-IMP&limit=100").body())).isEqualTo(20);
    }

    @Test
    void a_json_array_of_invoices_is_imported_too() throws Exception {
        String body = """
                [{"customer_reference":"C-JSON","name":"Claire Petit","kind":"CONSUMER","address":["3 place du Marché"],
                  "postal_code":"69001","city":"Lyon","country":"FR","invoice_number":"F-JSON-1","issue_date":"2025-12-01",
                  "due_date":"2026-01-10","amount":"45.90","currency":"EUR"},
                 {"customer_reference":"C-JSON","name":"Claire Petit","kind":"CONSUMER","address":"3 place du Marché",
                  "postal_code":"69001","city":"Lyon","country":"FR","invoice_number":"F-JSON-2","issue_date":"2025-12-01",
                  "due_date":"2025-11-10","amount":12.5,"currency":"EUR"}]""";

        Map<String, Object> report = report(app.postJson("/imports/unpaid-claims", body));

        assertThat(report).containsEntry("created", 1).containsEntry("refused", 1);
        assertThat(report.get("refusedRows").toString()).contains("row=2").contains("dueDate");
    }

    @Test
    void payments_are_recorded_once_even_when_the_file_is_sent_again() throws Exception {
        report(postCsv("/imports/unpaid-claims", HEADER + claimRow("C-PAY", "F-PAY-1", "2026-01-15", "500.00")
                + claimRow("C-PAY", "F-PAY-2", "2026-01-15", "80.00")));
        String payments = "invoice_number;date;amount;reference\n"
                + "F-PAY-1;2026-02-01;200.00;VIR-001\n"
                + "F-PAY-2;2026-02-01;80.00;VIR-002\n"
                + "F-PAY-404;2026-02-01;80.00;VIR-003\n"
                + "F-PAY-1;2026-02-01;abc;VIR-004\n";

        Map<String, Object> first = report(postCsv("/imports/payments", payments));
        Map<String, Object> again = report(postCsv("/imports/payments", payments));

        assertThat(first).containsEntry("recorded", 2).containsEntry("refused", 2);
        assertThat(again).containsEntry("recorded", 0).containsEntry("alreadyRecorded", 2).containsEntry("refused", 2);
        // Each claim holds its opening and one payment: nothing recorded twice.
        String claims = app.get("/disputes?customer=C-PAY&limit=10").body();
        assertThat(claims.split("\"version\":2", -1)).hasSize(3);
        assertThat(claims).doesNotContain("\"version\":3");
    }

    @Test
    void a_file_not_in_utf8_or_with_an_unknown_column_is_refused_whole() throws Exception {
        byte[] latin1 = (HEADER + claimRow("C-LATIN", "F-LATIN", "2026-01-15", "10.00"))
                .getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> notUtf8 = app.post("/imports/unpaid-claims", "text/csv", latin1);
        assertThat(notUtf8.statusCode()).isEqualTo(400);
        assertThat(notUtf8.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(notUtf8.body()).contains("UTF-8");

        HttpResponse<String> unknown = postCsv("/imports/unpaid-claims", HEADER.replace("contract_rate", "vat_rate")
                + claimRow("C-COL", "F-COL", "2026-01-15", "10.00"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("unknown column \\\"vat_rate\\\"");

        HttpResponse<String> missing = postCsv("/imports/payments", "invoice_number,date,amount\nF-1,2026-02-01,1.00\n");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("reference");
        assertThat(app.get("/disputes?customer=C-LATIN").body()).doesNotContain("\"id\"");
        assertThat(app.get("/disputes?customer=C-COL").body()).doesNotContain("\"id\"");
    }

    @Test
    void a_file_over_the_row_limit_answers_413_and_opens_nothing() {
        // Over 10 MB, as a file of 100,000 rows is: the server reads it whole before counting its rows.
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 70_000; i++) {
            csv.append(claimRow("C-BIG", "F-BIG-" + i, "2026-01-15", "10.00"));
        }
        HttpResponse<String> response = postCsv("/imports/unpaid-claims", csv.toString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("1000 rows");
        assertThat(app.get("/disputes?customer=C-BIG").body()).doesNotContain("\"id\"");
    }

    @Test
    void a_body_that_only_an_import_may_send_is_refused_elsewhere_with_413() {
        HttpResponse<String> response = app.postJson("/disputes/unpaid-claims", "{\"customer\":\"" + "x".repeat(7_000_000)
                + "\"}");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void the_same_import_sent_again_with_its_idempotency_key_answers_the_first_report() throws Exception {
        String csv = HEADER + claimRow("C-KEY", "F-KEY-1", "2026-01-15", "10.00");
        java.util.function.Supplier<HttpResponse<String>> send = () -> app.send(java.net.http.HttpRequest.newBuilder(
                        app.uri("/imports/unpaid-claims")).header("Content-Type", "text/csv").header("Idempotency-Key", "erp-run-7")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv)));
        HttpResponse<String> first = send.get();
        report(first);

        HttpResponse<String> again = send.get();

        assertThat(again.statusCode()).isEqualTo(first.statusCode());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
    }

    @Test
    void an_unknown_import_is_not_found() {
        assertThat(app.get("/imports/" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    private static int countOf(String page) {
        return page.split("\"id\"", -1).length - 1;
    }
}
