package org.amicable.dispute.domain.model;

import java.time.LocalDate;
import java.util.Optional;

/** What decides which of a grievance's deadlines has passed, from what the grievance says of itself. */
public interface GrievanceDeadlines {

    /** The first date one of the grievance's deadlines passes, if any: the storage indexes it. */
    Optional<LocalDate> nextDueOn(GrievanceFacts grievance);

    /** What has passed on {@code date}: one deadline, which the grievance records, or a wait. */
    GrievanceDecision decide(GrievanceFacts grievance, LocalDate date);
}
