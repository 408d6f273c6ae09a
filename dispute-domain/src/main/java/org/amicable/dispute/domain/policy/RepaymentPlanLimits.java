package org.amicable.dispute.domain.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.amicable.dispute.domain.model.Instalment;
import org.amicable.dispute.domain.model.InvalidCommandException;
import org.amicable.dispute.domain.model.Money;

/**
 * The repayment plans the company accepts on the spot when a customer proposes one on his page: at most
 * {@code maxInstalments} monthly instalments, none below {@code minInstalment}. A plan outside them is not
 * refused: it goes to a manager.
 *
 * @param maxInstalments the most instalments accepted on the spot (default 6)
 * @param minInstalment  the smallest instalment accepted on the spot (default 50 EUR)
 */
public record RepaymentPlanLimits(int maxInstalments, Money minInstalment) {

    /** The most instalments a customer may propose at all: three years of monthly payments. */
    public static final int LONGEST_PLAN = 36;

    public RepaymentPlanLimits {
        if (maxInstalments < 1 || maxInstalments > LONGEST_PLAN) {
            throw new InvalidPolicyException("maxInstalments", "must be between 1 and " + LONGEST_PLAN + ", was "
                    + maxInstalments);
        }
        Objects.requireNonNull(minInstalment, "minInstalment");
        if (minInstalment.isNegative()) {
            throw new InvalidPolicyException("minInstalment", "must not be negative, was " + minInstalment);
        }
    }

    /** At most 6 monthly instalments of at least 50 EUR. */
    public static RepaymentPlanLimits defaults() {
        return new RepaymentPlanLimits(6, Money.euros("50.00"));
    }

    /** What becomes of a plan the customer proposes. */
    public sealed interface Decision {
        /** Within the limits: the plan is agreed at once. */
        record AcceptedOnTheSpot() implements Decision {
        }

        /** Outside the limits: a manager decides. */
        record ForAManager(String why) implements Decision {
        }
    }

    /** Whether the company accepts the plan on the spot, or why a manager must decide. */
    public Decision judge(List<Instalment> instalments) {
        if (instalments.size() > maxInstalments) {
            return new Decision.ForAManager(instalments.size() + " instalments, more than the " + maxInstalments
                    + " accepted on the spot");
        }
        for (Instalment instalment : instalments) {
            if (!instalment.amount().currency().equals(minInstalment.currency())) {
                return new Decision.ForAManager("instalments in " + instalment.amount().currency()
                        + ", limits set in " + minInstalment.currency());
            }
            if (minInstalment.isGreaterThan(instalment.amount())) {
                return new Decision.ForAManager("an instalment of " + instalment.amount() + ", less than the "
                        + minInstalment + " accepted on the spot");
            }
        }
        return new Decision.AcceptedOnTheSpot();
    }

    /**
     * Splits {@code total} into {@code count} monthly instalments from {@code firstDue}, as even as the
     * currency's minor unit allows: the first ones carry the remainder, one minor unit each.
     *
     * @throws InvalidCommandException naming {@code instalments} when the count is out of 1 to {@link #LONGEST_PLAN},
     *         or the total too small to give each instalment something
     */
    public static List<Instalment> monthly(Money total, int count, LocalDate firstDue) {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(firstDue, "firstDue");
        if (count < 1 || count > LONGEST_PLAN) {
            throw new InvalidCommandException("instalments", "must be between 1 and " + LONGEST_PLAN);
        }
        if (total.minorUnits() < count) {
            throw new InvalidCommandException("instalments", "are more than the " + total + " owed can be split into");
        }
        long each = total.minorUnits() / count;
        long remainder = total.minorUnits() % count;
        List<Instalment> plan = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long units = each + (i < remainder ? 1 : 0);
            plan.add(new Instalment(i + 1, firstDue.plusMonths(i), Money.ofMinor(units, total.currency())));
        }
        return List.copyOf(plan);
    }
}
