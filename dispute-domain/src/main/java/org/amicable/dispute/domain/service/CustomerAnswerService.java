package org.amicable.dispute.domain.service;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.amicable.dispute.domain.model.Instalment;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.policy.RepaymentPlanLimits;
import org.amicable.dispute.domain.port.in.DisputeView;
import org.amicable.dispute.domain.port.in.ProposeRepaymentPlanUseCase;

/** A repayment plan the customer proposes himself, judged against the limits the company accepts on the spot. */
final class CustomerAnswerService implements ProposeRepaymentPlanUseCase {

    private final Disputes disputes;
    private final RepaymentPlanLimits limits;

    CustomerAnswerService(Disputes disputes, RepaymentPlanLimits limits) {
        this.disputes = disputes;
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public Outcome proposeRepaymentPlan(ProposeRepaymentPlanUseCase.Command command) {
        disputes.requireWithinHorizon(command.firstDueDate(), "firstDueDate");
        if (command.firstDueDate().isBefore(disputes.today())) {
            throw new org.amicable.dispute.domain.model.InvalidCommandException("firstDueDate",
                    "is in the past (" + command.firstDueDate() + ")");
        }
        AtomicReference<RepaymentPlanLimits.Decision> decided = new AtomicReference<>();
        DisputeView view = disputes.changeClaim(command, "propose a repayment plan", claim -> {
            Money balance = claim.figures(disputes.policy()).balanceOn(disputes.today()).total();
            List<Instalment> plan = RepaymentPlanLimits.monthly(balance, command.instalments(), command.firstDueDate());
            RepaymentPlanLimits.Decision decision = limits.judge(plan);
            if (decision instanceof RepaymentPlanLimits.Decision.AcceptedOnTheSpot) {
                for (int i = 0; i < plan.size(); i++) {
                    disputes.requireWithinHorizon(plan.get(i).dueDate(), "instalments");
                }
                claim.agreeRepaymentPlan(disputes.today(), plan, disputes.policy(), disputes.clock());
            } else {
                claim.proposeRepaymentPlan(disputes.today(), plan, disputes.policy(), disputes.clock());
            }
            decided.set(decision);
        });
        return new Outcome(view, decided.get());
    }
}
