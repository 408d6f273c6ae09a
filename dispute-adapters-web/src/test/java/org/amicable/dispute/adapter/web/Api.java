package org.amicable.dispute.adapter.web;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A thin client for the tests: raw requests, raw answers, JSON read back as maps. */
final class Api {

    static final String INTEGRATION = "integration-token";
    static final String MANAGER = "manager-token";
    static final String AUDITOR = "auditor-token";

    private final BlockingHttpClient client;
    private final JsonMapper json;

    Api(BlockingHttpClient client, JsonMapper json) {
        this.client = client;
        this.json = json;
    }

    /** An answer: status, headers, body. */
    record Answer(int status, HttpResponse<?> response, String body, JsonMapper json) {

        Map<String, Object> map() {
            try {
                return json.readValue(body.getBytes(StandardCharsets.UTF_8), Argument.mapOf(String.class, Object.class));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        List<Object> list() {
            try {
                return json.readValue(body.getBytes(StandardCharsets.UTF_8), Argument.listOf(Object.class));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The body's bytes, as received. */
        byte[] bytes() {
            return response.getBody(byte[].class).orElse(new byte[0]);
        }

        String header(String name) {
            return response.getHeaders().get(name);
        }

        String contentType() {
            return header(HttpHeaders.CONTENT_TYPE);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    Answer send(MutableHttpRequest<?> request, String token) {
        if (token != null) {
            request.bearerAuth(token);
        }
        try {
            HttpResponse<byte[]> response = client.exchange(request, byte[].class);
            return new Answer(response.code(), response, text(response.getBody().orElse(new byte[0])), json);
        } catch (HttpClientResponseException e) {
            HttpResponse<?> response = e.getResponse();
            String body = response.getBody(byte[].class).map(Api::text).orElse("");
            return new Answer(response.code(), response, body, json);
        }
    }

    Answer get(String path, String token) {
        return send(HttpRequest.GET(path), token);
    }

    Answer post(String path, String jsonBody, String token) {
        return send(HttpRequest.POST(path, jsonBody).contentType(MediaType.APPLICATION_JSON_TYPE), token);
    }

    Answer post(String path, String jsonBody, String token, Map<String, String> headers) {
        MutableHttpRequest<String> request = HttpRequest.POST(path, jsonBody).contentType(MediaType.APPLICATION_JSON_TYPE);
        headers.forEach(request::header);
        return send(request, token);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    // ---- fixtures ----

    static String customer(String reference) {
        return """
                {"reference":"%s","name":"Dupont SARL","kind":"BUSINESS","email":"compta@dupont.example",
                 "address":{"lines":["12 rue de la Paix"],"postalCode":"75002","city":"Paris","country":"FR"},
                 "phone":"+33 1 23 45 67 89","language":"FR"}""".formatted(reference);
    }

    static String unpaidClaim(String reference, String invoice) {
        return """
                {"customer":%s,
                 "invoice":{"number":"%s","issueDate":"2025-12-15","dueDate":"2026-01-15",
                            "amount":{"amount":"1234.56","currency":"EUR"}}}""".formatted(customer(reference), invoice);
    }

    static String grievance(String reference, String cause) {
        return """
                {"customer":%s,"cause":"%s","description":"The pallet arrived crushed.",
                 "complaintDate":"2026-02-27"}""".formatted(customer(reference), cause);
    }

    /** Opens an unpaid claim and returns its id. */
    String openClaim(String reference) {
        return openClaim(reference, "INV-" + reference);
    }

    String openClaim(String reference, String invoiceNumber) {
        Answer answer = post("/disputes/unpaid-claims", unpaidClaim(reference, invoiceNumber), MANAGER);
        if (answer.status() != 201) {
            throw new AssertionError(answer.toString());
        }
        return (String) answer.map().get("id");
    }

    String openGrievance(String reference) {
        Answer answer = post("/disputes/grievances", grievance(reference, "SPOILED_PRODUCT"), MANAGER);
        if (answer.status() != 201) {
            throw new AssertionError(answer.toString());
        }
        return (String) answer.map().get("id");
    }

    long version(String id) {
        return ((Number) get("/disputes/" + id, MANAGER).map().get("version")).longValue();
    }
}
