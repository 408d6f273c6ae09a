package org.amicable.dispute.domain.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.amicable.dispute.domain.model.Balance;
import org.amicable.dispute.domain.model.Instalment;
import org.amicable.dispute.domain.model.InvalidCommandException;
import org.amicable.dispute.domain.model.Money;

/**
 * What any repayment plan (échéancier) must be, proposed or agreed: instalments numbered from 1, in the
 * claim's currency, falling due in order from the day of the plan, and adding up to the balance owed
 * that day. {@link RepaymentPlanLimits} says which plans the company accepts on the spot.
 */
public final class RepaymentPlanTerms {

    private RepaymentPlanTerms() {
    }

    /**
     * The plan's total, once checked.
     *
     * @throws InvalidCommandException naming the first field that breaks the terms
     */
    public static Money total(LocalDate on, List<Instalment> instalments, Balance owed) {
        if (instalments == null || instalments.isEmpty()) {
            throw new InvalidCommandException("instalments", "a plan has at least one instalment");
        }
        Money balance = owed.total();
        Money total = Money.zero(balance.currency());
        LocalDate previous = on.minusDays(1);
        for (int i = 0; i < instalments.size(); i++) {
            Instalment instalment = instalments.get(i);
            String field = "instalments[" + i + "]";
            Objects.requireNonNull(instalment.amount(), field + ".amount");
            if (!instalment.amount().currency().equals(balance.currency())) {
                throw new InvalidCommandException(field + ".amount", "is in " + instalment.amount().currency()
                        + " but the claim is in " + balance.currency());
            }
            if (instalment.number() != i + 1) {
                throw new InvalidCommandException(field + ".number", "must be " + (i + 1));
            }
            if (!instalment.dueDate().isAfter(previous)) {
                throw new InvalidCommandException(field + ".dueDate",
                        "must be after " + previous + ": instalments fall due in order, from the day of the plan");
            }
            previous = instalment.dueDate();
            total = total.plus(instalment.amount());
        }
        if (!total.equals(balance)) {
            throw new InvalidCommandException("instalments", "add up to " + total + " but the balance on " + on
                    + " is " + balance);
        }
        return total;
    }
}
