package org.amicable.dispute.app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.amicable.dispute.adapter.persistence.JdbcWebhookOutbox;
import org.amicable.dispute.adapter.persistence.JdbcWebhookOutbox.Attempt;
import org.amicable.dispute.adapter.persistence.JdbcWebhookOutbox.Delivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the webhook outbox: claims due messages with a lease, posts them to their endpoints at once
 * (Standard Webhooks headers, signed), and records each attempt. A 2xx answer delivers the message;
 * anything else, or no answer, tries it again later, with exponential backoff and jitter, up to a
 * number of attempts, after which it is FAILED and stays in the log. The message id is the same on
 * every attempt, so that a receiver can drop a message it already has (delivery is at least once).
 */
@Singleton
@Requires(property = "amicable.webhooks.enabled", notEquals = "false")
final class WebhookDispatchJob {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatchJob.class);

    private final JdbcWebhookOutbox outbox;
    private final Map<String, WebhookEndpoint> endpoints;
    private final Clock clock;
    private final int batch;
    private final Duration lease;
    private final Duration backoff;
    private final Duration maxBackoff;
    private final int maxAttempts;
    private final Duration timeout;
    private final Semaphore inFlight;
    // Made at the first post: with no endpoint configured (the default) no client, no selector thread,
    // and no TLS set-up at startup.
    private HttpClient http;

    WebhookDispatchJob(JdbcWebhookOutbox outbox, List<WebhookEndpoint> endpoints, Clock clock,
            @Value("${amicable.webhooks.batch:200}") int batch,
            @Value("${amicable.webhooks.lease:2m}") Duration lease,
            @Value("${amicable.webhooks.backoff:10s}") Duration backoff,
            @Value("${amicable.webhooks.max-backoff:6h}") Duration maxBackoff,
            @Value("${amicable.webhooks.max-attempts:12}") int maxAttempts,
            @Value("${amicable.webhooks.timeout:15s}") Duration timeout,
            @Value("${amicable.webhooks.concurrency:16}") int concurrency) {
        this.outbox = outbox;
        this.endpoints = endpoints.stream().collect(Collectors.toMap(WebhookEndpoint::name, Function.identity()));
        this.clock = clock;
        this.batch = batch;
        this.lease = lease;
        this.backoff = backoff;
        this.maxBackoff = maxBackoff;
        this.maxAttempts = maxAttempts;
        this.timeout = timeout;
        this.inFlight = new Semaphore(concurrency);
    }

    @Scheduled(fixedDelay = "${amicable.webhooks.interval:1s}", initialDelay = "${amicable.webhooks.initial-delay:2s}")
    void deliverDueMessages() {
        if (endpoints.isEmpty()) {
            return;
        }
        try {
            int sent;
            do {
                sent = deliverBatch();
            } while (sent == batch);
        } catch (RuntimeException e) {
            // The outbox keeps every message: the next run tries again.
            LOG.error("Webhook delivery failed; retrying at the next run", e);
        }
    }

    /** Delivers one batch; returns how many messages it tried. */
    int deliverBatch() {
        List<Delivery> due = outbox.claim(batch, clock.instant(), lease);
        if (due.isEmpty()) {
            return 0;
        }
        // Posted concurrently, at most so many at a time: a receiver is not flooded with connections.
        List<CompletableFuture<Attempt>> attempts = new ArrayList<>();
        for (Delivery delivery : due) {
            inFlight.acquireUninterruptibly();
            attempts.add(post(delivery).whenComplete((attempt, error) -> inFlight.release()));
        }
        List<Attempt> done = attempts.stream().map(CompletableFuture::join).toList();
        outbox.record(done);
        long failed = done.stream().filter(attempt -> !attempt.delivered()).count();
        if (failed > 0) {
            LOG.warn("Webhooks: {} delivered, {} not ({} given up)", done.size() - failed, failed,
                    done.stream().filter(attempt -> !attempt.delivered() && attempt.retryAt().isEmpty()).count());
        }
        return due.size();
    }

    private CompletableFuture<Attempt> post(Delivery delivery) {
        WebhookEndpoint endpoint = endpoints.get(delivery.endpoint());
        if (endpoint == null) {
            // An endpoint removed from the configuration: its messages wait, in case it comes back.
            return CompletableFuture.completedFuture(retry(delivery, clock.instant(), OptionalInt.empty(),
                    "endpoint " + delivery.endpoint() + " is no longer configured"));
        }
        Instant at = clock.instant();
        long timestamp = at.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(endpoint.url())
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("webhook-id", delivery.messageId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(endpoint.key(), delivery.messageId(), timestamp,
                        delivery.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
                .build();
        return http().sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, error) -> {
            if (error != null) {
                Throwable cause = error.getCause() == null ? error : error.getCause();
                return retry(delivery, at, OptionalInt.empty(), cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
            }
            if (response.statusCode() / 100 == 2) {
                return new Attempt(delivery, at, OptionalInt.of(response.statusCode()), Optional.empty(),
                        Optional.empty(), true);
            }
            return retry(delivery, at, OptionalInt.of(response.statusCode()), "answered " + response.statusCode());
        });
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                    .version(HttpClient.Version.HTTP_1_1).build();
        }
        return http;
    }

    private Attempt retry(Delivery delivery, Instant at, OptionalInt status, String error) {
        int attempt = delivery.attempts() + 1;
        if (attempt >= maxAttempts) {
            return new Attempt(delivery, at, status, Optional.of(error), Optional.empty(), false);
        }
        long base = Math.min(maxBackoff.toMillis(), backoff.toMillis() << Math.min(30, attempt - 1));
        long jittered = base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
        return new Attempt(delivery, at, status, Optional.of(error), Optional.of(at.plusMillis(jittered)), false);
    }
}
