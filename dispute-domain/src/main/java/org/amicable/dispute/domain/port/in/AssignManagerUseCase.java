package org.amicable.dispute.domain.port.in;

import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeId;

/** Assigns the manager who handles a dispute (a grievance or an unpaid claim): the person its tasks are for. */
public interface AssignManagerUseCase {

    DisputeView assignManager(Command command);

    /**
     * The command.
     *
     * @param disputeId the dispute
     * @param expectedVersion the version the caller saw (If-Match), if it cares
     * @param manager the manager's name or login
     */
    record Command(DisputeId disputeId, Optional<Long> expectedVersion, String manager) implements DisputeCommand {
        /** The command on the dispute as it stands, whatever its version (no check against a concurrent change). */
        public Command(DisputeId disputeId, String manager) {
            this(disputeId, Optional.empty(), manager);
        }

        public Command {
            Objects.requireNonNull(disputeId, "disputeId is required");
            Objects.requireNonNull(expectedVersion, "expectedVersion is required");
            Objects.requireNonNull(manager, "manager is required");
        }
    }
}
