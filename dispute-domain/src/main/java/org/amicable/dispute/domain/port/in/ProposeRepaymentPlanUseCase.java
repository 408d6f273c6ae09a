package org.amicable.dispute.domain.port.in;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.policy.RepaymentPlanLimits;

/**
 * The customer proposes to pay the balance of a claim in monthly instalments. Within the limits the
 * company configures ({@link RepaymentPlanLimits}) the plan is agreed at once, as if signed, and its
 * confirmation goes out; outside them it is recorded for a manager to decide, never refused.
 */
public interface ProposeRepaymentPlanUseCase {

    Outcome proposeRepaymentPlan(Command command);

    /**
     * The command.
     *
     * @param disputeId       the unpaid claim
     * @param expectedVersion the version the caller saw, if it cares
     * @param instalments     how many monthly instalments, 1 to {@link RepaymentPlanLimits#LONGEST_PLAN}
     * @param firstDueDate    when the first one falls due; the others follow month after month
     */
    record Command(DisputeId disputeId, Optional<Long> expectedVersion, int instalments, LocalDate firstDueDate)
            implements DisputeCommand {
        public Command {
            Objects.requireNonNull(disputeId, "disputeId is required");
            Objects.requireNonNull(expectedVersion, "expectedVersion is required");
            Objects.requireNonNull(firstDueDate, "firstDueDate is required");
        }
    }

    /**
     * What became of the proposal.
     *
     * @param dispute  the claim after it
     * @param decision agreed on the spot, or sent to a manager and why
     */
    record Outcome(DisputeView dispute, RepaymentPlanLimits.Decision decision) {
        public Outcome {
            Objects.requireNonNull(dispute, "dispute");
            Objects.requireNonNull(decision, "decision");
        }

        /** Whether the plan was agreed at once. */
        public boolean agreed() {
            return decision instanceof RepaymentPlanLimits.Decision.AcceptedOnTheSpot;
        }
    }
}
