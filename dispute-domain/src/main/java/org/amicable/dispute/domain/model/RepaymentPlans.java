package org.amicable.dispute.domain.model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How an unpaid claim's repayment plans (échéanciers) are proposed, agreed and declined. A plan's
 * instalments must add up to the balance on the day of the plan and fall due after it, in order
 * ({@link DisputeTerms#planTotal}); a plan the customer proposes beyond the limits the company accepts
 * on the spot waits for a manager.
 */
final class RepaymentPlans {

    private final UnpaidClaim claim;
    private final Clock clock;

    RepaymentPlans(UnpaidClaim claim, Clock clock) {
        this.claim = claim;
        this.clock = clock;
    }

    /** Agrees a plan, and confirms it to the customer by letter. */
    void agree(LocalDate on, List<Instalment> instalments, DisputeTerms terms) {
        claim.requireState(UnpaidClaim.LADDER, "agree a repayment plan");
        claim.requireDuringLife(on, "on", clock);
        Money total = terms.planTotal(on, instalments, claim.figures(terms).balanceOn(on));
        Invoice invoice = claim.invoice().orElseThrow();
        LadderTerms ladder = claim.ladder(terms);
        claim.record(new DisputeEvent.RepaymentPlanAgreed(on, List.copyOf(instalments)), clock);
        claim.issueLetter(LetterKind.REPAYMENT_PLAN_CONFIRMATION, claim.emailIfPossible(), on, invoice.number(),
                new LetterContent.RepaymentPlanConfirmation(invoice, instalments, total,
                        Optional.of(ladder.instalmentGraceDays()), Optional.of(ladder.afterMissedInstalment()),
                        claim.invoiceCorrection()), clock);
    }

    /**
     * Records a plan the customer proposed outside the limits the company accepts on the spot: a reaction,
     * which waits for a manager to agree a plan (this one or another) or to answer him.
     */
    void propose(LocalDate on, List<Instalment> instalments, DisputeTerms terms) {
        claim.requireState(UnpaidClaim.LADDER, "propose a repayment plan");
        claim.requireDuringLife(on, "on", clock);
        terms.planTotal(on, instalments, claim.figures(terms).balanceOn(on));
        claim.record(new DisputeEvent.RepaymentPlanProposed(on, List.copyOf(instalments)), clock);
    }

    /**
     * A manager declines the plan the customer proposed, with its reason. The ladder resumes where it
     * stood: the same step, its waiting delay counted again from the day of the decline, as from a
     * reaction, so that the customer has the full delay to pay or to propose another plan before the next
     * letter. The eight days of a formal notice, a legal deadline, run on unchanged.
     */
    void decline(LocalDate on, String reason) {
        claim.requireNotClosed("decline the proposed repayment plan");
        if (claim.proposedPlan().isEmpty()) {
            throw claim.notAllowed("decline the proposed repayment plan", "no plan proposed by the customer waits");
        }
        claim.requireDuringLife(on, "on", clock);
        LocalDate proposedOn = claim.standing().proposedOn().orElseThrow();
        if (on.isBefore(proposedOn)) {
            throw new InvalidCommandException("on", "is before the plan was proposed, on " + proposedOn);
        }
        claim.record(new DisputeEvent.RepaymentPlanDeclined(on, Text.require(reason, "reason", 2000, true)), clock);
    }
}
