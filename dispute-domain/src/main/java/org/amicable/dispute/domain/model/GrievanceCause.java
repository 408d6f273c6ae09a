package org.amicable.dispute.domain.model;

/** What the company did wrong. */
public enum GrievanceCause {
    /** Produit avarié. */
    SPOILED_PRODUCT,
    /** Article non conforme à la commande. */
    NON_CONFORMING_ITEM,
    /** Erreur sur le montant de la facture: holds the chase of that invoice. */
    INVOICE_ERROR,
    /** Any other failure of service quality. */
    OTHER
}
