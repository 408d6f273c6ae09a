package org.amicable.dispute.domain.port.out;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.LetterId;

/** Sends rendered letters to the customers: by email, or to the printer for registered post. */
public interface LetterSender {

    /** Sends a batch (over one connection where the medium has connections); one result per letter, in order. */
    List<SendResult> send(List<RenderedLetter> letters);

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
