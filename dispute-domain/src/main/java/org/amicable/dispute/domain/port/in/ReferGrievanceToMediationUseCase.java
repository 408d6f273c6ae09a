package org.amicable.dispute.domain.port.in;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeId;

/** Refers a grievance to a mediator (the consumer mediator for a consumer). */
public interface ReferGrievanceToMediationUseCase {

    DisputeView referGrievanceToMediation(Command command);

    /**
     * The command.
     *
     * @param disputeId the dispute
     * @param expectedVersion the version the caller saw (If-Match), if it cares
     * @param on the day of the referral
     * @param mediatorName who mediates
     */
    record Command(DisputeId disputeId, Optional<Long> expectedVersion, LocalDate on, String mediatorName) implements DisputeCommand {
        /** The command on the dispute as it stands, whatever its version (no check against a concurrent change). */
        public Command(DisputeId disputeId, LocalDate on, String mediatorName) {
            this(disputeId, Optional.empty(), on, mediatorName);
        }

        public Command {
            Objects.requireNonNull(disputeId, "disputeId is required");
            Objects.requireNonNull(expectedVersion, "expectedVersion is required");
            Objects.requireNonNull(on, "on is required");
            Objects.requireNonNull(mediatorName, "mediatorName is required");
        }
    }
}
