package org.amicable.dispute.domain.inmemory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.amicable.dispute.domain.model.LetterId;
import org.amicable.dispute.domain.port.out.LetterSender;
import org.amicable.dispute.domain.model.RenderedLetter;

/**
 * A letter sender that keeps what it is given, for tests and demonstrations. It can be told to fail,
 * for now (a server down) or for good (a refused address).
 */
public final class RecordingLetterSender implements LetterSender {

    /** How the sender behaves. */
    public enum Mode {
        ACCEPT,
        FAIL_TRANSIENTLY,
        FAIL_PERMANENTLY
    }

    private final List<RenderedLetter> sent = new ArrayList<>();
    private Mode mode = Mode.ACCEPT;

    /** From now on, behave so. */
    public synchronized void behave(Mode newMode) {
        this.mode = newMode;
    }

    @Override
    public Batch open() {
        return new Batch() {
            @Override
            public SendResult send(RenderedLetter letter) {
                return sendOne(letter);
            }

            @Override
            public void close() {
            }
        };
    }

    private synchronized SendResult sendOne(RenderedLetter letter) {
        LetterId id = letter.letter().id();
        return switch (mode) {
            case ACCEPT -> {
                sent.add(letter);
                String messageId = "<" + id + "@amicable>";
                // A plain-text message stands for the email, where the customer has an address.
                yield new SendResult.Sent(id, messageId, letter.letter().recipient().email().map(to ->
                        ("Message-ID: " + messageId + "\r\nTo: " + to + "\r\nSubject: " + letter.subject() + "\r\n\r\n"
                                + letter.plainText()).getBytes(StandardCharsets.UTF_8)));
            }
            case FAIL_TRANSIENTLY -> new SendResult.TransientFailure(id, "421 service not available");
            case FAIL_PERMANENTLY -> new SendResult.PermanentFailure(id, "550 mailbox unavailable");
        };
    }

    /** Every letter sent so far, in order. */
    public synchronized List<RenderedLetter> sent() {
        return List.copyOf(sent);
    }
}
