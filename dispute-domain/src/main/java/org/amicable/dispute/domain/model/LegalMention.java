package org.amicable.dispute.domain.model;

import java.util.List;

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
    CONSUMER_MEDIATOR;

    /**
     * What a formal notice must say to a customer of this kind: the demand, its deadline and the court;
     * then, to a business, the penalties and the indemnity, to a consumer, the legal interest from the
     * notice, the recovery costs left with the company and the consumer mediator.
     */
    public static List<LegalMention> ofFormalNotice(CustomerKind customer) {
        return switch (customer) {
            case BUSINESS -> List.of(FORMAL_NOTICE_TITLE, PAYMENT_WITHIN_DEADLINE, COURT_ACTION_OTHERWISE,
                    LATE_PAYMENT_PENALTIES, RECOVERY_INDEMNITY);
            case CONSUMER -> List.of(FORMAL_NOTICE_TITLE, PAYMENT_WITHIN_DEADLINE, COURT_ACTION_OTHERWISE,
                    LEGAL_INTEREST_FROM_NOTICE, RECOVERY_COSTS_NOT_CHARGED, CONSUMER_MEDIATOR);
        };
    }

    /** What a letter of the grievance track says to a customer of this kind: the consumer mediator, to a consumer. */
    public static List<LegalMention> ofGrievanceLetter(CustomerKind customer) {
        return customer == CustomerKind.CONSUMER ? List.of(CONSUMER_MEDIATOR) : List.of();
    }
}
