package org.amicable.dispute.domain.port.in;

/** Sends the letters waiting in the outbox. */
public interface DispatchLettersUseCase {

    /** Claims up to {@code max} letters due for an attempt, renders and sends them, and records the outcome. */
    DispatchReport dispatch(int max);

    /**
     * What one dispatch did.
     *
     * @param sent      letters that went out
     * @param retrying  letters that failed for now and will be tried again
     * @param failed    letters that failed for good
     */
    record DispatchReport(int sent, int retrying, int failed) {

        /** How many letters were handled. */
        public int total() {
            return sent + retrying + failed;
        }
    }
}
