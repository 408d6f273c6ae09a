package org.amicable.dispute.domain.model;

import java.time.LocalDate;

/** The late charges French law attaches to an unpaid invoice, computed by the policy's {@code LateCharges}. */
public interface LateChargeLaw {

    /** Late-payment penalties between businesses, from the day after {@code dueDate} to {@code asOf}. */
    Money penalties(PrincipalHistory principal, LocalDate dueDate, LocalDate asOf);

    /** Legal interest toward a consumer, from the day after {@code noticeDate} to {@code asOf}. */
    Money legalInterest(PrincipalHistory principal, LocalDate noticeDate, LocalDate asOf);

    /** The flat recovery indemnity owed for a late invoice of this amount by a customer of this kind. */
    Money recoveryIndemnity(CustomerKind customer, Money claim);

    /** The rate late charges run at on a date for a customer of this kind, with its basis. */
    LateChargeRate rateOn(CustomerKind customer, LocalDate date);
}
