package org.amicable.dispute.app;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.amicable.dispute.adapter.persistence.JdbcWebhookOutbox;
import org.amicable.dispute.adapter.web.Problems;

/**
 * The configured webhook endpoints, and the delivery log of each: its latest messages, with every
 * attempt and what the endpoint answered. Part of the application, beside the outbox it reads.
 */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/webhooks/endpoints")
@Secured({"integration", "manager", "auditor"})
final class WebhookController {

    private final List<WebhookEndpoint> endpoints;
    private final JdbcWebhookOutbox outbox;
    private final Problems problems;

    WebhookController(List<WebhookEndpoint> endpoints, JdbcWebhookOutbox outbox, Problems problems) {
        this.endpoints = endpoints;
        this.outbox = outbox;
        this.problems = problems;
    }

    @Get
    List<Endpoint> list() {
        return endpoints.stream().map(endpoint -> new Endpoint(endpoint.name(), endpoint.url().toString(),
                endpoint.types().isEmpty() ? JdbcWebhookOutbox.messageTypes() : endpoint.types().stream().sorted().toList()))
                .toList();
    }

    @Get("/{name}/deliveries{?limit}")
    MutableHttpResponse<?> deliveries(HttpRequest<?> request, @PathVariable String name,
            @QueryValue @Nullable Integer limit) {
        if (endpoints.stream().noneMatch(endpoint -> endpoint.name().equals(name))) {
            return problems.response(request, HttpStatus.NOT_FOUND, "no webhook endpoint " + name, List.of());
        }
        int size = limit == null ? 50 : limit;
        if (size < 1 || size > 500) {
            return problems.response(request, HttpStatus.BAD_REQUEST, "limit must be 1 to 500", List.of());
        }
        return HttpResponse.ok(outbox.log(name, size).stream().map(WebhookController::delivery).toList());
    }

    private static Delivery delivery(JdbcWebhookOutbox.Logged logged) {
        return new Delivery(logged.messageId(), logged.type(), logged.disputeId().toString(), logged.status(),
                logged.attempts(), logged.createdAt().toString(), logged.nextAttempt().map(Object::toString).orElse(null),
                logged.deliveredAt().map(Object::toString).orElse(null), logged.tries().stream()
                        .map(attempt -> new Attempt(attempt.attempt(), attempt.at().toString(),
                                attempt.statusCode().isPresent() ? attempt.statusCode().getAsInt() : null,
                                attempt.error().orElse(null)))
                        .toList());
    }

    /** An endpoint: its name, URL and the message types it receives. */
    @Serdeable
    record Endpoint(String name, String url, List<String> types) {
    }

    /** A message to an endpoint: its webhook-id, type, dispute, status (PENDING, DELIVERED, FAILED) and attempts. */
    @Serdeable
    record Delivery(String id, String type, String disputeId, String status, int attempts, String createdAt,
            @Nullable String nextAttempt, @Nullable String deliveredAt, List<Attempt> log) {
    }

    /** One attempt: when, the endpoint's HTTP status if it answered, and the error otherwise. */
    @Serdeable
    record Attempt(int attempt, String at, @Nullable Integer statusCode, @Nullable String error) {
    }
}
