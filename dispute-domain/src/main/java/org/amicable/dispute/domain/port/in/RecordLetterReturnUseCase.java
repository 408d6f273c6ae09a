package org.amicable.dispute.domain.port.in;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.LetterId;
import org.amicable.dispute.domain.model.ReturnReason;

/**
 * Records that a registered letter came back undelivered: unclaimed after the postman's notice,
 * refused, or addressee unknown (NPAI). Unclaimed or refused, it takes effect from its first
 * presentation; NPAI, the ladder holds until the customer's address is corrected.
 */
public interface RecordLetterReturnUseCase {

    DisputeView recordLetterReturn(Command command);

    /**
     * The command.
     *
     * @param disputeId        the dispute
     * @param expectedVersion  the version the caller saw (If-Match), if it cares
     * @param letterId         the letter
     * @param reason           why it came back
     * @param firstPresentedOn the day the post first presented it; required unless NPAI
     * @param returnedOn       the day it came back
     */
    record Command(DisputeId disputeId, Optional<Long> expectedVersion, LetterId letterId, ReturnReason reason,
            Optional<LocalDate> firstPresentedOn, LocalDate returnedOn) implements DisputeCommand {
        /** The command on the dispute as it stands, whatever its version (no check against a concurrent change). */
        public Command(DisputeId disputeId, LetterId letterId, ReturnReason reason,
                Optional<LocalDate> firstPresentedOn, LocalDate returnedOn) {
            this(disputeId, Optional.empty(), letterId, reason, firstPresentedOn, returnedOn);
        }

        public Command {
            Objects.requireNonNull(disputeId, "disputeId is required");
            Objects.requireNonNull(expectedVersion, "expectedVersion is required");
            Objects.requireNonNull(letterId, "letterId is required");
            Objects.requireNonNull(reason, "reason is required");
            Objects.requireNonNull(firstPresentedOn, "firstPresentedOn is required");
            Objects.requireNonNull(returnedOn, "returnedOn is required");
        }
    }
}
