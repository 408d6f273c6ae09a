package org.amicable.dispute.adapter.web.port;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the API keeps the {@code Idempotency-Key}s of POST requests and the responses it gave, so that a
 * retried request gets its first response again instead of acting twice. The application may store them
 * durably (a table shared by every instance); {@link InMemoryIdempotencyStore} is the default.
 *
 * <p>Contract: {@link #reserve} is atomic: of two concurrent calls with the same key, one reserves it. A
 * reservation whose request never completed (its process was killed) lapses after a lease, and the next
 * request with the key may take it; the lapsed holder can then neither complete nor release it. A store
 * with transactions runs a change and the completion of its key in one transaction ({@link #atomically}),
 * so that a change is never committed without the response that a retry must replay.
 */
public interface IdempotencyStore {

    /**
     * Reserves the key for a request with this fingerprint, or says what the key already holds.
     *
     * @param key         the client's key, scoped by the caller's identity
     * @param fingerprint a hash of the request (method, path, preconditions, body)
     * @param holder      who reserves: an id new for each request
     * @return empty when the key is now reserved for this request; else what it held before
     */
    Optional<Entry> reserve(String key, String fingerprint, String holder);

    /**
     * Stores the response given for the reserved key.
     *
     * @return false when {@code holder} no longer holds the key: its reservation lapsed and another took it
     */
    boolean complete(String key, String holder, StoredResponse response);

    /** Frees a reserved key whose request failed, so that the client may retry it; only its holder can. */
    void release(String key, String holder);

    /** Runs {@code work}, and the completion it makes, in one transaction where the store has transactions. */
    default <T> T atomically(Supplier<T> work) {
        return work.get();
    }

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
