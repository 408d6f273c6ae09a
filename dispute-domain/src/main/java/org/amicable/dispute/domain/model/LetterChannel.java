package org.amicable.dispute.domain.model;

/** How a letter travels. */
public enum LetterChannel {
    /** Lettre recommandée avec accusé de réception: printed and posted; a copy goes by email where possible. */
    REGISTERED_POST,
    EMAIL
}
