package org.amicable.dispute.domain.policy;

import java.time.Period;
import org.amicable.dispute.domain.model.GrievanceTerms;

/**
 * The delays of the grievance track.
 *
 * @param firstContactDays          days from receipt within which the manager must make first contact (default 2)
 * @param answerDays                days a customer is given to answer a proposal, when the manager does not say (14)
 * @param consumerMediationWindow   how long after the written complaint a consumer may still go to the consumer
 *                                  mediator (one year: Code de la consommation, art. L612-2)
 */
public record GrievanceRules(int firstContactDays, int answerDays, Period consumerMediationWindow)
        implements GrievanceTerms {

    public GrievanceRules {
        InvalidPolicyException.requireAtLeast(firstContactDays, 0, "firstContactDays");
        InvalidPolicyException.requireAtLeast(answerDays, 1, "answerDays");
        if (consumerMediationWindow == null || consumerMediationWindow.isNegative() || consumerMediationWindow.isZero()) {
            throw new InvalidPolicyException("consumerMediationWindow", "must be a positive period, was "
                    + consumerMediationWindow);
        }
    }

    /** Two days to first contact, fourteen to answer, one year to reach the consumer mediator. */
    public static GrievanceRules defaults() {
        return new GrievanceRules(2, 14, Period.ofYears(1));
    }

    public GrievanceRules withFirstContactDays(int days) {
        return new GrievanceRules(days, answerDays, consumerMediationWindow);
    }
}
