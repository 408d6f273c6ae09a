package org.amicable.dispute.domain.model;

/** The legal statements a letter must carry; adapters word them in the letter's language. */
public enum LegalMention {
    /** The words "mise en demeure". */
    FORMAL_NOTICE_TITLE,
    /** Payment is demanded within eight days (sous huitaine). */
    PAYMENT_WITHIN_DEADLINE,
    /** Otherwise the company will go to court to recover its claim. */
    COURT_ACTION_OTHERWISE,
    /** Late-payment penalties run from the day after the due date (Code de commerce, art. L441-10). */
    LATE_PAYMENT_PENALTIES,
    /** The flat 40 EUR recovery indemnity (Code de commerce, art. D441-5). */
    RECOVERY_INDEMNITY,
    /** Legal interest runs from this notice (Code civil, art. 1231-6 and 1344-1). */
    LEGAL_INTEREST_FROM_NOTICE,
    /** Recovery costs stay with the company (Code des procédures civiles d'exécution, art. L111-8). */
    RECOVERY_COSTS_NOT_CHARGED,
    /** The consumer may refer the dispute to the consumer mediator (Code de la consommation, art. L612-1). */
    CONSUMER_MEDIATOR
}
