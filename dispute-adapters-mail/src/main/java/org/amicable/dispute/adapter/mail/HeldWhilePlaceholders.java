package org.amicable.dispute.adapter.mail;

import java.util.ArrayList;
import java.util.List;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.port.out.LetterSender;
import org.amicable.dispute.domain.port.out.RenderedLetter;

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
    public List<SendResult> send(List<RenderedLetter> letters) {
        List<RenderedLetter> toSend = new ArrayList<>();
        for (RenderedLetter letter : letters) {
            if (!isHeld(letter)) {
                toSend.add(letter);
            }
        }
        List<SendResult> sent = toSend.isEmpty() ? List.of() : sender.send(toSend);
        List<SendResult> results = new ArrayList<>(letters.size());
        int next = 0;
        for (RenderedLetter letter : letters) {
            results.add(isHeld(letter) ? new SendResult.TransientFailure(letter.letter().id(), reason) : sent.get(next++));
        }
        return results;
    }

    private static boolean isHeld(RenderedLetter letter) {
        return letter.letter().recipient().kind() == CustomerKind.CONSUMER;
    }
}
