package org.amicable.dispute.domain.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the grievance's schedule needs to know of a grievance, as of now.
 *
 * @param state                where the grievance stands
 * @param firstContactDeadline the day by which the manager must make first contact
 * @param contacted            whether the manager made contact (a call, a meeting, a proposal)
 * @param firstContactRaised   whether the first contact was already raised as overdue
 * @param pending              the proposal waiting for the customer's answer, if any
 * @param agreed               the accepted proposal, whose resolve-by date is the agreed deadline, if any
 */
public record GrievanceFacts(GrievanceState state, LocalDate firstContactDeadline, boolean contacted,
        boolean firstContactRaised, Optional<SettlementProposal> pending, Optional<SettlementProposal> agreed) {

    public GrievanceFacts {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(firstContactDeadline, "firstContactDeadline");
        Objects.requireNonNull(pending, "pending");
        Objects.requireNonNull(agreed, "agreed");
    }
}
