package org.amicable.dispute.adapter.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.amicable.dispute.domain.model.Timeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.amicable.dispute.adapter.web.port.IdempotencyStore;

/**
 * Runs a POST at most once per {@code Idempotency-Key}: the same key with the same request returns the first
 * response again (with {@code Idempotent-Replayed: true}); with another request it is refused with 422.
 */
@Singleton
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    private final IdempotencyStore store;
    private final JsonMapper json;

    public IdempotentRequests(IdempotencyStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    /**
     * Runs {@code action}, a change made in one transaction, unless the key already answered this request;
     * the response to replay is stored in the same transaction as the change.
     *
     * @param key  the Idempotency-Key header, or null
     * @param body the request's body, as read
     * @param type the response body's type, to replay it
     */
    public <T> MutableHttpResponse<T> run(HttpRequest<?> request, String key, Object body, Class<T> type,
            Supplier<MutableHttpResponse<T>> action) {
        return run(request, key, body, type, action, true);
    }

    /**
     * Runs {@code action}, an operation that commits in steps (an escalation run, a dispatch), unless the key
     * already answered this request; the response is stored once it is done. Such an operation must be safe
     * to run again: a process killed in the middle leaves steps done and no response.
     */
    public <T> MutableHttpResponse<T> runInSteps(HttpRequest<?> request, String key, Object body, Class<T> type,
            Supplier<MutableHttpResponse<T>> action) {
        return run(request, key, body, type, action, false);
    }

    private <T> MutableHttpResponse<T> run(HttpRequest<?> request, String key, Object body, Class<T> type,
            Supplier<MutableHttpResponse<T>> action, boolean oneTransaction) {
        if (key == null) {
            return action.get();
        }
        if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new InvalidRequestException(HEADER, "must be 1 to 255 visible ASCII characters");
        }
        String caller = request.getUserPrincipal().map(Principal::getName).orElse("anonymous");
        String scopedKey = caller + "\n" + key;
        String fingerprint = fingerprint(request, body);
        String holder = UUID.randomUUID().toString();
        Optional<IdempotencyStore.Entry> existing = store.reserve(scopedKey, fingerprint, holder);
        if (existing.isPresent()) {
            IdempotencyStore.Entry entry = existing.get();
            if (!entry.fingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReusedException(
                        "Idempotency-Key " + key + " was already used for a different request");
            }
            IdempotencyStore.StoredResponse stored = entry.response().orElseThrow(() -> inProgress(key));
            return replay(stored, type);
        }
        try {
            if (!oneTransaction) {
                MutableHttpResponse<T> response = action.get();
                store.complete(scopedKey, holder, stored(response));
                return response;
            }
            return store.atomically(() -> {
                MutableHttpResponse<T> response = action.get();
                if (!store.complete(scopedKey, holder, stored(response))) {
                    // Slower than the reservation's lease, and a retry took the key over: this one gives way,
                    // and its change is rolled back with this exception.
                    throw inProgress(key);
                }
                return response;
            });
        } catch (RuntimeException e) {
            // A refused request had no effect: the client may fix it and retry with the same key.
            store.release(scopedKey, holder);
            throw e;
        }
    }

    private static IdempotencyKeyReusedException.InProgress inProgress(String key) {
        return new IdempotencyKeyReusedException.InProgress("a request with Idempotency-Key " + key
                + " is still being processed; retry later");
    }

    private IdempotencyStore.StoredResponse stored(MutableHttpResponse<?> response) {
        Map<String, String> headers = new LinkedHashMap<>();
        response.getHeaders().findFirst(HttpHeaders.LOCATION).ifPresent(value -> headers.put(HttpHeaders.LOCATION, value));
        response.getHeaders().findFirst(HttpHeaders.ETAG).ifPresent(value -> headers.put(HttpHeaders.ETAG, value));
        return new IdempotencyStore.StoredResponse(response.code(), headers,
                new String(write(response.getBody().orElse(null)), StandardCharsets.UTF_8));
    }

    private <T> MutableHttpResponse<T> replay(IdempotencyStore.StoredResponse stored, Class<T> type) {
        try {
            T body = json.readValue(stored.body().getBytes(StandardCharsets.UTF_8), type);
            MutableHttpResponse<T> response = HttpResponse.<T>status(HttpStatus.valueOf(stored.status())).body(body);
            stored.headers().forEach(response::header);
            return response.header(REPLAYED, "true");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String fingerprint(HttpRequest<?> request, Object body) {
        String ifMatch = request.getHeaders().get(HttpHeaders.IF_MATCH);
        String canonical = request.getMethodName() + " " + request.getPath() + "\n"
                + (ifMatch == null ? "" : ifMatch) + "\n" + new String(write(body), StandardCharsets.UTF_8);
        return Timeline.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] write(Object value) {
        try {
            return value == null ? "null".getBytes(StandardCharsets.UTF_8) : json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
