package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The stories of DESIGN.md told over HTTP against the running application: the real storage
 * (H2 or PostgreSQL, per subclass), the real mail adapter sending to GreenMail on loopback, and a
 * clock the stories move forward. Every letter must reach the mail server exactly once, with its PDF.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EndToEndTest {

    static final String MANAGER_TOKEN = "e2e-manager-token";
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-01-21T08:00:00Z"), ZoneId.of("Europe/Paris"));

    private GreenMail smtp;
    private int smtpPort;
    private EmbeddedServer server;
    private BlockingHttpClient http;

    /** The database the application runs on. */
    abstract Databases database();

    @Factory
    @Requires(property = "e2e.clock", value = "mutable")
    static class TestClockFactory {
        @Singleton
        @Replaces(bean = Clock.class, factory = ClockFactory.class)
        Clock clock() {
            return CLOCK;
        }
    }

    @BeforeAll
    void start() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            smtpPort = socket.getLocalPort();
        }
        startSmtp();
        Map<String, Object> properties = new HashMap<>(database().freshDatabase());
        properties.put("micronaut.server.port", -1);
        properties.put("e2e.clock", "mutable");
        properties.put("amicable.dispatch.enabled", "false");
        properties.put("amicable.escalation.schedule.enabled", "false");
        // The whole ladder in one story: no letter waits for a manager's review here (see ReviewBeforeSending*).
        properties.put("amicable.review.kinds", "none");
        properties.put("amicable.mail.host", "127.0.0.1");
        properties.put("amicable.mail.port", smtpPort);
        properties.put("amicable.mail.timeout", "5s");
        // Letters to consumers are held while the consumer mediator is a placeholder.
        properties.put("amicable.company.mediator-name", "Médiateur du e-commerce de la FEVAD");
        properties.put("amicable.mail.print-folder", java.nio.file.Files.createTempDirectory("print").toString());
        properties.put("amicable.security.tokens[0].name", "e2e-manager");
        properties.put("amicable.security.tokens[0].sha256", sha256(MANAGER_TOKEN));
        properties.put("amicable.security.tokens[0].role", "manager");
        server = ApplicationContext.run(EmbeddedServer.class, properties);
        http = server.getApplicationContext().createBean(HttpClient.class, server.getURL()).toBlocking();
    }

    private void startSmtp() {
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    // ---- the stories ----

    @Test
    void an_unpaid_invoice_climbs_the_ladder_to_a_repayment_plan_that_is_paid_off() throws Exception {
        String email = "ladder-" + database() + "@dupont.example";
        String id = openClaim("C-LADDER", email, "FA-LADDER", today().minusDays(6), "1200.00");

        escalateAndDispatch();
        assertThat(state(id)).isEqualTo("FIRST_REMINDER_SENT");
        CLOCK.advanceDays(10);
        escalateAndDispatch();
        assertThat(state(id)).isEqualTo("SECOND_REMINDER_SENT");
        CLOCK.advanceDays(10);
        escalateAndDispatch();
        assertThat(state(id)).isEqualTo("FORMAL_NOTICE_SENT");

        // Eight days pass unpaid: a manager must confirm the mediation.
        CLOCK.advanceDays(9);
        escalateAndDispatch();
        assertThat(state(id)).isEqualTo("MEDIATION_TO_CONFIRM");
        post("/disputes/" + id + "/mediation", """
                {"on":"%s","mediatorKind":"BAILIFF","mediatorName":"Maître Martin",
                 "fee":{"amount":"150.00","currency":"EUR"},"confirmedBy":"marie.durand"}""".formatted(today()), 200);
        dispatch();

        // The customer signs a plan in two instalments for the whole balance, and pays both.
        long cents = amountInCents(balanceTotal(id));
        String first = centsToText(cents / 2);
        String second = centsToText(cents - cents / 2);
        post("/disputes/" + id + "/repayment-plan", """
                {"on":"%s","instalments":[
                  {"number":1,"dueDate":"%s","amount":{"amount":"%s","currency":"EUR"}},
                  {"number":2,"dueDate":"%s","amount":{"amount":"%s","currency":"EUR"}}]}"""
                .formatted(today(), today().plusDays(30), first, today().plusDays(60), second), 200);
        dispatch();
        assertThat(state(id)).isEqualTo("REPAYMENT_PLAN");
        CLOCK.advanceDays(30);
        pay(id, first);
        CLOCK.advanceDays(30);
        pay(id, second);
        assertThat(state(id)).isEqualTo("SETTLED");

        assertThat(letterKinds(id)).containsExactly("FIRST_REMINDER", "SECOND_REMINDER", "FORMAL_NOTICE",
                "MEDIATION_REFERRAL", "REPAYMENT_PLAN_CONFIRMATION");
        assertEveryLetterReceivedOnceWithItsPdf(id, email);
        MimeMessage notice = messagesTo(email).get(2);
        assertThat(notice.getSubject().toLowerCase()).contains("mise en demeure");
        // What a lawyer reads in the business formal notice: the deadline as the claim counts it, the rate
        // and its basis, the company's identity, how to pay, the references.
        assertThat(notice.getSubject()).contains("dossier n° " + id);
        assertThat(plainText(notice)).contains("mise en demeure au sens de l'article 1344 du Code civil",
                "dans un délai de huit jours à compter de la réception de la présente lettre",
                "Taux annuel appliqué : 12,15 % (taux de refinancement de la Banque centrale européenne majoré de 10 points",
                "SIREN 123 456 782", "IBAN : FR76 3000 6000 0112 3456 7890 189", "Claire Martin");
        assertThat(get("/disputes/" + id + "/evidence").toString()).contains("intact=true");
    }

    @Test
    void a_spoiled_delivery_is_settled_by_a_refund_within_the_agreed_deadline() throws Exception {
        String email = "grievance-" + database() + "@example.org";
        String id = (String) post("/disputes/grievances", """
                {"customer":%s,"cause":"SPOILED_PRODUCT","description":"Les yaourts livrés étaient périmés.",
                 "complaintDate":"%s"}""".formatted(consumer("G-SPOILED", email), today()), 201).get("id");
        dispatch();
        post("/disputes/" + id + "/manager", "{\"manager\":\"paul.leroy\"}", 200);
        post("/disputes/" + id + "/proposals", """
                {"remedy":"REFUND","amount":{"amount":"49.90","currency":"EUR"},"answerBy":"%s","resolveBy":"%s",
                 "terms":"Remboursement intégral de la commande."}""".formatted(today().plusDays(7), today().plusDays(14)),
                200);
        dispatch();
        CLOCK.advanceDays(2);
        post("/disputes/" + id + "/proposals/answer", "{\"on\":\"%s\",\"accepted\":true}".formatted(today()), 200);
        dispatch();
        assertThat(state(id)).isEqualTo("AGREED");
        CLOCK.advanceDays(5);
        post("/disputes/" + id + "/resolution", """
                {"deliveredOn":"%s","note":"Virement de 49,90 EUR effectué."}""".formatted(today()), 200);
        dispatch();

        assertThat(state(id)).isEqualTo("RESOLVED_ON_TIME");
        assertThat(letterKinds(id)).containsExactly("GRIEVANCE_ACKNOWLEDGMENT", "SETTLEMENT_PROPOSAL",
                "AGREEMENT_CONFIRMATION", "RESOLUTION_CONFIRMATION");
        assertEveryLetterReceivedOnceWithItsPdf(id, email);
    }

    @Test
    void an_invoice_error_grievance_holds_the_chase_which_resumes_on_the_corrected_amount() throws Exception {
        String email = "link-" + database() + "@dupont.example";
        String claim = openClaim("C-LINK", email, "FA-LINK", today().minusDays(6), "1200.00");
        escalateAndDispatch();
        assertThat(state(claim)).isEqualTo("FIRST_REMINDER_SENT");

        String grievance = (String) post("/disputes/grievances", """
                {"customer":%s,"cause":"INVOICE_ERROR","description":"Facturé 1200 au lieu de 1000.",
                 "invoice":%s,"complaintDate":"%s"}""".formatted(business("C-LINK", email),
                invoice("FA-LINK", today().minusDays(6), "1200.00"), today()), 201).get("id");
        assertThat(get("/disputes/" + claim).toString()).contains("held by grievance " + grievance);

        // Held: twenty days later the chase has not moved.
        CLOCK.advanceDays(20);
        escalateAndDispatch();
        assertThat(state(claim)).isEqualTo("FIRST_REMINDER_SENT");

        post("/disputes/" + grievance + "/manager", "{\"manager\":\"paul.leroy\"}", 200);
        post("/disputes/" + grievance + "/proposals", """
                {"remedy":"INVOICE_CORRECTION","amount":{"amount":"1000.00","currency":"EUR"},"answerBy":"%s",
                 "resolveBy":"%s","terms":"Facture rectifiée à 1000 EUR."}"""
                .formatted(today().plusDays(7), today().plusDays(10)), 200);
        post("/disputes/" + grievance + "/proposals/answer", "{\"on\":\"%s\",\"accepted\":true}".formatted(today()), 200);
        post("/disputes/" + grievance + "/resolution", """
                {"deliveredOn":"%s","note":"Facture rectificative émise.","correctionReference":"FA-LINK-R1"}"""
                .formatted(today()), 200);
        dispatch();

        // The chase resumes on the corrected amount, and climbs again ten days later.
        @SuppressWarnings("unchecked")
        Map<String, Object> principal = (Map<String, Object>) balance(claim).get("principal");
        assertThat(principal.get("amount")).isEqualTo("1000.00");
        CLOCK.advanceDays(10);
        escalateAndDispatch();
        assertThat(state(claim)).isEqualTo("SECOND_REMINDER_SENT");
        assertEveryLetterReceivedOnceWithItsPdf(claim, email, grievance);
        // The second reminder states the corrected amount and the corrected invoice; the first amount only as history.
        List<MimeMessage> received = messagesTo(email);
        String secondReminder = plainText(received.get(received.size() - 1));
        assertThat(secondReminder).contains("d'un montant de 1 000,00 EUR", "a été rectifié à 1 000,00 EUR "
                + "(montant initialement facturé : 1 200,00 EUR)", "Document de rectification : FA-LINK-R1.")
                .doesNotContain("d'un montant de 1 200,00 EUR");
    }

    @Test
    void letters_decided_while_the_mail_server_is_down_are_all_sent_once_when_it_returns() throws Exception {
        String email = "outage-" + database() + "@dupont.example";
        String id = openClaim("C-OUTAGE", email, "FA-OUTAGE", today().minusDays(6), "300.00");
        smtp.stop();
        try {
            post("/escalation/runs", "{\"date\":\"" + today() + "\"}", 200);
            Map<String, Object> report = post("/letters/dispatch", "{\"max\":50}", 200);
            assertThat(report.get("retrying")).isEqualTo(1);
            assertThat(report.get("sent")).isEqualTo(0);
            // Still down an hour later: retried, still pending.
            CLOCK.advanceHours(1);
            assertThat(post("/letters/dispatch", "{\"max\":50}", 200).get("retrying")).isEqualTo(1);
        } finally {
            startSmtp();
        }
        CLOCK.advanceHours(1);
        assertThat(post("/letters/dispatch", "{\"max\":50}", 200).get("sent")).isEqualTo(1);
        assertThat(post("/letters/dispatch", "{\"max\":50}", 200).get("sent")).isEqualTo(0);
        assertEveryLetterReceivedOnceWithItsPdf(id, email);
    }

    @Test
    void concurrent_payments_on_one_dispute_are_all_recorded_and_none_fails() throws Exception {
        String id = openClaim("C-CONCURRENT", "concurrent-" + database() + "@dupont.example", "FA-CONCURRENT",
                today().plusDays(20), "1000.00");
        String payment = "{\"receivedOn\":\"" + today() + "\",\"amount\":{\"amount\":\"10.00\",\"currency\":\"EUR\"},"
                + "\"reference\":\"PART\"}";
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Map<String, Object>>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 24; i++) {
                answers.add(clients.submit(() -> post("/disputes/" + id + "/payments", payment, 200)));
            }
            for (java.util.concurrent.Future<Map<String, Object>> answer : answers) {
                answer.get(2, java.util.concurrent.TimeUnit.MINUTES);
            }
        } finally {
            clients.shutdownNow();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> principal = (Map<String, Object>) balance(id).get("principal");
        assertThat(principal.get("amount")).isEqualTo("760.00");
        assertThat(((Number) get("/disputes/" + id).get("version")).intValue()).isEqualTo(25);
    }

    @Test
    void the_metrics_show_the_letters_the_disputes_and_the_escalation_runs() {
        openClaim("C-METRICS", "metrics-" + database() + "@dupont.example", "FA-METRICS", today().minusDays(6), "10.00");
        escalateAndDispatch();
        String metrics = http.retrieve(HttpRequest.GET("/prometheus").bearerAuth(MANAGER_TOKEN), String.class);
        assertThat(metrics).contains("amicable_letters{status=\"sent\"}", "amicable_letters{status=\"failed\"}",
                "amicable_disputes{state=\"first_reminder_sent\",track=\"unpaid_claim\"}",
                "amicable_escalation_runs_seconds_count{outcome=\"done\"}");
    }

    @Test
    void a_manager_previews_a_letter_with_the_real_wording_and_a_name_no_font_draws_is_named() {
        String path = "/templates/FORMAL_NOTICE/preview.pdf?language=FR&customer=CONSUMER&name=";
        HttpResponse<byte[]> preview = http.exchange(HttpRequest.GET(path + "%7Bamount%7D%20SARL").bearerAuth(MANAGER_TOKEN),
                byte[].class);

        assertThat(preview.getContentType()).hasValueSatisfying(type -> assertThat(type.toString()).startsWith("application/pdf"));
        assertThat(new String(preview.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(preview.header("X-Preview")).contains("nothing sent");

        try {
            http.exchange(HttpRequest.GET(path + "%F0%93%80%80%20SARL").bearerAuth(MANAGER_TOKEN), byte[].class);
            throw new AssertionError("a name no font draws was rendered");
        } catch (HttpClientResponseException e) {
            assertThat(e.getStatus().getCode()).isEqualTo(422);
            assertThat(e.getResponse().getBody(String.class)).hasValueSatisfying(body ->
                    assertThat(body).contains("customer.name", "U+13000"));
        }
    }

    // ---- helpers ----

    private String openClaim(String reference, String email, String invoiceNumber, LocalDate dueDate, String amount) {
        return (String) post("/disputes/unpaid-claims", "{\"customer\":%s,\"invoice\":%s}"
                .formatted(business(reference, email), invoice(invoiceNumber, dueDate, amount)), 201).get("id");
    }

    private static String business(String reference, String email) {
        return """
                {"reference":"%s","name":"Dupont SARL","kind":"BUSINESS","email":"%s",
                 "address":{"lines":["12 rue de la Paix"],"postalCode":"75002","city":"Paris","country":"FR"},
                 "phone":"+33 1 23 45 67 89","language":"FR"}""".formatted(reference, email);
    }

    private static String consumer(String reference, String email) {
        return """
                {"reference":"%s","name":"Claire Petit","kind":"CONSUMER","email":"%s",
                 "address":{"lines":["3 place du Marché"],"postalCode":"69001","city":"Lyon","country":"FR"},
                 "language":"FR"}""".formatted(reference, email);
    }

    private static String invoice(String number, LocalDate dueDate, String amount) {
        return """
                {"number":"%s","issueDate":"%s","dueDate":"%s","amount":{"amount":"%s","currency":"EUR"}}"""
                .formatted(number, dueDate.minusDays(30), dueDate, amount);
    }

    /** Each letter of the disputes is SENT with its hash, and reached the mail server once, with a PDF. */
    private void assertEveryLetterReceivedOnceWithItsPdf(String id, String email, String... otherIds) throws Exception {
        List<Map<String, Object>> letters = Stream.concat(Stream.of(id), Stream.of(otherIds))
                .flatMap(dispute -> letters(dispute).stream()).toList();
        assertThat(letters).allSatisfy(letter -> {
            assertThat(letter.get("status")).isEqualTo("SENT");
            assertThat((String) letter.get("contentHash")).matches("[0-9a-f]{64}");
        });
        List<MimeMessage> received = messagesTo(email);
        assertThat(received).hasSize(letters.size());
        assertThat(received).extracting(MimeMessage::getMessageID).doesNotHaveDuplicates();
        for (MimeMessage message : received) {
            assertThat(hasPdf(message)).as("PDF attached to " + message.getSubject()).isTrue();
        }
    }

    /** The plain-text alternative of a letter's email, with no-break spaces as spaces. */
    private static String plainText(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return ((String) part.getContent()).replace('\u00A0', ' ');
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    private List<MimeMessage> messagesTo(String email) throws Exception {
        List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getRecipients(Message.RecipientType.TO)[0].toString().contains(email)) {
                found.add(message);
            }
        }
        return found;
    }

    private void escalateAndDispatch() {
        post("/escalation/runs", "{\"date\":\"" + today() + "\"}", 200);
        dispatch();
    }

    private void dispatch() {
        post("/letters/dispatch", "{\"max\":50}", 200);
    }

    private void pay(String id, String amount) {
        post("/disputes/" + id + "/payments", """
                {"receivedOn":"%s","amount":{"amount":"%s","currency":"EUR"},"reference":"VIR-%s"}"""
                .formatted(today(), amount, today()), 200);
    }

    private String state(String id) {
        return (String) get("/disputes/" + id).get("state");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> balance(String id) {
        return (Map<String, Object>) get("/disputes/" + id).get("balance");
    }

    @SuppressWarnings("unchecked")
    private String balanceTotal(String id) {
        return (String) ((Map<String, Object>) balance(id).get("total")).get("amount");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> letters(String id) {
        return (List<Map<String, Object>>) get("/disputes/" + id).get("letters");
    }

    private List<Object> letterKinds(String id) {
        return letters(id).stream().map(letter -> letter.get("kind")).toList();
    }

    private static long amountInCents(String amount) {
        return new BigDecimal(amount).movePointRight(2).longValueExact();
    }

    private static String centsToText(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    static LocalDate today() {
        return LocalDate.now(CLOCK);
    }

    private Map<String, Object> get(String path) {
        return http.retrieve(HttpRequest.GET(path).bearerAuth(MANAGER_TOKEN), Argument.mapOf(String.class, Object.class));
    }

    private Map<String, Object> post(String path, String json, int expectedStatus) {
        try {
            HttpResponse<Map<String, Object>> response = http.exchange(HttpRequest.POST(path, json)
                    .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(MANAGER_TOKEN),
                    Argument.mapOf(String.class, Object.class));
            assertThat(response.code()).as(path).isEqualTo(expectedStatus);
            return response.body();
        } catch (HttpClientResponseException e) {
            throw new AssertionError(path + " answered " + e.getStatus() + ": " + e.getResponse().getBody(String.class)
                    .orElse(""), e);
        }
    }

    private static boolean hasPdf(Part part) throws Exception {
        if (part.isMimeType("application/pdf")) {
            return true;
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                if (hasPdf(multipart.getBodyPart(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
