package org.amicable.dispute.app;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The application running on loopback over a fresh database, with a manager's token, and a plain JDK
 * HTTP client to talk to it as an integration would.
 */
final class RunningApp implements AutoCloseable {

    static final String TOKEN = "running-app-manager-token";

    private final EmbeddedServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private RunningApp(EmbeddedServer server) {
        this.server = server;
    }

    /** Starts the application on the database with these further settings; schedules and dispatch are off. */
    static RunningApp start(Databases database, Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(database.freshDatabase());
        properties.put("micronaut.server.port", -1);
        properties.put("amicable.dispatch.enabled", "false");
        properties.put("amicable.escalation.schedule.enabled", "false");
        properties.put("amicable.security.tokens[0].name", "running-app");
        try {
            properties.put("amicable.security.tokens[0].sha256", EndToEndTest.sha256(TOKEN));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        properties.put("amicable.security.tokens[0].role", "manager");
        properties.putAll(settings);
        return new RunningApp(ApplicationContext.run(EmbeddedServer.class, properties));
    }

    ApplicationContext context() {
        return server.getApplicationContext();
    }

    HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    HttpResponse<String> postJson(String path, String json) {
        return post(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofMinutes(5)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String path) {
        return URI.create(server.getURL() + path);
    }

    @Override
    public void close() {
        server.close();
    }

    static String business(String reference) {
        return """
                {"reference":"%s","name":"Dupont SARL","kind":"BUSINESS","email":"compta@dupont.example",
                 "address":{"lines":["12 rue de la Paix"],"postalCode":"75002","city":"Paris","country":"FR"},
                 "phone":"+33 1 23 45 67 89","language":"FR"}""".formatted(reference);
    }

    static String invoice(String number, String dueDate, String amount) {
        return """
                {"number":"%s","issueDate":"2025-12-01","dueDate":"%s","amount":{"amount":"%s","currency":"EUR"}}"""
                .formatted(number, dueDate, amount);
    }
}
