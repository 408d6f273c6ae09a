package org.amicable.dispute.domain.port.in;

import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.LetterId;

/**
 * A manager approves a letter that waits for review (or was held): it goes out with the next dispatch,
 * exactly once. A letter that goes out with others as one customer letter is approved with them: every
 * letter of its group still waiting is approved, each on its own claim.
 */
public interface ApproveLetterUseCase {

    /**
     * @return the dispute of the letter named, as it stands after the approval
     * @throws org.amicable.dispute.domain.model.TransitionNotAllowedException when the letter does not wait for review
     */
    DisputeView approveLetter(Command command);

    /**
     * The command.
     *
     * @param disputeId       the dispute of the letter
     * @param expectedVersion the version the caller saw (If-Match), if it cares
     * @param letterId        the letter
     */
    record Command(DisputeId disputeId, Optional<Long> expectedVersion, LetterId letterId) implements DisputeCommand {
        public Command {
            Objects.requireNonNull(disputeId, "disputeId is required");
            Objects.requireNonNull(expectedVersion, "expectedVersion is required");
            Objects.requireNonNull(letterId, "letterId is required");
        }

        /** The command on the dispute as it stands, whatever its version. */
        public Command(DisputeId disputeId, LetterId letterId) {
            this(disputeId, Optional.empty(), letterId);
        }
    }
}
