package org.amicable.dispute.domain.port.in;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.Money;

/** Records a payment; one that covers the balance settles the claim. */
public interface RecordPaymentUseCase {

    DisputeView recordPayment(Command command);

    /**
     * The command.
     *
     * @param disputeId the dispute
     * @param expectedVersion the version the caller saw (If-Match), if it cares
     * @param receivedOn the day it was received
     * @param amount the amount, positive, in the claim's currency
     * @param reference the payment's reference (bank transfer id…)
     */
    record Command(DisputeId disputeId, Optional<Long> expectedVersion, LocalDate receivedOn, Money amount, String reference) implements DisputeCommand {
        /** The command on the dispute as it stands, whatever its version (no check against a concurrent change). */
        public Command(DisputeId disputeId, LocalDate receivedOn, Money amount, String reference) {
            this(disputeId, Optional.empty(), receivedOn, amount, reference);
        }

        public Command {
            Objects.requireNonNull(disputeId, "disputeId is required");
            Objects.requireNonNull(expectedVersion, "expectedVersion is required");
            Objects.requireNonNull(receivedOn, "receivedOn is required");
            Objects.requireNonNull(amount, "amount is required");
            Objects.requireNonNull(reference, "reference is required");
        }
    }
}
