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
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
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
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The unpaid-claim story of DESIGN.md, told over HTTP against the running application (H2, the
 * real mail adapter, GreenMail on loopback as the SMTP server, a clock the story moves forward):
 * both reminders, the formal notice, mediation, a repayment plan paid off; every letter received
 * once, with its PDF.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnpaidClaimEndToEndTest {

    static final String MANAGER_TOKEN = "e2e-manager-token";
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-01-21T08:00:00Z"), ZoneId.of("Europe/Paris"));

    private GreenMail smtp;
    private EmbeddedServer server;
    private BlockingHttpClient http;

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
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", "jdbc:h2:mem:e2e-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        properties.put("micronaut.server.port", -1);
        properties.put("e2e.clock", "mutable");
        properties.put("amicable.dispatch.enabled", "false");
        properties.put("amicable.escalation.schedule.enabled", "false");
        properties.put("amicable.mail.host", "127.0.0.1");
        properties.put("amicable.mail.port", port);
        properties.put("amicable.security.tokens[0].name", "e2e-manager");
        properties.put("amicable.security.tokens[0].sha256", sha256(MANAGER_TOKEN));
        properties.put("amicable.security.tokens[0].role", "manager");
        server = ApplicationContext.run(EmbeddedServer.class, properties);
        http = server.getApplicationContext().createBean(HttpClient.class, server.getURL()).toBlocking();
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

    @Test
    void an_unpaid_invoice_climbs_the_ladder_to_a_repayment_plan_that_is_paid_off() throws Exception {
        String id = (String) post("/disputes/unpaid-claims", """
                {"customer":{"reference":"C-42","name":"Dupont SARL","kind":"BUSINESS","email":"compta@dupont.example",
                  "address":{"lines":["12 rue de la Paix"],"postalCode":"75002","city":"Paris","country":"FR"},
                  "phone":"+33 1 23 45 67 89","language":"FR"},
                 "invoice":{"number":"FA-2026-001","issueDate":"2025-12-15","dueDate":"2026-01-15",
                  "amount":{"amount":"1200.00","currency":"EUR"}}}""", 201).get("id");

        // Six days after the due date: the first reminder goes out, and is sent.
        escalateAndDispatch();
        assertThat(dispute(id).get("state")).isEqualTo("FIRST_REMINDER_SENT");
        CLOCK.advanceDays(10);
        escalateAndDispatch();
        assertThat(dispute(id).get("state")).isEqualTo("SECOND_REMINDER_SENT");
        CLOCK.advanceDays(10);
        escalateAndDispatch();
        assertThat(dispute(id).get("state")).isEqualTo("FORMAL_NOTICE_SENT");

        // Eight days pass unpaid: a manager must confirm the mediation.
        CLOCK.advanceDays(9);
        escalateAndDispatch();
        assertThat(dispute(id).get("state")).isEqualTo("MEDIATION_TO_CONFIRM");
        post("/disputes/" + id + "/mediation", """
                {"on":"%s","mediatorKind":"BAILIFF","mediatorName":"Maître Martin","fee":{"amount":"150.00","currency":"EUR"},
                 "confirmedBy":"marie.durand"}""".formatted(today()), 200);
        dispatch();

        // The customer signs a plan in two instalments for the whole balance, and pays both.
        @SuppressWarnings("unchecked")
        Map<String, Object> total = (Map<String, Object>) ((Map<String, Object>) dispute(id).get("balance")).get("total");
        long cents = new java.math.BigDecimal((String) total.get("amount")).movePointRight(2).longValueExact();
        String first = centsToText(cents / 2);
        String second = centsToText(cents - cents / 2);
        post("/disputes/" + id + "/repayment-plan", """
                {"on":"%s","instalments":[
                  {"number":1,"dueDate":"%s","amount":{"amount":"%s","currency":"EUR"}},
                  {"number":2,"dueDate":"%s","amount":{"amount":"%s","currency":"EUR"}}]}"""
                .formatted(today(), today().plusDays(30), first, today().plusDays(60), second), 200);
        dispatch();
        assertThat(dispute(id).get("state")).isEqualTo("REPAYMENT_PLAN");
        CLOCK.advanceDays(30);
        pay(id, first);
        CLOCK.advanceDays(30);
        pay(id, second);
        assertThat(dispute(id).get("state")).isEqualTo("SETTLED");

        // Every letter went out once, and the mail server received each exactly once with its PDF.
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> letters = (List<Map<String, Object>>) dispute(id).get("letters");
        assertThat(letters).extracting(letter -> letter.get("kind")).containsExactly("FIRST_REMINDER",
                "SECOND_REMINDER", "FORMAL_NOTICE", "MEDIATION_REFERRAL", "REPAYMENT_PLAN_CONFIRMATION");
        assertThat(letters).allSatisfy(letter -> {
            assertThat(letter.get("status")).isEqualTo("SENT");
            assertThat((String) letter.get("contentHash")).matches("[0-9a-f]{64}");
        });
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(letters.size());
        assertThat(List.of(received)).extracting(MimeMessage::getMessageID).doesNotHaveDuplicates();
        for (MimeMessage message : received) {
            assertThat(hasPdf(message)).as("PDF attached to " + message.getSubject()).isTrue();
        }
        assertThat(received[2].getSubject().toLowerCase()).contains("mise en demeure");

        // The evidence file's hash chain holds.
        Map<String, Object> evidence = get("/disputes/" + id + "/evidence");
        assertThat(evidence.toString()).contains("intact=true");
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

    private static String centsToText(long cents) {
        return java.math.BigDecimal.valueOf(cents, 2).toPlainString();
    }

    private static LocalDate today() {
        return LocalDate.now(CLOCK);
    }

    private Map<String, Object> dispute(String id) {
        return get("/disputes/" + id);
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
