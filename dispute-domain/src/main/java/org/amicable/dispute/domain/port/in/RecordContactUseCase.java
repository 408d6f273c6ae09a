package org.amicable.dispute.domain.port.in;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeId;

/** Records the manager's contact with a customer with a grievance. */
public interface RecordContactUseCase {

    DisputeView recordContact(Command command);

    /**
     * The command.
     *
     * @param disputeId the dispute
     * @param expectedVersion the version the caller saw (If-Match), if it cares
     * @param on the day of the contact
     * @param note what was said
     */
    record Command(DisputeId disputeId, Optional<Long> expectedVersion, LocalDate on, String note) implements DisputeCommand {
        /** The command on the dispute as it stands, whatever its version (no check against a concurrent change). */
        public Command(DisputeId disputeId, LocalDate on, String note) {
            this(disputeId, Optional.empty(), on, note);
        }

        public Command {
            Objects.requireNonNull(disputeId, "disputeId is required");
            Objects.requireNonNull(expectedVersion, "expectedVersion is required");
            Objects.requireNonNull(on, "on is required");
            Objects.requireNonNull(note, "note is required");
        }
    }
}
