package org.amicable.dispute.domain.model;

/** Who is at fault decides the track a dispute follows. */
public enum Track {
    /** The customer did not pay: the company chases the claim (défaut de paiement). */
    UNPAID_CLAIM,
    /** The company failed the customer: the customer's grievance is settled (réclamation). */
    GRIEVANCE
}
