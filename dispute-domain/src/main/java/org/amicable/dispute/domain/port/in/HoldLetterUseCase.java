package org.amicable.dispute.domain.port.in;

import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.LetterId;

/**
 * A manager holds a letter that waits for review, saying why: it stays unsent, and the step of the
 * ladder it belongs to waits, until a manager approves it. A letter that goes out with others as one
 * customer letter is held with them: every letter of its group still awaiting review is held.
 */
public interface HoldLetterUseCase {

    /**
     * @return the dispute of the letter named, as it stands after the hold
     * @throws org.amicable.dispute.domain.model.TransitionNotAllowedException when the letter is not awaiting review
     * @throws org.amicable.dispute.domain.model.InvalidValueException         when the reason is empty
     */
    DisputeView holdLetter(Command command);

    /**
     * The command.
     *
     * @param disputeId       the dispute of the letter
     * @param expectedVersion the version the caller saw (If-Match), if it cares
     * @param letterId        the letter
     * @param reason          why it is held (required, at most 500 characters)
     */
    record Command(DisputeId disputeId, Optional<Long> expectedVersion, LetterId letterId, String reason)
            implements DisputeCommand {
        public Command {
            Objects.requireNonNull(disputeId, "disputeId is required");
            Objects.requireNonNull(expectedVersion, "expectedVersion is required");
            Objects.requireNonNull(letterId, "letterId is required");
        }

        /** The command on the dispute as it stands, whatever its version. */
        public Command(DisputeId disputeId, LetterId letterId, String reason) {
            this(disputeId, Optional.empty(), letterId, reason);
        }
    }
}
