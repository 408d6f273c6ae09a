package org.amicable.dispute.adapter.web;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the API keeps the {@code Idempotency-Key}s of POST requests and the responses it gave, so that a
 * retried request gets its first response again instead of acting twice. The application may store them
 * durably (a table shared by every instance); {@link InMemoryIdempotencyStore} is the default.
 *
 * <p>Contract: {@link #reserve} is atomic: of two concurrent calls with the same key, one reserves it.
 */
public interface IdempotencyStore {

    /**
     * Reserves the key for a request with this fingerprint, or says what the key already holds.
     *
     * @param key         the client's key, scoped by the caller's identity
     * @param fingerprint a hash of the request (method, path, preconditions, body)
     * @return empty when the key is now reserved for this request; else what it held before
     */
    Optional<Entry> reserve(String key, String fingerprint);

    /** Stores the response given for the reserved key. */
    void complete(String key, StoredResponse response);

    /** Frees a reserved key whose request failed, so that the client may retry it. */
    void release(String key);

    /**
     * What a key holds.
     *
     * @param fingerprint the fingerprint of the request that reserved it
     * @param response    the response, once the request completed
     */
    record Entry(String fingerprint, Optional<StoredResponse> response) {
        public Entry {
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(response, "response");
        }
    }

    /**
     * A response as it was given.
     *
     * @param status  the HTTP status
     * @param headers the headers worth repeating (Location, ETag)
     * @param body    the JSON body
     */
    record StoredResponse(int status, Map<String, String> headers, String body) {
        public StoredResponse {
            headers = Map.copyOf(headers);
            Objects.requireNonNull(body, "body");
        }
    }
}
