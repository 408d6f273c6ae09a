package org.amicable.dispute.domain.port.in;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeId;

/** Records that the agreed remedy was delivered, ending the grievance on time or late. */
public interface RecordResolutionUseCase {

    DisputeView recordResolution(Command command);

    /**
     * The command.
     *
     * @param disputeId the dispute
     * @param expectedVersion the version the caller saw (If-Match), if it cares
     * @param deliveredOn the day the remedy was delivered
     * @param note what was done
     * @param correctionReference the credit note's or the corrected invoice's number, when the remedy
     *                  corrected an invoice; later letters about the invoice name it
     */
    record Command(DisputeId disputeId, Optional<Long> expectedVersion, LocalDate deliveredOn, String note,
            Optional<String> correctionReference) implements DisputeCommand {
        /** The command on the dispute as it stands, whatever its version (no check against a concurrent change). */
        public Command(DisputeId disputeId, LocalDate deliveredOn, String note, Optional<String> correctionReference) {
            this(disputeId, Optional.empty(), deliveredOn, note, correctionReference);
        }


        /** A resolution that names no correcting document. */
        public Command(DisputeId disputeId, Optional<Long> expectedVersion, LocalDate deliveredOn, String note) {
            this(disputeId, expectedVersion, deliveredOn, note, Optional.empty());
        }

        public Command {
            Objects.requireNonNull(disputeId, "disputeId is required");
            Objects.requireNonNull(expectedVersion, "expectedVersion is required");
            Objects.requireNonNull(deliveredOn, "deliveredOn is required");
            Objects.requireNonNull(note, "note is required");
            Objects.requireNonNull(correctionReference, "correctionReference");
        }
    }
}
