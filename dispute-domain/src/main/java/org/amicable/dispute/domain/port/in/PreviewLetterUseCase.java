package org.amicable.dispute.domain.port.in;

import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.model.Text;
import org.amicable.dispute.domain.model.RenderedLetter;

/**
 * Renders a letter of any kind from sample facts (a sample customer, invoice, balance and dates), for
 * whoever edits the wording: nothing is sent, nothing is stored, no dispute is needed.
 */
public interface PreviewLetterUseCase {

    /** The sample letter, rendered as it would read today. */
    RenderedLetter previewLetter(Command command);

    /**
     * Which letter to show, and to whom.
     *
     * @param kind         the kind of letter
     * @param language     the language it is written in
     * @param customerKind a business or a consumer: the wording and the sums differ
     * @param customerName a name to print instead of the sample's (a name in another script, say); printed as
     *                     it is, never read as wording
     */
    record Command(LetterKind kind, Language language, CustomerKind customerKind, Optional<String> customerName) {
        public Command {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(customerKind, "customerKind");
            customerName = Objects.requireNonNull(customerName, "customerName")
                    .map(name -> Text.line(name, "customerName", 200));
        }
    }
}
