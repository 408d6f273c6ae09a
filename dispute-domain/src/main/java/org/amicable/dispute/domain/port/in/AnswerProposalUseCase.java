package org.amicable.dispute.domain.port.in;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeId;

/** Records the customer's acceptance or rejection of the pending proposal. */
public interface AnswerProposalUseCase {

    DisputeView answerProposal(Command command);

    /**
     * The command.
     *
     * @param disputeId the dispute
     * @param expectedVersion the version the caller saw (If-Match), if it cares
     * @param on the day of the answer
     * @param accepted whether the customer accepts
     * @param reason why the customer rejects (required for a rejection)
     */
    record Command(DisputeId disputeId, Optional<Long> expectedVersion, LocalDate on, boolean accepted, Optional<String> reason) implements DisputeCommand {
        /** The command on the dispute as it stands, whatever its version (no check against a concurrent change). */
        public Command(DisputeId disputeId, LocalDate on, boolean accepted, Optional<String> reason) {
            this(disputeId, Optional.empty(), on, accepted, reason);
        }

        public Command {
            Objects.requireNonNull(disputeId, "disputeId is required");
            Objects.requireNonNull(expectedVersion, "expectedVersion is required");
            Objects.requireNonNull(on, "on is required");
            Objects.requireNonNull(reason, "reason is required");
        }
    }
}
