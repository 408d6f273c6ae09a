package org.amicable.dispute.domain.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.Instalment;

/** Records a signed repayment plan, whose instalments add up to the balance. */
public interface AgreeRepaymentPlanUseCase {

    DisputeView agreeRepaymentPlan(Command command);

    /**
     * The command.
     *
     * @param disputeId the dispute
     * @param expectedVersion the version the caller saw (If-Match), if it cares
     * @param on the day it was signed
     * @param instalments the schedule
     */
    record Command(DisputeId disputeId, Optional<Long> expectedVersion, LocalDate on, List<Instalment> instalments) implements DisputeCommand {
        /** The command on the dispute as it stands, whatever its version (no check against a concurrent change). */
        public Command(DisputeId disputeId, LocalDate on, List<Instalment> instalments) {
            this(disputeId, Optional.empty(), on, instalments);
        }

        public Command {
            Objects.requireNonNull(disputeId, "disputeId is required");
            Objects.requireNonNull(expectedVersion, "expectedVersion is required");
            Objects.requireNonNull(on, "on is required");
            Objects.requireNonNull(instalments, "instalments is required");
            instalments = List.copyOf(instalments);
        }
    }
}
