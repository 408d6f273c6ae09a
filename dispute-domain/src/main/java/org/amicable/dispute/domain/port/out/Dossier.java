package org.amicable.dispute.domain.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.LateChargeRate;
import org.amicable.dispute.domain.model.Timeline;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.amicable.dispute.domain.port.in.DisputeView;

/**
 * What the dossier of a hand-over pack states, for a reader outside the company (a mediator, a
 * commissaire de justice, a court clerk): the dispute as it stands on {@link DisputeView#asOf()},
 * its timeline, and how the sums due were computed.
 *
 * @param dispute      the dispute on the day the dossier is made, with its letters
 * @param timeline     every entry, oldest first
 * @param verification the check of the hash chain
 * @param lateCharges  how late charges ran, for an unpaid claim where they run
 */
public record Dossier(DisputeView dispute, List<TimelineEntry> timeline, Timeline.Verification verification,
        Optional<LateChargeTerms> lateCharges) {

    public Dossier {
        Objects.requireNonNull(dispute, "dispute");
        timeline = List.copyOf(timeline);
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(lateCharges, "lateCharges");
    }

    /** The dossier is written in the customer's language. */
    public Language language() {
        return dispute.customer().language();
    }

    /**
     * How late charges (penalties or legal interest) ran on the principal.
     *
     * @param rate         the rate in force on the day of the dossier, with its basis
     * @param runningAfter the day after which they run (the due date, or the formal notice's start)
     * @param until        the last day they ran to
     */
    public record LateChargeTerms(LateChargeRate rate, LocalDate runningAfter, LocalDate until) {
        public LateChargeTerms {
            Objects.requireNonNull(rate, "rate");
            Objects.requireNonNull(runningAfter, "runningAfter");
            Objects.requireNonNull(until, "until");
        }
    }
}
