package org.amicable.dispute.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The amount an invoice was corrected to after a grievance about it (an invoice correction, a credit
 * note, a discount or a refund): what the customer owes on it from then on.
 *
 * @param originalAmount  the amount first invoiced, kept as history
 * @param correctedAmount the amount owed on the invoice after the correction
 * @param reference       the credit note's or the corrected invoice's number, when recorded
 */
public record InvoiceCorrection(Money originalAmount, Money correctedAmount, Optional<String> reference) {

    public InvoiceCorrection {
        Objects.requireNonNull(originalAmount, "originalAmount");
        Objects.requireNonNull(correctedAmount, "correctedAmount");
        reference = Objects.requireNonNull(reference, "reference").map(value -> Text.line(value, "correctionReference", 64));
        if (!originalAmount.currency().equals(correctedAmount.currency())) {
            throw new InvalidValueException("correctedAmount", "is not in the invoice's currency");
        }
    }
}
