package org.amicable.dispute.domain.policy;

import org.amicable.dispute.domain.model.Balance;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.PaymentSplit;

/**
 * How a payment toward one claim is applied when it does not cover everything: late charges first,
 * then the recovery indemnity, then the principal (Code civil, art. 1343-1). What exceeds the balance
 * is a surplus, recorded as such.
 */
public final class PaymentAllocation {

    private PaymentAllocation() {
    }

    /** Splits {@code amount} over what is {@code owed}, in the law's order. */
    public static PaymentSplit allocate(Money amount, Balance owed) {
        Money left = amount;
        Money toCharges = left.min(owed.lateCharges());
        left = left.minus(toCharges);
        Money toIndemnity = left.min(owed.indemnity());
        left = left.minus(toIndemnity);
        Money toPrincipal = left.min(owed.principal());
        return new PaymentSplit(toCharges, toIndemnity, toPrincipal, left.minus(toPrincipal));
    }
}
