package org.amicable.dispute.domain.model;

import java.util.Objects;

/**
 * What the customer owes on a date, broken down as a court would read it.
 *
 * @param principal     the unpaid part of the invoice
 * @param lateCharges   unpaid late-payment penalties (business) or legal interest (consumer)
 * @param chargeKind    which of the two the late charges are
 * @param indemnity     the unpaid part of the flat recovery indemnity (business customers only)
 */
public record Balance(Money principal, Money lateCharges, ChargeKind chargeKind, Money indemnity) {

    /** The kind of late charges a claim bears. */
    public enum ChargeKind {
        /** Pénalités de retard, between businesses, from the day after the due date. */
        LATE_PAYMENT_PENALTIES,
        /** Intérêts au taux légal, toward a consumer, from the formal notice. */
        LEGAL_INTEREST;

        /** Which charges a customer of this kind bears. */
        public static ChargeKind borneBy(CustomerKind customer) {
            return customer == CustomerKind.BUSINESS ? LATE_PAYMENT_PENALTIES : LEGAL_INTEREST;
        }
    }

    public Balance {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(lateCharges, "lateCharges");
        Objects.requireNonNull(chargeKind, "chargeKind");
        Objects.requireNonNull(indemnity, "indemnity");
        if (principal.isNegative() || lateCharges.isNegative() || indemnity.isNegative()) {
            throw new IllegalArgumentException("a balance is never negative: " + principal + ", " + lateCharges + ", " + indemnity);
        }
    }

    /** Principal, late charges and indemnity together. */
    public Money total() {
        return principal.plus(lateCharges).plus(indemnity);
    }

    public boolean isSettled() {
        return total().isZero();
    }
}
