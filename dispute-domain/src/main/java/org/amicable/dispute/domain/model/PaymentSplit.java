package org.amicable.dispute.domain.model;

import java.util.Objects;

/**
 * How one payment toward a claim is applied: late charges first, then the indemnity, then the principal
 * (Code civil, art. 1343-1); what is left over is a surplus, never a negative balance.
 */
public record PaymentSplit(Money toLateCharges, Money toIndemnity, Money toPrincipal, Money surplus) {

    public PaymentSplit {
        Objects.requireNonNull(toLateCharges, "toLateCharges");
        Objects.requireNonNull(toIndemnity, "toIndemnity");
        Objects.requireNonNull(toPrincipal, "toPrincipal");
        Objects.requireNonNull(surplus, "surplus");
    }
}
