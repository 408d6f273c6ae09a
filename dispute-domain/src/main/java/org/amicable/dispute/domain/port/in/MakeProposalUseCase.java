package org.amicable.dispute.domain.port.in;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.RemedyKind;

/** Makes a settlement proposal to a customer with a grievance, and sends it. */
public interface MakeProposalUseCase {

    DisputeView makeProposal(Command command);

    /**
     * The command.
     *
     * @param disputeId the dispute
     * @param expectedVersion the version the caller saw (If-Match), if it cares
     * @param remedy what is offered
     * @param amount the amount, for the remedies that have one
     * @param answerBy the date the customer should answer by
     * @param resolveBy the date the remedy will be delivered by
     * @param terms the wording of the offer
     */
    record Command(DisputeId disputeId, Optional<Long> expectedVersion, RemedyKind remedy, Optional<Money> amount, LocalDate answerBy, LocalDate resolveBy, String terms) implements DisputeCommand {
        /** The command on the dispute as it stands, whatever its version (no check against a concurrent change). */
        public Command(DisputeId disputeId, RemedyKind remedy, Optional<Money> amount, LocalDate answerBy,
                LocalDate resolveBy, String terms) {
            this(disputeId, Optional.empty(), remedy, amount, answerBy, resolveBy, terms);
        }

        public Command {
            Objects.requireNonNull(disputeId, "disputeId is required");
            Objects.requireNonNull(expectedVersion, "expectedVersion is required");
            Objects.requireNonNull(remedy, "remedy is required");
            Objects.requireNonNull(amount, "amount is required");
            Objects.requireNonNull(answerBy, "answerBy is required");
            Objects.requireNonNull(resolveBy, "resolveBy is required");
            Objects.requireNonNull(terms, "terms is required");
        }
    }
}
