package org.amicable.dispute.domain.port.in;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.Money;

/** Records a promise to pay by a date, which holds the ladder until then plus grace. */
public interface RecordPromiseUseCase {

    DisputeView recordPromise(Command command);

    /**
     * The command.
     *
     * @param disputeId the dispute
     * @param expectedVersion the version the caller saw (If-Match), if it cares
     * @param on the day of the promise
     * @param promisedFor the date the customer will pay by
     * @param amount the amount promised, if stated
     */
    record Command(DisputeId disputeId, Optional<Long> expectedVersion, LocalDate on, LocalDate promisedFor, Optional<Money> amount) implements DisputeCommand {
        /** The command on the dispute as it stands, whatever its version (no check against a concurrent change). */
        public Command(DisputeId disputeId, LocalDate on, LocalDate promisedFor, Optional<Money> amount) {
            this(disputeId, Optional.empty(), on, promisedFor, amount);
        }

        public Command {
            Objects.requireNonNull(disputeId, "disputeId is required");
            Objects.requireNonNull(expectedVersion, "expectedVersion is required");
            Objects.requireNonNull(on, "on is required");
            Objects.requireNonNull(promisedFor, "promisedFor is required");
            Objects.requireNonNull(amount, "amount is required");
        }
    }
}
