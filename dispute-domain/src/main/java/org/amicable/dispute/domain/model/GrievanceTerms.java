package org.amicable.dispute.domain.model;

import java.time.Period;

/** The delays of the grievance track. */
public interface GrievanceTerms {

    /** Days from receipt within which the manager must make first contact. */
    int firstContactDays();

    /** How long after the written complaint a consumer may still go to the consumer mediator. */
    Period consumerMediationWindow();
}
