package org.amicable.dispute.domain.port.in;

import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.LetterId;

/**
 * Keeps the scan of a registered letter's acknowledgment-of-receipt card, or of its returned
 * envelope, once its outcome is recorded: a PDF, PNG or JPEG (told by its content), at most 5 MB.
 */
public interface AttachScanUseCase {

    DisputeView attachScan(Command command);

    /**
     * The command.
     *
     * @param disputeId       the dispute
     * @param expectedVersion the version the caller saw (If-Match), if it cares
     * @param letterId        the letter
     * @param content         the scan's bytes
     */
    record Command(DisputeId disputeId, Optional<Long> expectedVersion, LetterId letterId, byte[] content)
            implements DisputeCommand {
        /** The command on the dispute as it stands, whatever its version (no check against a concurrent change). */
        public Command(DisputeId disputeId, LetterId letterId, byte[] content) {
            this(disputeId, Optional.empty(), letterId, content);
        }

        public Command {
            Objects.requireNonNull(disputeId, "disputeId is required");
            Objects.requireNonNull(expectedVersion, "expectedVersion is required");
            Objects.requireNonNull(letterId, "letterId is required");
            Objects.requireNonNull(content, "scan is required");
        }
    }
}
