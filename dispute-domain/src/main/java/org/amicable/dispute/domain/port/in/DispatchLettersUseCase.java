package org.amicable.dispute.domain.port.in;

/** Sends the letters waiting in the outbox. */
public interface DispatchLettersUseCase {

    /**
     * Claims up to {@code max} letters due for an attempt, renders and sends them one by one, and
     * records each outcome as soon as it is known: a crash re-sends at most the letter in flight.
     */
    DispatchReport dispatchLetters(int max);

    /**
     * What one dispatch did.
     *
     * @param sent      letters that went out
     * @param retrying  letters that failed for now and will be tried again
     * @param failed    letters that failed for good
     * @param leaseLost letters not sent because this dispatcher no longer held them when their turn
     *                  came (it was paused past its lease): another dispatcher sends them
     */
    record DispatchReport(int sent, int retrying, int failed, int leaseLost) {

        /** A dispatch that lost no lease. */
        public DispatchReport(int sent, int retrying, int failed) {
            this(sent, retrying, failed, 0);
        }

        /** How many letters were handled. */
        public int total() {
            return sent + retrying + failed + leaseLost;
        }
    }
}
