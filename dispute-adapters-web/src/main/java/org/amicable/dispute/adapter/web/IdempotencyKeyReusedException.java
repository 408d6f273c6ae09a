package org.amicable.dispute.adapter.web;

/** An Idempotency-Key sent again with a different request (422). */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String message) {
        super(message);
    }

    /** An Idempotency-Key sent again while its first request is still running (409). */
    public static final class InProgress extends IdempotencyKeyReusedException {

        public InProgress(String message) {
            super(message);
        }
    }
}
