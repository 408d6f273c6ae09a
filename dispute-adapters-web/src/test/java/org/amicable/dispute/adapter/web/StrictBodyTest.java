package org.amicable.dispute.adapter.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body is one JSON document in well-formed UTF-8, declared as such, and its text is kept exactly as
 * sent: anything else is refused with a problem that says why, and changes nothing.
 */
@MicronautTest
@Property(name = "amicable.web.max-body-size", value = "" + StrictBodyTest.LIMIT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrictBodyTest {

    /** Small here, so that a body over it stays under the test server's own limit and reaches the filter. */
    static final int LIMIT = 8192;

    static final String ANSWER = "{\"on\":\"2026-03-01\",\"summary\":\"%s\"}";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

    @Inject
    EmbeddedServer server;

    Api api;
    String claim;

    @BeforeEach
    void claim() {
        api = new Api(http.toBlocking(), json);
        if (claim == null) {
            claim = api.openClaim("STRICT");
        }
    }

    /** A body, its Content-Type (null for none), the status and a phrase of the detail. */
    record Case(String name, byte[] body, String contentType, int status, String detail) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> refused() {
        byte[] valid = ANSWER.formatted("Will pay.").getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                new Case("no Content-Type", valid, null, 415, "no Content-Type"),
                new Case("JSON declared in Latin-1", valid, "application/json; charset=ISO-8859-1", 415, "UTF-8 only"),
                new Case("a byte order mark", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, valid),
                        "application/json", 400, "byte order mark"),
                new Case("two documents", concat(valid, valid), "application/json", 400, "more than one JSON document"),
                new Case("a document then garbage", concat(valid, "x".getBytes(StandardCharsets.US_ASCII)), "application/json",
                        400, "more than one JSON document"),
                new Case("an overlong slash", withSummary(new byte[] {(byte) 0xC0, (byte) 0xAF}), "application/json", 400,
                        "not valid UTF-8"),
                new Case("a surrogate in CESU-8", withSummary(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
                        "application/json", 400, "not valid UTF-8"),
                new Case("a code point beyond U+10FFFF", withSummary(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80,
                        (byte) 0x80}), "application/json", 400, "not valid UTF-8"),
                new Case("a truncated sequence", withSummary(new byte[] {(byte) 0xE2, (byte) 0x82}), "application/json", 400,
                        "not valid UTF-8"),
                new Case("an escaped lone surrogate", ANSWER.formatted("a\\ud800b").getBytes(StandardCharsets.UTF_8),
                        "application/json", 400, "surrogate"),
                new Case("a summary with trailing spaces kept? no: the summary is multi-line, a reference is not",
                        "{\"receivedOn\":\"2026-02-20\",\"amount\":{\"amount\":\"1.00\",\"currency\":\"EUR\"},\"reference\":\"VIR-1 \"}"
                                .getBytes(StandardCharsets.UTF_8), "application/json", 400, "white space"),
                new Case("accepted as a string", "{\"on\":\"2026-03-01\",\"summary\":123}".getBytes(StandardCharsets.UTF_8),
                        "application/json", 400, "must be a JSON string, not a number"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusedWithAProblemAndNothingChanges(Case refused) {
        long version = api.version(claim);
        String path = refused.body().length > 0 && new String(refused.body(), StandardCharsets.UTF_8).contains("receivedOn")
                ? "/disputes/" + claim + "/payments" : "/disputes/" + claim + "/answers";
        // The JDK's client sends exactly these bytes and headers; it adds no Content-Type of its own.
        var request = java.net.http.HttpRequest.newBuilder(server.getURI().resolve(path))
                .header("Authorization", "Bearer " + Api.MANAGER)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(refused.body()));
        if (refused.contentType() != null) {
            request.header("Content-Type", refused.contentType());
        }
        java.net.http.HttpResponse<String> answer = send(request.build());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(refused.status());
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(Problems.MEDIA_TYPE));
        assertThat(answer.body()).contains(refused.detail());
        assertThat(api.version(claim)).isEqualTo(version);
    }

    @Test
    void textIsKeptExactlyAsSentIncludingEveryScript() {
        String summary = "  Paiement promis : 1 234,56 € — 株式会社 😀 \n second line ";
        Api.Answer answer = api.send(HttpRequest.POST("/disputes/" + claim + "/answers",
                        json(Map.of("on", "2026-03-01", "summary", summary))).contentType(MediaType.APPLICATION_JSON_TYPE),
                Api.MANAGER);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<Object> timeline = api.get("/disputes/" + claim + "/timeline", Api.MANAGER).list();
        assertThat(timeline.toString()).contains(summary);
    }

    @Test
    void aBodyOverTheLimitSentWithoutContentLengthIsRefusedOnceRead() {
        long version = api.version(claim);
        byte[] large = ANSWER.formatted("x".repeat(LIMIT + 1)).getBytes(StandardCharsets.UTF_8);
        // From a stream of unknown length the JDK's client sends the body chunked, without a Content-Length.
        var request = java.net.http.HttpRequest.newBuilder(server.getURI().resolve("/disputes/" + claim + "/answers"))
                .header("Authorization", "Bearer " + Api.MANAGER).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(large)))
                .build();

        java.net.http.HttpResponse<String> answer = send(request);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
        assertThat(answer.body()).contains("the body is larger than");
        assertThat(api.version(claim)).isEqualTo(version);
    }

    @Test
    void aBodyOfAnotherMediaTypeIsLeftToItsRoute() {
        Api.Answer answer = api.send(HttpRequest.POST("/disputes/" + claim + "/answers", "on=2026-03-01")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), Api.MANAGER);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(415);
    }

    private static java.net.http.HttpResponse<String> send(java.net.http.HttpRequest request) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String json(Object value) {
        try {
            return new String(json.writeValueAsBytes(value), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] withSummary(byte[] invalid) {
        String[] parts = ANSWER.split("%s");
        return concat(concat(parts[0].getBytes(StandardCharsets.UTF_8), invalid), parts[1].getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
