package org.amicable.dispute.adapter.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every route, through the HTTP client against the embedded server, over the in-memory domain. */
@MicronautTest
class DisputeApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

    @Inject
    org.amicable.dispute.domain.inmemory.InMemoryDisputeRepository repository;

    @Inject
    org.amicable.dispute.domain.inmemory.RecordingLetterSender sender;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(http.toBlocking(), json);
    }

    static void assertProblem(Api.Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.toString()).startsWith(Problems.MEDIA_TYPE);
        Map<String, Object> problem = answer.map();
        assertThat(problem).containsKeys("type", "title", "status", "detail", "errors");
        assertThat(problem.get("status")).isEqualTo(status);
        assertThat((String) problem.get("detail")).isNotBlank();
    }

    @SuppressWarnings("unchecked")
    static List<String> fields(Api.Answer answer) {
        return ((List<Map<String, Object>>) answer.map().get("errors")).stream().map(e -> (String) e.get("field")).toList();
    }

    // ---- opening and reading ----

    @Test
    @SuppressWarnings("unchecked")
    void opensAnUnpaidClaimWithLocationETagAndMoneyAsStrings() {
        Api.Answer answer = api.post("/disputes/unpaid-claims", Api.unpaidClaim("OPEN-1", "INV-OPEN-1"), Api.INTEGRATION);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        Map<String, Object> body = answer.map();
        assertThat(answer.header(HttpHeaders.LOCATION)).isEqualTo("/disputes/" + body.get("id"));
        assertThat(answer.header(HttpHeaders.ETAG)).isEqualTo("\"1\"");
        assertThat(body).containsEntry("track", "UNPAID_CLAIM").containsEntry("state", "OPEN");
        Map<String, Object> balance = (Map<String, Object>) body.get("balance");
        assertThat(balance.get("principal")).isEqualTo(Map.of("amount", "1234.56", "currency", "EUR"));
        assertThat(balance).containsKeys("lateCharges", "indemnity", "total", "chargeKind");
        assertThat(body).containsKeys("nextStep", "nextDueOn", "limitationDate");
    }

    @Test
    @SuppressWarnings("unchecked")
    void opensAGrievanceAndAcknowledgesIt() {
        Api.Answer answer = api.post("/disputes/grievances", Api.grievance("GRV-1", "SPOILED_PRODUCT"), Api.INTEGRATION);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.map()).containsEntry("track", "GRIEVANCE").containsKey("grievance").containsKey("deadlines");
        assertThat((Map<String, Object>) answer.map().get("deadlines")).as("the deadlines keep their stable names")
                .containsOnlyKeys("firstContact");
        assertThat(answer.header(HttpHeaders.LOCATION)).startsWith("/disputes/");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aContractPenaltyRateOnTheInvoiceOrTheCustomerIsKeptAndAWrongOneRefusedNamingTheField() {
        String withRates = Api.unpaidClaim("RATE-1", "INV-RATE-1")
                .replace("\"amount\":{\"amount\":\"1234.56\"", "\"contractPenaltyRate\":\"15\",\"amount\":{\"amount\":\"1234.56\"")
                .replace("{\"reference\":\"RATE-1\"", "{\"contractPenaltyRate\":\"12.5\",\"reference\":\"RATE-1\"");
        Api.Answer opened = api.post("/disputes/unpaid-claims", withRates, Api.INTEGRATION);

        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assertThat((Map<String, Object>) opened.map().get("invoice")).containsEntry("contractPenaltyRate", "15");
        assertThat((Map<String, Object>) opened.map().get("customer")).containsEntry("contractPenaltyRate", "12.5");

        for (String wrong : List.of("-1", "0", "100.5", "abc")) {
            String body = Api.unpaidClaim("RATE-2", "INV-RATE-2").replace("\"amount\":{\"amount\":\"1234.56\"",
                    "\"contractPenaltyRate\":\"" + wrong + "\",\"amount\":{\"amount\":\"1234.56\"");
            Api.Answer answer = api.post("/disputes/unpaid-claims", body, Api.INTEGRATION);
            assertProblem(answer, 400);
            assertThat(fields(answer)).as(wrong).containsExactly("invoice.contractPenaltyRate");
        }
    }

    @Test
    void anInvoiceErrorWithoutItsInvoiceIsRefusedNamingTheField() {
        Api.Answer answer = api.post("/disputes/grievances", Api.grievance("GRV-2", "INVOICE_ERROR"), Api.MANAGER);

        assertProblem(answer, 400);
        assertThat(fields(answer)).containsExactly("invoice");
    }

    @Test
    void readsADisputeWithItsVersionAsETag() {
        String id = api.openClaim("READ-1");

        Api.Answer answer = api.get("/disputes/" + id, Api.AUDITOR);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header(HttpHeaders.ETAG)).isEqualTo("\"1\"");
        assertThat(answer.map()).containsEntry("id", id).containsEntry("version", 1);
    }

    @Test
    void anUnknownOrMalformedDisputeIsNotFound() {
        assertProblem(api.get("/disputes/019cadc6-9a80-7000-8000-000000000000", Api.MANAGER), 404);
        assertProblem(api.get("/disputes/not-a-uuid", Api.MANAGER), 404);
        assertProblem(api.get("/disputes/019cadc6-9a80-7000-8000-000000000000/timeline", Api.MANAGER), 404);
        assertProblem(api.post("/disputes/019cadc6-9a80-7000-8000-000000000000/answers",
                "{\"on\":\"2026-03-01\",\"summary\":\"will pay\"}", Api.MANAGER), 404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsDisputesFilteredAndPaginatedInAStableOrder() {
        List<String> ids = List.of(api.openClaim("LIST-A", "INV-LIST-A1"), api.openClaim("LIST-A", "INV-LIST-A2"),
                api.openClaim("LIST-A", "INV-LIST-A3"));
        api.openGrievance("LIST-A");

        Api.Answer first = api.get("/disputes?customer=LIST-A&track=UNPAID_CLAIM&limit=2", Api.INTEGRATION);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        List<Map<String, Object>> items = (List<Map<String, Object>>) first.map().get("items");
        assertThat(items).extracting(item -> item.get("id")).containsExactly(ids.get(0), ids.get(1));
        String next = (String) first.map().get("next");
        assertThat(next).isEqualTo(ids.get(1));

        Api.Answer second = api.get("/disputes?customer=LIST-A&track=UNPAID_CLAIM&limit=2&after=" + next, Api.INTEGRATION);
        List<Map<String, Object>> rest = (List<Map<String, Object>>) second.map().get("items");
        assertThat(rest).extracting(item -> item.get("id")).containsExactly(ids.get(2));
        assertThat(second.map().get("next")).isNull();

        Api.Answer due = api.get("/disputes?customer=LIST-A&dueOnOrBefore=2026-03-02&state=OPEN&openOnly=true", Api.AUDITOR);
        assertThat((List<Object>) due.map().get("items")).hasSize(3);
    }

    @Test
    void aListWithInvalidParametersIsABadRequest() {
        assertProblem(api.get("/disputes?track=NOPE", Api.MANAGER), 400);
        assertProblem(api.get("/disputes?dueOnOrBefore=2026-02-30", Api.MANAGER), 400);
        assertProblem(api.get("/disputes?limit=0", Api.MANAGER), 400);
        assertProblem(api.get("/disputes?limit=501", Api.MANAGER), 400);
        assertProblem(api.get("/disputes?after=zzz", Api.MANAGER), 400);
    }

    @Test
    void readsTheTimelineAndTheEvidenceFileAsJsonAndAsADocument() {
        String id = api.openClaim("EVID-1");

        Api.Answer timeline = api.get("/disputes/" + id + "/timeline", Api.INTEGRATION);
        assertThat(timeline.status()).isEqualTo(200);
        assertThat(timeline.body()).contains("\"type\":\"claim-opened\"", "\"hash\"", "\"amount\":\"1234.56\"",
                "\"actor\":{\"kind\":\"api-client\",\"name\":\"boss\",\"role\":\"manager\"");

        Api.Answer evidence = api.get("/disputes/" + id + "/evidence", Api.AUDITOR);
        assertThat(evidence.status()).as(evidence.toString()).isEqualTo(200);
        assertThat(evidence.map()).containsKeys("dispute", "timeline", "letters", "verification");
        assertThat(evidence.body()).contains("\"intact\":true");

        Api.Answer document = api.get("/disputes/" + id + "/evidence/document", Api.AUDITOR);
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.contentType()).startsWith("text/html");
        assertThat(document.header(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;").contains("evidence-" + id);
        assertThat(document.header("Content-Security-Policy")).isEqualTo("default-src 'none'; style-src 'unsafe-inline'");
        // The page is what the dossier writer makes of the dispute (here the domain's plain one; the words are
        // the mail adapter's, tested there and through the application).
        assertThat(document.body()).startsWith("<!DOCTYPE html>").contains("Dupont SARL", "claim-opened")
                .as("no raw JSON").doesNotContain("{\"", "\"amount\":");
    }

    // ---- letters and escalation ----

    @Test
    @SuppressWarnings("unchecked")
    void escalatesSendsTheFirstReminderAndRecordsItsDeliveryFacts() {
        String id = api.openClaim("LTR-1");

        Api.Answer preview = api.get("/escalation/preview?date=2026-03-02", Api.AUDITOR);
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.map()).containsEntry("preview", true);
        assertThat(api.version(id)).isEqualTo(1);

        Api.Answer run = api.post("/escalation/runs", "{\"date\":\"2026-03-02\"}", Api.MANAGER);
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        assertThat(run.map()).containsEntry("preview", false);
        assertThat(run.body()).contains(id, "letter-issued");

        Api.Answer dispatch = api.post("/letters/dispatch", "{\"max\":100}", Api.MANAGER);
        assertThat(dispatch.status()).as(dispatch.toString()).isEqualTo(200);
        assertThat((Integer) dispatch.map().get("sent")).isPositive();

        Api.Answer letters = api.get("/disputes/" + id + "/letters", Api.INTEGRATION);
        assertThat(letters.status()).isEqualTo(200);
        Map<String, Object> letter = (Map<String, Object>) letters.list().get(0);
        String letterId = (String) letter.get("id");
        assertThat(letter).containsEntry("status", "SENT").containsKey("contentHash");
        assertThat((Map<String, Object>) letter.get("content")).containsKey("type");

        assertThat(api.get("/disputes/" + id + "/timeline", Api.AUDITOR).body()).as("who did what")
                .contains("\"actor\":{\"kind\":\"system-job\",\"name\":\"escalation\"",
                        "\"actor\":{\"kind\":\"system-job\",\"name\":\"dispatch\"");

        Api.Answer one = api.get("/disputes/" + id + "/letters/" + letterId, Api.AUDITOR);
        assertThat(one.map()).containsEntry("id", letterId);

        Api.Answer pdf = api.get("/disputes/" + id + "/letters/" + letterId + "/pdf", Api.AUDITOR);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.header("X-Content-SHA256")).isEqualTo(letter.get("contentHash"));

        if ("REGISTERED_POST".equals(letter.get("channel"))) {
            Api.Answer tracked = api.post("/disputes/" + id + "/letters/" + letterId + "/tracking",
                    "{\"trackingNumber\":\"1A00234567890\"}", Api.MANAGER);
            assertThat(tracked.status()).as(tracked.toString()).isEqualTo(200);
            Api.Answer acknowledged = api.post("/disputes/" + id + "/letters/" + letterId + "/acknowledgment",
                    "{\"deliveredOn\":\"2026-03-02\"}", Api.MANAGER);
            assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(200);
            assertThat(acknowledged.body()).contains("1A00234567890", "\"acknowledgedOn\":\"2026-03-02\"");
        } else {
            assertProblem(api.post("/disputes/" + id + "/letters/" + letterId + "/tracking",
                    "{\"trackingNumber\":\"1A00234567890\"}", Api.MANAGER), 400);
        }

        assertProblem(api.get("/disputes/" + id + "/letters/019cadc6-9a80-7000-8000-000000000000", Api.MANAGER), 404);
        assertProblem(api.get("/disputes/" + id + "/letters/nope/pdf", Api.MANAGER), 404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSentLetterIsServedAsItWentOutAPreviewIsLabelledAndAlteredBytesAreNeverServed() {
        String id = api.openClaim("KEPT-1");
        api.post("/escalation/runs", "{\"date\":\"2026-03-02\"}", Api.MANAGER);
        api.post("/letters/dispatch", "{\"max\":100}", Api.MANAGER);
        Map<String, Object> letter = (Map<String, Object>) api.get("/disputes/" + id + "/letters", Api.INTEGRATION).list().get(0);
        String letterId = (String) letter.get("id");
        String hash = (String) letter.get("contentHash");
        byte[] wentOut = sender.sent().stream().filter(sent -> sent.letter().id().toString().equals(letterId))
                .findFirst().orElseThrow().document();

        Api.Answer pdf = api.get("/disputes/" + id + "/letters/" + letterId + "/pdf", Api.AUDITOR);
        assertThat(pdf.bytes()).isEqualTo(wentOut);
        assertThat(pdf.header("X-Content-SHA256")).isEqualTo(hash);
        assertThat(pdf.header("X-Preview")).isNull();

        Api.Answer email = api.get("/disputes/" + id + "/letters/" + letterId + "/email", Api.AUDITOR);
        assertThat(email.status()).as(email.toString()).isEqualTo(200);
        assertThat(email.contentType()).startsWith("message/rfc822");
        assertThat(email.body()).contains("Message-ID: <" + letterId + "@amicable>");

        Api.Answer preview = api.get("/disputes/" + id + "/letters/" + letterId + "/preview.pdf", Api.AUDITOR);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.header("X-Preview")).contains("not the letter as sent");
        assertThat(preview.header(HttpHeaders.CONTENT_DISPOSITION)).contains("preview-" + letterId);

        repository.alterDocument(hash, "%PDF-1.7 forged".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Api.Answer altered = api.get("/disputes/" + id + "/letters/" + letterId + "/pdf", Api.AUDITOR);
        assertProblem(altered, 500);
        assertThat(altered.map()).containsEntry("type", "https://amicable.org/problems/evidence-altered");
        assertThat((String) altered.map().get("detail")).contains(letterId, hash, "no longer matches");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRefusedLetterIsRecordedWithItsDatesAndAnOutcomeInTheFutureIsABadRequest() {
        String id = api.openClaim("RETURN-1");
        api.post("/escalation/runs", "{\"date\":\"2026-03-02\"}", Api.MANAGER);
        api.post("/letters/dispatch", "{\"max\":100}", Api.MANAGER);
        Map<String, Object> letter = (Map<String, Object>) api.get("/disputes/" + id + "/letters", Api.INTEGRATION).list().get(0);
        String path = "/disputes/" + id + "/letters/" + letter.get("id") + "/return";
        assertThat(letter).containsEntry("channel", "REGISTERED_POST");
        Api.Answer future = api.post(path, "{\"reason\":\"REFUSED\",\"firstPresentedOn\":\"2026-03-02\","
                + "\"returnedOn\":\"2026-03-03\"}", Api.MANAGER);
        assertProblem(future, 400);
        assertThat(fields(future)).containsExactly("returnedOn");
        assertProblem(api.post(path, "{\"reason\":\"REFUSED\",\"returnedOn\":\"2026-03-02\"}", Api.MANAGER), 400);

        Api.Answer refused = api.post(path, "{\"reason\":\"REFUSED\",\"firstPresentedOn\":\"2026-03-02\","
                + "\"returnedOn\":\"2026-03-02\"}", Api.MANAGER);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(200);

        // The scan of the returned envelope: checked by content, whatever the Content-Type claims.
        String scanPath = "/disputes/" + id + "/letters/" + letter.get("id") + "/scan";
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
        Api.Answer notAnImage = api.send(io.micronaut.http.HttpRequest.PUT(scanPath, "<html>not a scan</html>".getBytes())
                .contentType("image/png"), Api.MANAGER);
        assertProblem(notAnImage, 400);
        assertThat(fields(notAnImage)).containsExactly("scan");
        Api.Answer attached = api.send(io.micronaut.http.HttpRequest.PUT(scanPath, jpeg).contentType("application/octet-stream"),
                Api.MANAGER);
        assertThat(attached.status()).as(attached.toString()).isEqualTo(200);
        Api.Answer scan = api.get(scanPath, Api.AUDITOR);
        assertThat(scan.bytes()).isEqualTo(jpeg);
        assertThat(scan.contentType()).startsWith("image/jpeg");
        assertThat(scan.header("X-Content-SHA256")).isEqualTo(org.amicable.dispute.domain.model.Timeline.sha256Hex(jpeg));
        assertThat(api.get("/disputes/" + id + "/timeline", Api.AUDITOR).body()).contains("\"type\":\"letter-returned\"",
                "\"reason\":\"REFUSED\"", "\"firstPresentedOn\":\"2026-03-02\"");
    }

    @Test
    void correctedContactDetailsAreAnEntryOfTheirOwnAndTheDisputeShowsThem() {
        String id = api.openClaim("MOVED-1");

        Api.Answer corrected = api.post("/disputes/" + id + "/contact-details", "{\"address\":{\"lines\":[\"7 allée des Tilleuls\"],"
                + "\"postalCode\":\"33000\",\"city\":\"Bordeaux\",\"country\":\"FR\"},\"email\":\"new@dupont.example\"}",
                Api.INTEGRATION);

        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.body()).contains("Bordeaux", "new@dupont.example");
        assertThat(api.get("/disputes/" + id + "/timeline", Api.AUDITOR).body()).contains("\"type\":\"contact-details-corrected\"");
        assertProblem(api.post("/disputes/" + id + "/contact-details", "{\"address\":{\"lines\":[\"x\"],"
                + "\"postalCode\":\"1\",\"city\":\"y\",\"country\":\"FR\"},\"email\":\"not an email\"}",
                Api.INTEGRATION), 400);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHandOverPackHoldsTheTimelineAsStoredAndTheLettersAsSentAndPassesSha256sum() throws Exception {
        String id = api.openClaim("PACK-1");
        api.post("/escalation/runs", "{\"date\":\"2026-03-02\"}", Api.MANAGER);
        api.post("/letters/dispatch", "{\"max\":100}", Api.MANAGER);
        Map<String, Object> letter = (Map<String, Object>) api.get("/disputes/" + id + "/letters", Api.INTEGRATION).list().get(0);
        byte[] pdf = api.get("/disputes/" + id + "/letters/" + letter.get("id") + "/pdf", Api.AUDITOR).bytes();

        assertProblem(api.get("/disputes/" + id + "/evidence/pack", Api.INTEGRATION), 403);
        Api.Answer pack = api.get("/disputes/" + id + "/evidence/pack", Api.AUDITOR);

        assertThat(pack.status()).as(pack.toString()).isEqualTo(200);
        assertThat(pack.contentType()).startsWith("application/zip");
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("pack");
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(pack.bytes()))) {
            for (java.util.zip.ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                byte[] bytes = zip.readAllBytes();
                files.put(entry.getName(), bytes);
                java.nio.file.Path file = folder.resolve(entry.getName());
                java.nio.file.Files.createDirectories(file.getParent());
                java.nio.file.Files.write(file, bytes);
            }
        }
        String kind = ((String) letter.get("kind")).toLowerCase().replace('_', '-');
        assertThat(files).containsKeys("timeline.jsonl", "README.txt", "SHA256SUMS", "letters/" + kind + "-" + letter.get("id") + ".pdf");
        assertThat(files.get("letters/" + kind + "-" + letter.get("id") + ".pdf")).isEqualTo(pdf);
        List<Object> timeline = api.get("/disputes/" + id + "/timeline", Api.AUDITOR).list();
        String stored = timeline.stream().map(entry -> ((Map<String, Object>) entry).get("stored") + "\n")
                .collect(java.util.stream.Collectors.joining());
        assertThat(new String(files.get("timeline.jsonl"), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(stored);
        String lastHash = (String) ((Map<String, Object>) timeline.get(timeline.size() - 1)).get("hash");
        assertThat(new String(files.get("README.txt"), java.nio.charset.StandardCharsets.UTF_8)).contains(lastHash, "INTACT");

        Process check = new ProcessBuilder("sha256sum", "-c", "SHA256SUMS").directory(folder.toFile())
                .redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(check.waitFor()).as(output).isZero();
        assertThat(output).contains("timeline.jsonl: OK", "README.txt: OK").doesNotContain("FAILED");
    }

    @Test
    void anEscalationRunForADateAfterTodayIsRefused() {
        Api.Answer answer = api.post("/escalation/runs", "{\"date\":\"2026-03-03\"}", Api.MANAGER);

        assertProblem(answer, 400);
        assertThat(fields(answer)).containsExactly("date");
        assertProblem(api.get("/escalation/preview", Api.MANAGER), 400);
        assertProblem(api.get("/escalation/preview?date=2026-02-30", Api.MANAGER), 400);
    }

    // ---- unpaid claim ----

    @Test
    void recordsPaymentsPromisesAnswersAndCalls() {
        String id = api.openClaim("PAY-1");

        Api.Answer payment = api.post("/disputes/" + id + "/payments",
                "{\"receivedOn\":\"2026-02-20\",\"amount\":{\"amount\":\"200.00\",\"currency\":\"EUR\"},\"reference\":\"VIR-1\"}",
                Api.INTEGRATION);
        assertThat(payment.status()).as(payment.toString()).isEqualTo(200);
        assertThat(payment.header(HttpHeaders.ETAG)).isEqualTo("\"2\"");

        Api.Answer promise = api.post("/disputes/" + id + "/promises",
                "{\"on\":\"2026-03-01\",\"promisedFor\":\"2026-03-20\",\"amount\":{\"amount\":\"500\",\"currency\":\"EUR\"}}",
                Api.INTEGRATION);
        assertThat(promise.status()).as(promise.toString()).isEqualTo(200);

        Api.Answer answer = api.post("/disputes/" + id + "/answers", "{\"on\":\"2026-03-01\",\"summary\":\"Will pay the rest.\"}",
                Api.INTEGRATION);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);

        Api.Answer call = api.post("/disputes/" + id + "/phone-calls",
                "{\"on\":\"2026-03-02\",\"outcome\":\"REACHED\",\"note\":\"Confirmed the promise.\"}", Api.MANAGER);
        assertThat(call.status()).as(call.toString()).isEqualTo(200);
        assertThat(api.version(id)).isEqualTo(5);
    }

    @Test
    void aPaymentInAnotherCurrencyIsRefusedNamingTheField() {
        String id = api.openClaim("PAY-2");

        Api.Answer answer = api.post("/disputes/" + id + "/payments",
                "{\"receivedOn\":\"2026-02-20\",\"amount\":{\"amount\":\"200.00\",\"currency\":\"USD\"},\"reference\":\"VIR-1\"}",
                Api.MANAGER);

        assertProblem(answer, 400);
        assertThat(fields(answer)).containsExactly("amount");
        assertThat(api.version(id)).isEqualTo(1);
    }

    @Test
    void aTransitionTheStateDoesNotAllowIsAConflictNamingTheState() {
        String id = api.openClaim("MED-1");

        Api.Answer answer = api.post("/disputes/" + id + "/mediation",
                "{\"on\":\"2026-03-02\",\"mediatorKind\":\"BAILIFF\",\"mediatorName\":\"Maître Martin\","
                        + "\"fee\":{\"amount\":\"150.00\",\"currency\":\"EUR\"},\"confirmedBy\":\"boss\"}", Api.MANAGER);

        assertProblem(answer, 409);
        assertThat(answer.map()).containsEntry("currentState", "OPEN");
        assertThat(answer.map().get("type")).isEqualTo("https://amicable.org/problems/transition-not-allowed");

        String grievance = api.openGrievance("MED-1");
        Api.Answer payment = api.post("/disputes/" + grievance + "/payments",
                "{\"receivedOn\":\"2026-02-28\",\"amount\":{\"amount\":\"1\",\"currency\":\"EUR\"},\"reference\":\"x\"}",
                Api.MANAGER);
        assertProblem(payment, 409);
    }

    @Test
    void agreesARepaymentPlanThatAddsUpToTheBalance() {
        String id = api.openClaim("PLAN-1");
        @SuppressWarnings("unchecked")
        Map<String, Object> total = (Map<String, Object>) ((Map<String, Object>) api.get("/disputes/" + id, Api.MANAGER)
                .map().get("balance")).get("total");
        java.math.BigDecimal amount = new java.math.BigDecimal((String) total.get("amount"));
        java.math.BigDecimal half = amount.divide(java.math.BigDecimal.valueOf(2), 2, java.math.RoundingMode.DOWN);

        Api.Answer answer = api.post("/disputes/" + id + "/repayment-plan", """
                {"on":"2026-03-02","instalments":[
                  {"number":1,"dueDate":"2026-04-01","amount":{"amount":"%s","currency":"EUR"}},
                  {"number":2,"dueDate":"2026-05-01","amount":{"amount":"%s","currency":"EUR"}}]}"""
                .formatted(half.toPlainString(), amount.subtract(half).toPlainString()), Api.MANAGER);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.body()).contains("repaymentPlan");
        Api.Answer wrong = api.post("/disputes/" + api.openClaim("PLAN-2") + "/repayment-plan", """
                {"on":"2026-03-02","instalments":[{"number":1,"dueDate":"2026-04-01","amount":{"amount":"1.00","currency":"EUR"}}]}""",
                Api.MANAGER);
        assertProblem(wrong, 400);
        assertThat(fields(wrong)).containsExactly("instalments");
    }

    @Test
    void goesToCourtWritesOffAndCancels() {
        Api.Answer court = api.post("/disputes/" + api.openClaim("END-1") + "/court",
                "{\"on\":\"2026-03-02\",\"initiator\":\"CUSTOMER\",\"reason\":\"The customer asked for a judge.\"}",
                Api.MANAGER);
        assertThat(court.status()).as(court.toString()).isEqualTo(200);
        assertThat(court.map()).containsEntry("state", "LITIGATION").containsEntry("closed", true);

        // The company takes a claim of 5,000 EUR or less to court only after a mediation (CPC art. 750-1).
        Api.Answer early = api.post("/disputes/" + api.openClaim("END-4") + "/court",
                "{\"on\":\"2026-03-02\",\"initiator\":\"COMPANY\",\"reason\":\"Unpaid.\"}", Api.MANAGER);
        assertProblem(early, 409);
        assertThat(early.map()).containsEntry("currentState", "OPEN");

        Api.Answer writeOff = api.post("/disputes/" + api.openClaim("END-2") + "/write-off",
                "{\"on\":\"2026-03-02\",\"reason\":\"Not worth chasing.\"}", Api.MANAGER);
        assertThat(writeOff.status()).as(writeOff.toString()).isEqualTo(200);
        assertThat(writeOff.map()).containsEntry("closed", true);

        Api.Answer cancel = api.post("/disputes/" + api.openClaim("END-3") + "/cancellation",
                "{\"on\":\"2026-03-02\",\"reason\":\"Opened in error.\"}", Api.MANAGER);
        assertThat(cancel.status()).as(cancel.toString()).isEqualTo(200);
        assertThat(cancel.map()).containsEntry("closed", true);
    }

    // ---- grievance ----

    @Test
    void handlesAGrievanceFromManagerToResolution() {
        String id = api.openGrievance("GRV-FLOW");
        String base = "/disputes/" + id;

        assertOk(api.post(base + "/manager", "{\"manager\":\"Claire\"}", Api.MANAGER));
        assertOk(api.post(base + "/contacts", "{\"on\":\"2026-03-02\",\"note\":\"Called the customer.\"}", Api.MANAGER));
        assertOk(api.post(base + "/proposals", "{\"remedy\":\"REFUND\",\"amount\":{\"amount\":\"50.00\",\"currency\":\"EUR\"},"
                + "\"answerBy\":\"2026-03-10\",\"resolveBy\":\"2026-03-20\",\"terms\":\"We refund the pallet.\"}", Api.MANAGER));
        assertOk(api.post(base + "/proposals/answer", "{\"on\":\"2026-03-02\",\"accepted\":true}", Api.INTEGRATION));
        Api.Answer resolved = api.post(base + "/resolution", "{\"deliveredOn\":\"2026-03-02\",\"note\":\"Refunded.\"}", Api.MANAGER);
        assertOk(resolved);
        assertThat(resolved.map()).containsEntry("closed", true);
    }

    @Test
    void aRejectedProposalGoesToMediationAndAnotherGrievanceIsWithdrawn() {
        String id = api.openGrievance("GRV-MED");
        String base = "/disputes/" + id;
        assertOk(api.post(base + "/manager", "{\"manager\":\"Claire\"}", Api.MANAGER));
        assertOk(api.post(base + "/proposals", "{\"remedy\":\"REPLACEMENT\",\"answerBy\":\"2026-03-10\","
                + "\"resolveBy\":\"2026-03-20\",\"terms\":\"A new pallet.\"}", Api.MANAGER));
        assertOk(api.post(base + "/proposals/answer", "{\"on\":\"2026-03-02\",\"accepted\":false,\"reason\":\"Wants money.\"}",
                Api.INTEGRATION));
        assertOk(api.post(base + "/mediation-referral", "{\"on\":\"2026-03-02\",\"mediatorName\":\"Médiateur du e-commerce\"}",
                Api.MANAGER));

        Api.Answer withdrawn = api.post("/disputes/" + api.openGrievance("GRV-WD") + "/withdrawal",
                "{\"on\":\"2026-03-02\",\"reason\":\"Found the parcel.\"}", Api.MANAGER);
        assertOk(withdrawn);
        assertThat(withdrawn.map()).containsEntry("closed", true);
    }

    private static void assertOk(Api.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.header(HttpHeaders.ETAG)).isNotBlank();
    }

    // ---- protocol errors ----

    @Test
    void protocolErrorsAreProblems() {
        String id = api.openClaim("PROTO-1");
        String payments = "/disputes/" + id + "/payments";

        assertProblem(api.post(payments, "{\"receivedOn\":", Api.MANAGER), 400);
        assertProblem(api.post(payments, "{\"receivedOn\":\"2026-02-20\",\"amount\":{\"amount\":\"1\",\"currency\":\"EUR\"},"
                + "\"reference\":\"x\",\"extra\":1}", Api.MANAGER), 400);
        assertProblem(api.post(payments, "x".repeat(70_000), Api.MANAGER), 413);
        assertProblem(api.send(HttpRequest.POST(payments, "receivedOn=2026-02-20").contentType("text/plain"), Api.MANAGER), 415);
        assertProblem(api.get("/nowhere", Api.MANAGER), 404);
        assertProblem(api.send(HttpRequest.DELETE("/disputes/" + id), Api.MANAGER), 405);
        assertThat(api.version(id)).isEqualTo(1);
    }

    // ---- roles ----

    @Test
    void onlyAValidTokenGetsIn() {
        String id = api.openClaim("AUTH-1");

        assertProblem(api.get("/disputes/" + id, null), 401);
        assertProblem(api.get("/disputes/" + id, "not-a-token"), 401);
        assertProblem(api.post("/disputes/unpaid-claims", Api.unpaidClaim("AUTH-2", "I"), null), 401);
        assertProblem(api.get("/swagger/" + ApiDefinition.SPEC, null), 401);
        assertThat(api.get("/health", null).status()).as("health is never refused for lack of a token").isEqualTo(404);
    }

    @Test
    void eachRoleDoesWhatItMayAndNothingElse() {
        String id = api.openClaim("ROLE-1");
        String payment = "{\"receivedOn\":\"2026-02-20\",\"amount\":{\"amount\":\"1.00\",\"currency\":\"EUR\"},\"reference\":\"R\"}";

        // auditor: reads, evidence included; changes nothing
        assertThat(api.get("/disputes/" + id, Api.AUDITOR).status()).isEqualTo(200);
        assertThat(api.get("/disputes/" + id + "/evidence", Api.AUDITOR).status()).isEqualTo(200);
        assertProblem(api.post("/disputes/unpaid-claims", Api.unpaidClaim("ROLE-2", "I"), Api.AUDITOR), 403);
        assertProblem(api.post("/disputes/" + id + "/payments", payment, Api.AUDITOR), 403);
        assertProblem(api.post("/escalation/runs", "{\"date\":\"2026-03-02\"}", Api.AUDITOR), 403);

        // integration: opens, reports payments, promises and answers, reads
        assertThat(api.post("/disputes/" + id + "/payments", payment, Api.INTEGRATION).status()).isEqualTo(200);
        assertThat(api.get("/disputes", Api.INTEGRATION).status()).isEqualTo(200);
        assertProblem(api.post("/disputes/" + id + "/phone-calls",
                "{\"on\":\"2026-03-02\",\"outcome\":\"REACHED\",\"note\":\"x\"}", Api.INTEGRATION), 403);
        assertProblem(api.post("/disputes/" + id + "/write-off", "{\"on\":\"2026-03-02\",\"reason\":\"x\"}", Api.INTEGRATION), 403);
        assertProblem(api.post("/escalation/runs", "{\"date\":\"2026-03-02\"}", Api.INTEGRATION), 403);
        assertProblem(api.get("/escalation/preview?date=2026-03-02", Api.INTEGRATION), 403);

        // manager: everything
        assertThat(api.post("/disputes/" + id + "/write-off", "{\"on\":\"2026-03-02\",\"reason\":\"x\"}", Api.MANAGER).status())
                .isEqualTo(200);
        assertThat(api.version(id)).isEqualTo(3);
    }

    // ---- idempotency ----

    @Test
    void theSameKeyWithTheSameBodyReplaysTheFirstResponse() {
        String body = Api.unpaidClaim("IDEM-1", "INV-IDEM-1");
        Map<String, String> key = Map.of(IdempotentRequests.HEADER, "open-IDEM-1");

        Api.Answer first = api.post("/disputes/unpaid-claims", body, Api.INTEGRATION, key);
        Api.Answer again = api.post("/disputes/unpaid-claims", body, Api.INTEGRATION, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.map().get("id")).isEqualTo(first.map().get("id"));
        assertThat(again.header(HttpHeaders.LOCATION)).isEqualTo(first.header(HttpHeaders.LOCATION));
        assertThat(again.header(IdempotentRequests.REPLAYED)).isEqualTo("true");
        @SuppressWarnings("unchecked")
        List<Object> items = (List<Object>) api.get("/disputes?customer=IDEM-1", Api.MANAGER).map().get("items");
        assertThat(items).hasSize(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String id = api.openClaim("IDEM-2");
        Map<String, String> key = Map.of(IdempotentRequests.HEADER, "pay-IDEM-2");
        String payments = "/disputes/" + id + "/payments";

        Api.Answer first = api.post(payments,
                "{\"receivedOn\":\"2026-02-20\",\"amount\":{\"amount\":\"10.00\",\"currency\":\"EUR\"},\"reference\":\"A\"}",
                Api.INTEGRATION, key);
        Api.Answer replay = api.post(payments,
                "{\"receivedOn\":\"2026-02-20\",\"amount\":{\"amount\":\"10.00\",\"currency\":\"EUR\"},\"reference\":\"A\"}",
                Api.INTEGRATION, key);
        Api.Answer other = api.post(payments,
                "{\"receivedOn\":\"2026-02-20\",\"amount\":{\"amount\":\"99.00\",\"currency\":\"EUR\"},\"reference\":\"A\"}",
                Api.INTEGRATION, key);

        assertThat(first.status()).isEqualTo(200);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.body()).isEqualTo(first.body());
        assertProblem(other, 422);
        assertThat(api.version(id)).isEqualTo(2);
        assertProblem(api.post(payments, "{}", Api.INTEGRATION, Map.of(IdempotentRequests.HEADER, "bad\u00e9key")), 400);
    }

    @Test
    void aRefusedRequestDoesNotKeepItsKey() {
        String id = api.openClaim("IDEM-3");
        Map<String, String> key = Map.of(IdempotentRequests.HEADER, "pay-IDEM-3");
        String payments = "/disputes/" + id + "/payments";

        assertProblem(api.post(payments,
                "{\"receivedOn\":\"2026-02-20\",\"amount\":{\"amount\":\"10.00\",\"currency\":\"USD\"},\"reference\":\"A\"}",
                Api.INTEGRATION, key), 400);
        Api.Answer fixed = api.post(payments,
                "{\"receivedOn\":\"2026-02-20\",\"amount\":{\"amount\":\"10.00\",\"currency\":\"EUR\"},\"reference\":\"A\"}",
                Api.INTEGRATION, key);
        assertThat(fixed.status()).as(fixed.toString()).isEqualTo(200);
    }

    // ---- If-Match ----

    @Test
    void aChangeWithAStaleIfMatchIsRefusedWith412() {
        String id = api.openClaim("ETAG-1");
        String answer = "{\"on\":\"2026-03-01\",\"summary\":\"Will pay.\"}";

        Api.Answer matching = api.post("/disputes/" + id + "/answers", answer, Api.MANAGER, Map.of(HttpHeaders.IF_MATCH, "\"1\""));
        assertThat(matching.status()).as(matching.toString()).isEqualTo(200);
        assertThat(matching.header(HttpHeaders.ETAG)).isEqualTo("\"2\"");

        Api.Answer stale = api.post("/disputes/" + id + "/answers", answer, Api.MANAGER, Map.of(HttpHeaders.IF_MATCH, "\"1\""));
        assertProblem(stale, 412);
        assertThat(stale.header(HttpHeaders.ETAG)).isEqualTo("\"2\"");

        assertProblem(api.post("/disputes/" + id + "/answers", answer, Api.MANAGER, Map.of(HttpHeaders.IF_MATCH, "yesterday")), 400);
        assertThat(api.version(id)).isEqualTo(2);
        assertThat(api.post("/disputes/" + id + "/answers", answer, Api.MANAGER, Map.of(HttpHeaders.IF_MATCH, "*")).status())
                .isEqualTo(200);
    }
}
