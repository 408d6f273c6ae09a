package org.amicable.dispute.domain.model;

import java.time.LocalDate;
import java.util.Optional;

/** What decides the next step of an unpaid claim's ladder, from what the claim says of itself. */
public interface LadderSchedule {

    /** The first date something is due on the claim, if any: the storage indexes it. */
    Optional<LocalDate> nextDueOn(LadderFacts claim);

    /** What is due on {@code date}: one step, which the claim carries out, or a wait. */
    ClaimDecision decide(LadderFacts claim, LocalDate date);
}
