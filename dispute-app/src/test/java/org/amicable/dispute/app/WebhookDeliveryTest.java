package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.json.JsonMapper;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Webhooks delivered to a real HTTP receiver on loopback (the JDK's HttpServer), as Standard Webhooks
 * says: each message signed over {@code id.timestamp.body} with the endpoint's secret, checked here by
 * an implementation of the receiver's own; a message the receiver refused comes again with the same
 * id; an endpoint that never answers gets its message retried, then given up; the delivery log says so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WebhookDeliveryTest {

    static final byte[] KEY = "a webhook secret of 32 bytes....".getBytes(StandardCharsets.US_ASCII);
    static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(KEY);

    /** One request as the receiver got it. */
    record Received(String id, String timestamp, String signature, String body, int answered) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Set<String> refusedOnce = ConcurrentHashMap.newKeySet();
    private HttpServer receiver;
    private RunningApp app;
    private JsonMapper json;

    abstract Databases database();

    @BeforeAll
    void start() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            // The first delivery of each claim.opened message is refused: it must come again.
            int status = body.contains("\"type\":\"claim.opened\"") && refusedOnce.add(id) ? 500 : 204;
            received.add(new Received(id, exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, Object> settings = new HashMap<>();
        settings.put("amicable.webhooks.interval", "100ms");
        settings.put("amicable.webhooks.initial-delay", "100ms");
        settings.put("amicable.webhooks.backoff", "100ms");
        settings.put("amicable.webhooks.max-attempts", 3);
        settings.put("amicable.webhooks.endpoints[0].name", "erp");
        settings.put("amicable.webhooks.endpoints[0].url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
        settings.put("amicable.webhooks.endpoints[0].secret", SECRET);
        settings.put("amicable.webhooks.endpoints[1].name", "gone");
        settings.put("amicable.webhooks.endpoints[1].url", "http://127.0.0.1:" + closedPort + "/hook");
        settings.put("amicable.webhooks.endpoints[1].secret", SECRET);
        settings.put("amicable.webhooks.endpoints[1].types", "claim.opened");
        app = RunningApp.start(database(), settings);
        json = app.context().getBean(JsonMapper.class);
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    /** The receiver's check, written from the Standard Webhooks specification. */
    static boolean signatureHolds(Received request) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(
                (request.id() + "." + request.timestamp() + "." + request.body()).getBytes(StandardCharsets.UTF_8)));
        return List.of(request.signature().split(" ")).contains(expected);
    }

    private String openClaim(String customer, String invoice) {
        HttpResponse<String> response = app.postJson("/disputes/unpaid-claims", "{\"customer\":%s,\"invoice\":%s}"
                .formatted(RunningApp.business(customer), RunningApp.invoice(invoice, "2026-01-15", "800.00")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private List<Received> receivedAbout(String disputeId, String type) {
        return received.stream().filter(request -> request.body().contains(disputeId)
                && request.body().contains("\"type\":\"" + type + "\"")).toList();
    }

    private static <T> T eventually(Supplier<T> value, java.util.function.Predicate<T> done) throws InterruptedException {
        T current = value.get();
        for (int i = 0; i < 1200 && !done.test(current); i++) {
            Thread.sleep(50);
            current = value.get();
        }
        return current;
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_claim_opened_refused_once_comes_again_with_the_same_id_and_a_valid_signature() throws Exception {
        String location = openClaim("C-HOOK", "F-HOOK");
        String disputeId = location.substring(location.lastIndexOf('/') + 1);

        List<Received> opened = eventually(() -> receivedAbout(disputeId, "claim.opened"), list -> list.size() >= 2);

        assertThat(opened).hasSize(2);
        assertThat(opened).extracting(Received::answered).containsExactly(500, 204);
        assertThat(opened.get(1).id()).isEqualTo(opened.get(0).id()).startsWith("msg_");
        assertThat(opened).allSatisfy(request -> assertThat(signatureHolds(request)).isTrue());
        Map<String, Object> message = json.readValue(opened.get(1).body(), Map.class);
        assertThat(message).containsKeys("type", "timestamp", "data");
        Map<String, Object> data = (Map<String, Object>) message.get("data");
        assertThat(data).containsEntry("disputeId", disputeId).containsEntry("invoiceNumber", "F-HOOK")
                .containsEntry("customerReference", "C-HOOK");
        assertThat(((Map<String, Object>) data.get("entry")).get("type")).isEqualTo("claim-opened");

        List<Map<String, Object>> log = eventually(() -> deliveries("erp"), entries -> entries.stream().anyMatch(
                entry -> entry.get("id").equals(opened.get(0).id()) && entry.get("status").equals("DELIVERED")));
        Map<String, Object> delivered = log.stream().filter(entry -> entry.get("id").equals(opened.get(0).id()))
                .findFirst().orElseThrow();
        assertThat(delivered).containsEntry("type", "claim.opened").containsEntry("attempts", 2);
        assertThat((List<Map<String, Object>>) delivered.get("log")).extracting(attempt -> attempt.get("statusCode"))
                .containsExactly(500, 204);
    }

    @Test
    void a_payment_and_a_change_of_state_are_told_and_a_tampered_body_fails_the_check() throws Exception {
        String location = openClaim("C-HOOK2", "F-HOOK2");
        String disputeId = location.substring(location.lastIndexOf('/') + 1);
        assertThat(app.postJson(location + "/payments", "{\"receivedOn\":\"2026-02-01\",\"amount\":{\"amount\":\"100.00\","
                + "\"currency\":\"EUR\"},\"reference\":\"VIR-9\"}").statusCode()).isEqualTo(200);
        assertThat(app.postJson(location + "/cancellation", "{\"on\":\"2026-02-02\",\"reason\":\"paid elsewhere\"}")
                .statusCode()).isEqualTo(200);

        List<Received> payments = eventually(() -> receivedAbout(disputeId, "payment.recorded"), list -> !list.isEmpty());
        List<Received> states = eventually(() -> receivedAbout(disputeId, "dispute.state-changed"), list -> !list.isEmpty());

        assertThat(payments).hasSize(1);
        assertThat(payments.get(0).body()).contains("VIR-9");
        assertThat(states).hasSize(1);
        assertThat(states.get(0).body()).contains("\"from\":\"OPEN\"").contains("\"to\":\"CANCELLED\"");
        assertThat(signatureHolds(states.get(0))).isTrue();
        Received tampered = new Received(states.get(0).id(), states.get(0).timestamp(), states.get(0).signature(),
                states.get(0).body().replace("CANCELLED", "SETTLED"), 0);
        assertThat(signatureHolds(tampered)).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_endpoint_that_never_answers_is_tried_again_then_given_up_and_its_log_says_why() throws Exception {
        String location = openClaim("C-GONE", "F-GONE");
        String disputeId = location.substring(location.lastIndexOf('/') + 1);

        List<Map<String, Object>> log = eventually(() -> deliveries("gone"), entries -> entries.stream().anyMatch(
                entry -> entry.get("disputeId").equals(disputeId) && entry.get("status").equals("FAILED")));

        Map<String, Object> failed = log.stream().filter(entry -> entry.get("disputeId").equals(disputeId)).findFirst()
                .orElseThrow();
        assertThat(failed).containsEntry("status", "FAILED").containsEntry("attempts", 3).containsEntry("type", "claim.opened");
        assertThat((List<Map<String, Object>>) failed.get("log")).hasSize(3)
                .allSatisfy(attempt -> assertThat(attempt.get("error").toString()).contains("Connect"));
        assertThat(log).extracting(entry -> entry.get("type")).containsOnly("claim.opened");
        assertThat(app.get("/webhooks/endpoints/nobody/deliveries").statusCode()).isEqualTo(404);
        assertThat(app.get("/webhooks/endpoints").body()).contains("\"erp\"").contains("\"gone\"");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> deliveries(String endpoint) {
        HttpResponse<String> response = app.get("/webhooks/endpoints/" + endpoint + "/deliveries?limit=500");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try {
            return new ArrayList<>(json.readValue(response.body(), io.micronaut.core.type.Argument.listOf(
                    io.micronaut.core.type.Argument.mapOf(String.class, Object.class))));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
