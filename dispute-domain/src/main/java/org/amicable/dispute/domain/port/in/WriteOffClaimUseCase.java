package org.amicable.dispute.domain.port.in;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeId;

/** Writes an unpaid claim off: the company gives it up. */
public interface WriteOffClaimUseCase {

    DisputeView writeOffClaim(Command command);

    /**
     * The command.
     *
     * @param disputeId the dispute
     * @param expectedVersion the version the caller saw (If-Match), if it cares
     * @param on the day of the decision
     * @param reason why
     */
    record Command(DisputeId disputeId, Optional<Long> expectedVersion, LocalDate on, String reason) implements DisputeCommand {
        /** The command on the dispute as it stands, whatever its version (no check against a concurrent change). */
        public Command(DisputeId disputeId, LocalDate on, String reason) {
            this(disputeId, Optional.empty(), on, reason);
        }

        public Command {
            Objects.requireNonNull(disputeId, "disputeId is required");
            Objects.requireNonNull(expectedVersion, "expectedVersion is required");
            Objects.requireNonNull(on, "on is required");
            Objects.requireNonNull(reason, "reason is required");
        }
    }
}
