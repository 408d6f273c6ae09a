package org.amicable.dispute.adapter.mail;

import java.util.List;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.port.out.LetterSender;
import org.amicable.dispute.domain.model.RenderedLetter;

/**
 * Holds the letters to consumers while the company's settings still carry a placeholder (the consumer
 * mediator "à configurer", say): a consumer letter must name the real mediator (Code de la consommation,
 * art. L616-1) and the real company. A held letter is a transient failure with the reason, retried with
 * the dispatcher's backoff, and goes out once the settings are fixed. Letters to businesses go out.
 */
final class HeldWhilePlaceholders implements LetterSender {

    private final LetterSender sender;
    private final String reason;

    HeldWhilePlaceholders(LetterSender sender, List<String> placeholders) {
        this.sender = sender;
        this.reason = "held: letters to consumers wait until these settings are no longer placeholders: "
                + String.join(", ", placeholders.stream().map(setting -> "amicable." + setting).toList());
    }

    @Override
    public Batch open() {
        Batch batch = sender.open();
        return new Batch() {
            @Override
            public SendResult send(RenderedLetter letter) {
                return isHeld(letter) ? new SendResult.TransientFailure(letter.letter().id(), reason) : batch.send(letter);
            }

            @Override
            public void close() {
                batch.close();
            }
        };
    }

    private static boolean isHeld(RenderedLetter letter) {
        return letter.letter().recipient().kind() == CustomerKind.CONSUMER;
    }
}
