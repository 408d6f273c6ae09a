package org.amicable.dispute.domain.port.in;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.LetterId;

/** Records the date a registered letter's acknowledgment of receipt was signed. */
public interface RecordAcknowledgmentUseCase {

    DisputeView recordAcknowledgment(Command command);

    /**
     * The command.
     *
     * @param disputeId the dispute
     * @param expectedVersion the version the caller saw (If-Match), if it cares
     * @param letterId the letter
     * @param deliveredOn the date on the acknowledgment of receipt
     */
    record Command(DisputeId disputeId, Optional<Long> expectedVersion, LetterId letterId, LocalDate deliveredOn) implements DisputeCommand {
        /** The command on the dispute as it stands, whatever its version (no check against a concurrent change). */
        public Command(DisputeId disputeId, LetterId letterId, LocalDate deliveredOn) {
            this(disputeId, Optional.empty(), letterId, deliveredOn);
        }

        public Command {
            Objects.requireNonNull(disputeId, "disputeId is required");
            Objects.requireNonNull(expectedVersion, "expectedVersion is required");
            Objects.requireNonNull(letterId, "letterId is required");
            Objects.requireNonNull(deliveredOn, "deliveredOn is required");
        }
    }
}
