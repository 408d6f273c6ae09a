package org.amicable.dispute.domain.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the grievance's schedule decides has passed on a date: one deadline for the grievance to record
 * (it records the event), or nothing yet. A closed family: the grievance handles every decision.
 */
public sealed interface GrievanceDecision {

    /** No contact was made by {@code deadline}: the grievance is raised above the manager. */
    record FirstContactOverdue(LocalDate deadline) implements GrievanceDecision {
        public FirstContactOverdue {
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    /** The customer did not answer the proposal of round {@code round} in time: the negotiation goes on. */
    record ProposalLapsed(int round) implements GrievanceDecision {
    }

    /** The remedy agreed for {@code resolveBy} was not delivered by then: the grievance is overdue. */
    record RemedyOverdue(LocalDate resolveBy) implements GrievanceDecision {
        public RemedyOverdue {
            Objects.requireNonNull(resolveBy, "resolveBy");
        }
    }

    /** No deadline has passed: the next one falls on {@code until}, or on no date while none runs. */
    record Wait(Optional<LocalDate> until) implements GrievanceDecision {
        public Wait {
            Objects.requireNonNull(until, "until");
        }
    }
}
