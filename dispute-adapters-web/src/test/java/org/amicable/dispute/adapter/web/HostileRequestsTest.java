package org.amicable.dispute.adapter.web;

import io.micronaut.core.type.Argument;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table of hostile requests against every POST: each gets a 4xx problem body and changes nothing. The
 * bodies are built from one valid body per route, by breaking it as a whole or one field at a time.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRequestsTest {

    /** A POST route, a valid body for it, and on which kind of dispute it acts. */
    record Route(String name, String path, String validBody, boolean onGrievance) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final String MONEY = "{\"amount\":\"10.00\",\"currency\":\"EUR\"}";
    static final String LETTER = "019cadc6-9a80-7000-8000-000000000001";

    static Stream<Route> routes() {
        return Stream.of(
                new Route("open unpaid claim", "/disputes/unpaid-claims", Api.unpaidClaim("HOSTILE", "INV-H"), false),
                new Route("open grievance", "/disputes/grievances", Api.grievance("HOSTILE", "SPOILED_PRODUCT"), false),
                new Route("payment", "/disputes/{id}/payments",
                        "{\"receivedOn\":\"2026-02-20\",\"amount\":" + MONEY + ",\"reference\":\"VIR-1\"}", false),
                new Route("customer payment", "/customers/HOSTILE/payments",
                        "{\"receivedOn\":\"2026-02-20\",\"amount\":" + MONEY + ",\"reference\":\"VIR-1\","
                        + "\"invoices\":[{\"invoiceNumber\":\"INV-H\",\"amount\":" + MONEY + "}]}", false),
                new Route("promise", "/disputes/{id}/promises",
                        "{\"on\":\"2026-03-01\",\"promisedFor\":\"2026-03-20\",\"amount\":" + MONEY + "}", false),
                new Route("answer", "/disputes/{id}/answers", "{\"on\":\"2026-03-01\",\"summary\":\"Will pay.\"}", false),
                new Route("phone call", "/disputes/{id}/phone-calls",
                        "{\"on\":\"2026-03-01\",\"outcome\":\"PROMISED\",\"promisedFor\":\"2026-03-20\",\"note\":\"ok\"}", false),
                new Route("mediation", "/disputes/{id}/mediation", "{\"on\":\"2026-03-01\",\"mediatorKind\":\"BAILIFF\","
                        + "\"mediatorName\":\"Maître Martin\",\"fee\":" + MONEY + ",\"confirmedBy\":\"boss\"}", false),
                new Route("repayment plan", "/disputes/{id}/repayment-plan", "{\"on\":\"2026-03-02\",\"instalments\":["
                        + "{\"number\":1,\"dueDate\":\"2026-04-01\",\"amount\":" + MONEY + "}]}", false),
                new Route("court", "/disputes/{id}/court",
                        "{\"on\":\"2026-03-01\",\"initiator\":\"COMPANY\",\"reason\":\"Unpaid.\"}", false),
                new Route("write-off", "/disputes/{id}/write-off", "{\"on\":\"2026-03-01\",\"reason\":\"Lost.\"}", false),
                new Route("cancellation", "/disputes/{id}/cancellation", "{\"on\":\"2026-03-01\",\"reason\":\"Error.\"}", false),
                new Route("tracking", "/disputes/{id}/letters/" + LETTER + "/tracking", "{\"trackingNumber\":\"1A0023\"}", false),
                new Route("acknowledgment", "/disputes/{id}/letters/" + LETTER + "/acknowledgment",
                        "{\"deliveredOn\":\"2026-03-01\"}", false),
                new Route("letter return", "/disputes/{id}/letters/" + LETTER + "/return",
                        "{\"reason\":\"REFUSED\",\"firstPresentedOn\":\"2026-03-01\",\"returnedOn\":\"2026-03-02\"}", false),
                new Route("contact details", "/disputes/{id}/contact-details", "{\"address\":{\"lines\":[\"1 rue Neuve\"],"
                        + "\"postalCode\":\"75001\",\"city\":\"Paris\",\"country\":\"FR\"},\"email\":\"a@b.example\"}", false),
                new Route("manager", "/disputes/{id}/manager", "{\"manager\":\"Claire\"}", true),
                new Route("contact", "/disputes/{id}/contacts", "{\"on\":\"2026-03-01\",\"note\":\"Called.\"}", true),
                new Route("proposal", "/disputes/{id}/proposals", "{\"remedy\":\"REFUND\",\"amount\":" + MONEY
                        + ",\"answerBy\":\"2026-03-10\",\"resolveBy\":\"2026-03-20\",\"terms\":\"Refund.\"}", true),
                new Route("proposal answer", "/disputes/{id}/proposals/answer",
                        "{\"on\":\"2026-03-01\",\"accepted\":false,\"reason\":\"No.\"}", true),
                new Route("mediation referral", "/disputes/{id}/mediation-referral",
                        "{\"on\":\"2026-03-01\",\"mediatorName\":\"Médiateur\"}", true),
                new Route("resolution", "/disputes/{id}/resolution", "{\"deliveredOn\":\"2026-03-01\",\"note\":\"Done.\"}", true),
                new Route("withdrawal", "/disputes/{id}/withdrawal", "{\"on\":\"2026-03-01\",\"reason\":\"Gone.\"}", true),
                new Route("escalation run", "/escalation/runs", "{\"date\":\"2026-03-02\"}", false),
                new Route("dispatch", "/letters/dispatch", "{\"max\":10}", false));
    }

    static final Set<String> DATES = Set.of("on", "receivedOn", "promisedFor", "issueDate", "dueDate", "complaintDate",
            "answerBy", "resolveBy", "deliveredOn", "date", "firstPresentedOn", "returnedOn");
    static final Set<String> ENUMS = Set.of("kind", "cause", "outcome", "remedy", "mediatorKind", "initiator", "language");
    static final Set<String> MULTILINE = Set.of("note", "reason", "summary", "description", "terms");

    static final String LONG_UNICODE = "Ωμέγα 日本語 😀 ".repeat(600);
    static final String SQL = "'; DROP TABLE disputes; --";
    static final String HTML = "<script>alert(1)</script>";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

    Api api;
    String claim;
    String grievance;

    @BeforeEach
    void disputes() {
        api = new Api(http.toBlocking(), json);
        if (claim == null) {
            claim = api.openClaim("SENTINEL");
            grievance = api.openGrievance("SENTINEL");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void everyHostileRequestGetsAProblemAndChangesNothing(Route route) {
        String path = route.path().replace("{id}", route.onGrievance() ? grievance : claim);
        long claimVersion = api.version(claim);
        long grievanceVersion = api.version(grievance);
        int disputes = countDisputes();

        SoftAssertions soft = new SoftAssertions();
        for (Map.Entry<String, String> hostile : hostileBodies(route.validBody()).entrySet()) {
            Api.Answer answer = api.post(path, hostile.getValue(), Api.MANAGER);
            String what = route.name() + " with " + hostile.getKey() + " -> " + answer;
            soft.assertThat(answer.status()).as(what).isBetween(400, 499);
            soft.assertThat(answer.contentType()).as(what).startsWith(Problems.MEDIA_TYPE);
            if (answer.contentType() != null && answer.contentType().startsWith(Problems.MEDIA_TYPE)) {
                Map<String, Object> problem = answer.map();
                soft.assertThat(String.valueOf(problem.get("detail")) + problem.get("errors")).as(what + ": names no Java type")
                        .doesNotContainPattern("java\\.|micronaut|jackson|amicable\\.|Exception|Feature|Requests|\\$|Json\\.");
            }
            if (answer.contentType() != null && answer.contentType().startsWith(Problems.MEDIA_TYPE)) {
                soft.assertThat(answer.map()).as(what).containsKeys("type", "title", "status", "detail", "errors");
            }
        }
        soft.assertThat(api.version(claim)).as(route.name() + ": the claim changed").isEqualTo(claimVersion);
        soft.assertThat(api.version(grievance)).as(route.name() + ": the grievance changed").isEqualTo(grievanceVersion);
        soft.assertThat(countDisputes()).as(route.name() + ": a dispute was opened").isEqualTo(disputes);
        soft.assertAll();
    }

    @Test
    void freeTextIsKeptVerbatimAndReturnedAsJsonNeverInterpreted() {
        String id = api.openClaim("VERBATIM");
        Api.Answer answer = api.post("/disputes/" + id + "/answers",
                json(Map.of("on", "2026-03-01", "summary", SQL + "\n" + HTML)), Api.INTEGRATION);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        Api.Answer timeline = api.get("/disputes/" + id + "/timeline", Api.MANAGER);
        assertThat(timeline.list().toString()).contains(SQL, HTML);
    }

    private int countDisputes() {
        @SuppressWarnings("unchecked")
        List<Object> items = (List<Object>) api.get("/disputes?limit=500", Api.MANAGER).map().get("items");
        return items.size();
    }

    /** Every way to break the valid body, by name. */
    Map<String, String> hostileBodies(String validBody) {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("malformed JSON", validBody.substring(0, validBody.length() / 2));
        bodies.put("empty body", "");
        bodies.put("a JSON array", "[]");
        bodies.put("a JSON string", "\"hello\"");
        bodies.put("a JSON number", "42");
        bodies.put("JSON null", "null");
        bodies.put("an empty object", "{}");
        bodies.put("a body over the size limit", validBody.replaceFirst("\\{", "{\"padding\":\"" + "x".repeat(70_000) + "\","));
        bodies.put("deep nesting", "[".repeat(5000) + "]".repeat(5000));
        Map<String, Object> valid = read(validBody);
        Map<String, Object> unknown = new LinkedHashMap<>(valid);
        unknown.put("isAdmin", true);
        bodies.put("an unknown field", json(unknown));
        for (String field : valid.keySet()) {
            Map<String, Object> missing = new LinkedHashMap<>(valid);
            missing.remove(field);
            if (!optional(field)) {
                bodies.put("missing " + field, json(missing));
            }
        }
        for (List<Object> leaf : leaves(valid, new ArrayList<>())) {
            @SuppressWarnings("unchecked")
            List<Object> path = (List<Object>) leaf.get(0);
            String name = String.valueOf(path.get(path.size() - 1));
            for (Object wrong : List.of(List.of(), Map.of("x", 1))) {
                bodies.put(path + " = " + wrong, json(replace(valid, path, wrong)));
            }
            for (Object bad : badValues(name, path, leaf.get(1))) {
                bodies.put(path + " = " + abbreviate(String.valueOf(bad)), json(replace(valid, path, bad)));
            }
        }
        return bodies;
    }

    private static boolean optional(String field) {
        return Set.of("amount", "promisedFor", "reason", "invoice", "email", "phone", "language").contains(field);
    }

    private static List<Object> badValues(String name, List<Object> path, Object value) {
        List<Object> bad = new ArrayList<>();
        if (DATES.contains(name)) {
            bad.addAll(List.of("2026-02-30", "2026-13-01", "01/03/2026", "", SQL, HTML, 20260301, "2026-03-01T00:00:00Z",
                    "-999999999-01-01", "+999999999-12-31", "9999-12-31", "1970-01-01"));
        } else if (ENUMS.contains(name)) {
            bad.addAll(List.of("NOPE", SQL, HTML, "", 1));
        } else if (name.equals("amount") && value instanceof String) {
            bad.addAll(List.of("-10.00", "0", "0.00", "1e400", "99999999999999999999", "1.234", "NaN", "12,50", " 1 ", SQL, 10.5));
        } else if (name.equals("currency")) {
            bad.addAll(List.of("ZZZ", "XXX", "eur", "€", "", SQL));
        } else if (name.equals("accepted")) {
            bad.addAll(List.of("maybe", 2, "yes", "true", "false"));
        } else if (name.equals("max") || (name.equals("number") && path.contains("instalments"))) {
            bad.addAll(List.of(-1, 0, 99_999_999_999L, "ten", "2", 1.5, true));
        } else if (name.equals("country")) {
            bad.addAll(List.of("France", "fr", HTML));
        } else if (value instanceof String) {
            bad.addAll(List.of("", "   ", LONG_UNICODE, "a\u0000b", "\u001b[31mred", 123, true));
            if (!MULTILINE.contains(name)) {
                bad.addAll(List.of("a\r\nInjected: header", "a\nb", " padded", "padded "));
            }
            if (name.equals("email")) {
                bad.addAll(List.of(SQL, HTML));
            }
        }
        return bad;
    }

    private static String abbreviate(String text) {
        String visible = text.replace("\u0000", "\\0").replace("\r", "\\r").replace("\n", "\\n").replace("\u001b", "\\e");
        return visible.length() > 30 ? visible.substring(0, 30) + "…" : visible;
    }

    @SuppressWarnings("unchecked")
    private static List<List<Object>> leaves(Object node, List<Object> path) {
        List<List<Object>> leaves = new ArrayList<>();
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                List<Object> child = new ArrayList<>(path);
                child.add(key);
                leaves.addAll(leaves(value, child));
            });
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                List<Object> child = new ArrayList<>(path);
                child.add(i);
                leaves.addAll(leaves(list.get(i), child));
            }
        } else {
            leaves.add(List.of(path, node));
        }
        return leaves;
    }

    @SuppressWarnings("unchecked")
    private static Object replace(Object node, List<Object> path, Object value) {
        if (path.isEmpty()) {
            return value;
        }
        Object head = path.get(0);
        List<Object> rest = path.subList(1, path.size());
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
            copy.put((String) head, replace(map.get(head), rest, value));
            return copy;
        }
        List<Object> copy = new ArrayList<>((List<Object>) node);
        copy.set((Integer) head, replace(copy.get((Integer) head), rest, value));
        return copy;
    }

    private Map<String, Object> read(String body) {
        try {
            return json.readValue(body.getBytes(StandardCharsets.UTF_8), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String json(Object value) {
        try {
            return new String(json.writeValueAsBytes(value), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
