package org.amicable.dispute.domain.port.in;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeId;

/**
 * Declines the repayment plan the customer proposed beyond the limits accepted on the spot, with its reason,
 * kept in the timeline (no letter goes out: the manager tells the customer). The plan no longer waits; the
 * ladder's waiting delay counts again from the day of the decline.
 */
public interface DeclineRepaymentPlanUseCase {

    DisputeView declineRepaymentPlan(Command command);

    /**
     * The command.
     *
     * @param disputeId the dispute
     * @param expectedVersion the version the caller saw (If-Match), if it cares
     * @param on the day of the decision
     * @param reason why the plan is declined
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
