package org.amicable.dispute.domain.port.in;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeId;

/**
 * Records that the customer says he has paid a claim, with the reference he gives: a reaction, not a
 * payment; the balance changes once the company records the payment it received.
 */
public interface DeclarePaymentUseCase {

    DisputeView declarePayment(Command command);

    /**
     * The command.
     *
     * @param disputeId       the unpaid claim
     * @param expectedVersion the version the caller saw, if it cares
     * @param paidOn          the day he says he paid
     * @param reference       the reference of his payment (bank transfer id, cheque number…)
     */
    record Command(DisputeId disputeId, Optional<Long> expectedVersion, LocalDate paidOn, String reference)
            implements DisputeCommand {
        public Command {
            Objects.requireNonNull(disputeId, "disputeId is required");
            Objects.requireNonNull(expectedVersion, "expectedVersion is required");
            Objects.requireNonNull(paidOn, "paidOn is required");
            Objects.requireNonNull(reference, "reference is required");
        }
    }
}
