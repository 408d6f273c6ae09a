package org.amicable.dispute.domain.port.in;

import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.LetterId;

/** Records a registered letter's tracking number. */
public interface RecordLetterTrackingUseCase {

    DisputeView recordLetterTracking(Command command);

    /**
     * The command.
     *
     * @param disputeId the dispute
     * @param expectedVersion the version the caller saw (If-Match), if it cares
     * @param letterId the letter
     * @param trackingNumber the post's tracking number
     */
    record Command(DisputeId disputeId, Optional<Long> expectedVersion, LetterId letterId, String trackingNumber) implements DisputeCommand {
        /** The command on the dispute as it stands, whatever its version (no check against a concurrent change). */
        public Command(DisputeId disputeId, LetterId letterId, String trackingNumber) {
            this(disputeId, Optional.empty(), letterId, trackingNumber);
        }

        public Command {
            Objects.requireNonNull(disputeId, "disputeId is required");
            Objects.requireNonNull(expectedVersion, "expectedVersion is required");
            Objects.requireNonNull(letterId, "letterId is required");
            Objects.requireNonNull(trackingNumber, "trackingNumber is required");
        }
    }
}
