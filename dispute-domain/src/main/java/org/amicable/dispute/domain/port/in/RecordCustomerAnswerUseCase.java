package org.amicable.dispute.domain.port.in;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeId;

/** Records an answer of the customer, a reaction that restarts the waiting delay. */
public interface RecordCustomerAnswerUseCase {

    DisputeView recordCustomerAnswer(Command command);

    /**
     * The command.
     *
     * @param disputeId the dispute
     * @param expectedVersion the version the caller saw (If-Match), if it cares
     * @param on the day of the answer
     * @param summary what the customer said
     */
    record Command(DisputeId disputeId, Optional<Long> expectedVersion, LocalDate on, String summary) implements DisputeCommand {
        /** The command on the dispute as it stands, whatever its version (no check against a concurrent change). */
        public Command(DisputeId disputeId, LocalDate on, String summary) {
            this(disputeId, Optional.empty(), on, summary);
        }

        public Command {
            Objects.requireNonNull(disputeId, "disputeId is required");
            Objects.requireNonNull(expectedVersion, "expectedVersion is required");
            Objects.requireNonNull(on, "on is required");
            Objects.requireNonNull(summary, "summary is required");
        }
    }
}
