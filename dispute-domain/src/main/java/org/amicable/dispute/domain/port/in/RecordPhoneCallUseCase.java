package org.amicable.dispute.domain.port.in;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.PhoneCallOutcome;

/** Records the outcome of a confirmation call. */
public interface RecordPhoneCallUseCase {

    DisputeView recordPhoneCall(Command command);

    /**
     * The command.
     *
     * @param disputeId the dispute
     * @param expectedVersion the version the caller saw (If-Match), if it cares
     * @param on the day of the call
     * @param outcome reached, unreachable or promised
     * @param promisedFor the promised date, with PROMISED only
     * @param note what was said
     */
    record Command(DisputeId disputeId, Optional<Long> expectedVersion, LocalDate on, PhoneCallOutcome outcome, Optional<LocalDate> promisedFor, String note) implements DisputeCommand {
        /** The command on the dispute as it stands, whatever its version (no check against a concurrent change). */
        public Command(DisputeId disputeId, LocalDate on, PhoneCallOutcome outcome, Optional<LocalDate> promisedFor,
                String note) {
            this(disputeId, Optional.empty(), on, outcome, promisedFor, note);
        }

        public Command {
            Objects.requireNonNull(disputeId, "disputeId is required");
            Objects.requireNonNull(expectedVersion, "expectedVersion is required");
            Objects.requireNonNull(on, "on is required");
            Objects.requireNonNull(outcome, "outcome is required");
            Objects.requireNonNull(promisedFor, "promisedFor is required");
            Objects.requireNonNull(note, "note is required");
        }
    }
}
