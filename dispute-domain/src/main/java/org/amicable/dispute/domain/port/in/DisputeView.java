package org.amicable.dispute.domain.port.in;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amicable.dispute.domain.model.Balance;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.DisputeState;
import org.amicable.dispute.domain.model.GrievanceCause;
import org.amicable.dispute.domain.model.Instalment;
import org.amicable.dispute.domain.model.LateChargeRate;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.NextStep;
import org.amicable.dispute.domain.model.SettlementProposal;
import org.amicable.dispute.domain.model.Track;

/**
 * A dispute as people and integrations read it, on a given day.
 *
 * @param id              the dispute
 * @param track           unpaid claim or grievance
 * @param state           where it stands: a claim's or a grievance's state
 * @param closed          whether the amicable phase is over
 * @param version         the number of timeline entries (an HTTP ETag)
 * @param customer        the customer
 * @param invoice         the invoice, if any
 * @param openedOn        the day it was opened
 * @param asOf            the day the figures are computed for
 * @param balance         what is owed, with its breakdown (unpaid claims)
 * @param nextStep        what happens next, for adapters to phrase
 * @param nextDueOn       when the escalation next has something to do
 * @param deadlines       the deadlines that run, by kind, in the order of {@link Deadline}
 * @param limitationDate  when the claim expires (unpaid claims)
 * @param letters         every letter, in the order issued
 * @param claim           the unpaid claim's particulars
 * @param grievance       the grievance's particulars
 */
public record DisputeView(
        DisputeId id,
        Track track,
        DisputeState state,
        boolean closed,
        long version,
        Customer customer,
        Optional<Invoice> invoice,
        LocalDate openedOn,
        LocalDate asOf,
        Optional<Balance> balance,
        Optional<NextStep> nextStep,
        Optional<LocalDate> nextDueOn,
        Map<Deadline, LocalDate> deadlines,
        Optional<LocalDate> limitationDate,
        List<Letter> letters,
        Optional<ClaimDetails> claim,
        Optional<GrievanceDetails> grievance) {

    public DisputeView {
        deadlines = deadlines.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(deadlines));
    }

    /** The deadlines a dispute can have running; each has a stable key, the name the API gives it. */
    public enum Deadline {
        /** The day the formal notice's eight days end (unpaid claim). */
        FORMAL_NOTICE("formalNotice"),
        /** The day the customer promised to pay by (unpaid claim). */
        PROMISED_PAYMENT("promisedPayment"),
        /** The day the manager must make first contact by (grievance). */
        FIRST_CONTACT("firstContact"),
        /** The day the customer should answer the pending proposal by (grievance). */
        ANSWER_BY("answerBy"),
        /** The agreed deadline for the remedy, délai convenu (grievance). */
        AGREED("agreed");

        private final String key;

        Deadline(String key) {
            this.key = key;
        }

        /** The stable name of the deadline, e.g. {@code formalNotice}. */
        public String key() {
            return key;
        }
    }

    /**
     * What only an unpaid claim has.
     *
     * @param promisedFor      the promised payment date holding the ladder
     * @param heldByGrievance  the grievance holding the chase
     * @param mediationTried   whether a mediation was tried (opens the court route for small claims)
     * @param repaymentPlan    the plan's instalments
     * @param instalmentsPaid  how many are paid
     * @param proposedPlan     the plan the customer proposed outside the limits accepted on the spot, waiting
     *                         for a manager to decide (empty when none waits)
     * @param lateChargeRate   the yearly rate late charges run at today, and its basis
     * @param lateChargesFrom  the day after which late charges run (empty while none run)
     */
    public record ClaimDetails(Optional<LocalDate> promisedFor, Optional<DisputeId> heldByGrievance,
            boolean mediationTried, List<Instalment> repaymentPlan, int instalmentsPaid, List<Instalment> proposedPlan,
            LateChargeRate lateChargeRate, Optional<LocalDate> lateChargesFrom) {
    }

    /**
     * What only a grievance has.
     *
     * @param cause                 what went wrong
     * @param description           the complaint
     * @param complaintDate         the date of the written complaint
     * @param manager               the manager handling it
     * @param proposals             every proposal, round after round
     * @param pendingProposal       the proposal waiting for an answer
     * @param agreement             the accepted proposal
     * @param heldClaim             the unpaid claim it holds
     * @param mediator              the mediator it was referred to
     */
    public record GrievanceDetails(GrievanceCause cause, String description, LocalDate complaintDate,
            Optional<String> manager, List<SettlementProposal> proposals, Optional<SettlementProposal> pendingProposal,
            Optional<SettlementProposal> agreement, Optional<DisputeId> heldClaim, Optional<String> mediator) {
    }
}
