package org.amicable.dispute.domain.port.out;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.LetterId;
import org.amicable.dispute.domain.model.RenderedLetter;

/**
 * Sends rendered letters to the customers: by email, or to the printer for registered post.
 *
 * <p>Letters go out one by one through a {@link Batch}, so that the dispatcher records each letter
 * as soon as the medium accepted it, and checks before each that it still holds the letter: a crash
 * then re-sends at most the letter in flight.
 */
public interface LetterSender {

    /** Opens a batch: one connection to the mail server, or one folder, for the letters sent through it. */
    Batch open();

    /** Sends letters through one batch; one result per letter, in order. */
    default List<SendResult> send(List<RenderedLetter> letters) {
        List<SendResult> results = new ArrayList<>(letters.size());
        try (Batch batch = open()) {
            for (RenderedLetter letter : letters) {
                results.add(batch.send(letter));
            }
        }
        return results;
    }

    /** Letters going out over one connection, one at a time. */
    interface Batch extends AutoCloseable {

        /** Sends one letter and says what became of it, before the next one goes out. */
        SendResult send(RenderedLetter letter);

        /** Closes the connection; the results already given stand. */
        @Override
        void close();
    }

    /** What became of one letter. */
    sealed interface SendResult {

        LetterId letterId();

        /**
         * It went out.
         *
         * @param letterId  the letter
         * @param messageId the message's id where the medium has one, derived from the letter's id
         * @param email     the email exactly as it went out (the whole MIME message), where it went by
         *                  email; it is kept as evidence beside the letter's document
         */
        record Sent(LetterId letterId, String messageId, Optional<byte[]> email) implements SendResult {
            public Sent {
                Objects.requireNonNull(letterId, "letterId");
                Objects.requireNonNull(email, "email");
            }

            /** It went out, with no email (a letter printed for the post only). */
            public Sent(LetterId letterId, String messageId) {
                this(letterId, messageId, Optional.empty());
            }
        }

        /**
         * It did not go out, but may later: cannot connect, timeout, a 4xx reply.
         *
         * @param letterId the letter
         * @param reply    what the server said, or why it could not be reached
         */
        record TransientFailure(LetterId letterId, String reply) implements SendResult {
        }

        /**
         * It will never go out as it is: a 5xx reply, an invalid address.
         *
         * @param letterId the letter
         * @param reply    what the server said
         */
        record PermanentFailure(LetterId letterId, String reply) implements SendResult {
        }
    }
}
