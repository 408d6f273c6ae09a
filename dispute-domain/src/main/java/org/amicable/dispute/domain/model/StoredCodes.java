package org.amicable.dispute.domain.model;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The stored code of every constant of the enums that events carry. Written out here rather than
 * taken from {@code name()}, so that renaming a constant in Java leaves stored timelines readable;
 * each table must cover its enum (checked when the class loads).
 */
final class StoredCodes {

    /** Both directions between an enum's constants and their stored codes. */
    static final class Codes<E extends Enum<E>> {
        private final Class<E> type;
        private final Map<E, String> codes;
        private final Map<String, E> constants = new HashMap<>();

        Codes(Class<E> type, Map<E, String> table) {
            this.type = type;
            this.codes = new EnumMap<>(table);
            table.forEach((constant, code) -> {
                if (constants.put(code, constant) != null) {
                    throw new IllegalStateException("stored code " + code + " is used twice in " + type.getSimpleName());
                }
            });
            for (E constant : type.getEnumConstants()) {
                if (!codes.containsKey(constant)) {
                    throw new IllegalStateException(type.getSimpleName() + "." + constant + " has no stored code");
                }
            }
        }

        String code(E constant) {
            return codes.get(constant);
        }

        E constant(String code) {
            E constant = constants.get(code);
            if (constant == null) {
                throw new IllegalArgumentException("\"" + code + "\" is not a stored code of " + type.getSimpleName());
            }
            return constant;
        }
    }

    private StoredCodes() {
    }

    static final Codes<ClaimState> CLAIM_STATE = new Codes<>(ClaimState.class, Map.ofEntries(
            Map.entry(ClaimState.OPEN, "OPEN"),
            Map.entry(ClaimState.FIRST_REMINDER_SENT, "FIRST_REMINDER_SENT"),
            Map.entry(ClaimState.SECOND_REMINDER_SENT, "SECOND_REMINDER_SENT"),
            Map.entry(ClaimState.FORMAL_NOTICE_SENT, "FORMAL_NOTICE_SENT"),
            Map.entry(ClaimState.MEDIATION_TO_CONFIRM, "MEDIATION_TO_CONFIRM"),
            Map.entry(ClaimState.IN_MEDIATION, "IN_MEDIATION"),
            Map.entry(ClaimState.REPAYMENT_PLAN, "REPAYMENT_PLAN"),
            Map.entry(ClaimState.LITIGATION, "LITIGATION"),
            Map.entry(ClaimState.SETTLED, "SETTLED"),
            Map.entry(ClaimState.WRITTEN_OFF, "WRITTEN_OFF"),
            Map.entry(ClaimState.CANCELLED, "CANCELLED")));

    static final Codes<CustomerKind> CUSTOMER_KIND = new Codes<>(CustomerKind.class, Map.ofEntries(
            Map.entry(CustomerKind.CONSUMER, "CONSUMER"),
            Map.entry(CustomerKind.BUSINESS, "BUSINESS")));

    static final Codes<GrievanceCause> GRIEVANCE_CAUSE = new Codes<>(GrievanceCause.class, Map.ofEntries(
            Map.entry(GrievanceCause.SPOILED_PRODUCT, "SPOILED_PRODUCT"),
            Map.entry(GrievanceCause.NON_CONFORMING_ITEM, "NON_CONFORMING_ITEM"),
            Map.entry(GrievanceCause.INVOICE_ERROR, "INVOICE_ERROR"),
            Map.entry(GrievanceCause.OTHER, "OTHER")));

    static final Codes<Initiator> INITIATOR = new Codes<>(Initiator.class, Map.ofEntries(
            Map.entry(Initiator.COMPANY, "COMPANY"),
            Map.entry(Initiator.CUSTOMER, "CUSTOMER")));

    static final Codes<Language> LANGUAGE = new Codes<>(Language.class, Map.ofEntries(
            Map.entry(Language.FR, "FR"),
            Map.entry(Language.EN, "EN")));

    static final Codes<LegalMention> LEGAL_MENTION = new Codes<>(LegalMention.class, Map.ofEntries(
            Map.entry(LegalMention.FORMAL_NOTICE_TITLE, "FORMAL_NOTICE_TITLE"),
            Map.entry(LegalMention.PAYMENT_WITHIN_DEADLINE, "PAYMENT_WITHIN_DEADLINE"),
            Map.entry(LegalMention.COURT_ACTION_OTHERWISE, "COURT_ACTION_OTHERWISE"),
            Map.entry(LegalMention.LATE_PAYMENT_PENALTIES, "LATE_PAYMENT_PENALTIES"),
            Map.entry(LegalMention.RECOVERY_INDEMNITY, "RECOVERY_INDEMNITY"),
            Map.entry(LegalMention.LEGAL_INTEREST_FROM_NOTICE, "LEGAL_INTEREST_FROM_NOTICE"),
            Map.entry(LegalMention.RECOVERY_COSTS_NOT_CHARGED, "RECOVERY_COSTS_NOT_CHARGED"),
            Map.entry(LegalMention.CONSUMER_MEDIATOR, "CONSUMER_MEDIATOR")));

    static final Codes<LetterChannel> LETTER_CHANNEL = new Codes<>(LetterChannel.class, Map.ofEntries(
            Map.entry(LetterChannel.REGISTERED_POST, "REGISTERED_POST"),
            Map.entry(LetterChannel.EMAIL, "EMAIL")));

    static final Codes<LetterKind> LETTER_KIND = new Codes<>(LetterKind.class, Map.ofEntries(
            Map.entry(LetterKind.FIRST_REMINDER, "FIRST_REMINDER"),
            Map.entry(LetterKind.SECOND_REMINDER, "SECOND_REMINDER"),
            Map.entry(LetterKind.FORMAL_NOTICE, "FORMAL_NOTICE"),
            Map.entry(LetterKind.MEDIATION_REFERRAL, "MEDIATION_REFERRAL"),
            Map.entry(LetterKind.REPAYMENT_PLAN_CONFIRMATION, "REPAYMENT_PLAN_CONFIRMATION"),
            Map.entry(LetterKind.GRIEVANCE_ACKNOWLEDGMENT, "GRIEVANCE_ACKNOWLEDGMENT"),
            Map.entry(LetterKind.SETTLEMENT_PROPOSAL, "SETTLEMENT_PROPOSAL"),
            Map.entry(LetterKind.AGREEMENT_CONFIRMATION, "AGREEMENT_CONFIRMATION"),
            Map.entry(LetterKind.RESOLUTION_CONFIRMATION, "RESOLUTION_CONFIRMATION")));

    static final Codes<MediatorKind> MEDIATOR_KIND = new Codes<>(MediatorKind.class, Map.ofEntries(
            Map.entry(MediatorKind.BAILIFF, "BAILIFF"),
            Map.entry(MediatorKind.COLLECTION_AGENCY, "COLLECTION_AGENCY"),
            Map.entry(MediatorKind.CONCILIATOR, "CONCILIATOR")));

    static final Codes<PhoneCallOutcome> PHONE_CALL_OUTCOME = new Codes<>(PhoneCallOutcome.class, Map.ofEntries(
            Map.entry(PhoneCallOutcome.REACHED, "REACHED"),
            Map.entry(PhoneCallOutcome.UNREACHABLE, "UNREACHABLE"),
            Map.entry(PhoneCallOutcome.PROMISED, "PROMISED")));

    static final Codes<RemedyKind> REMEDY_KIND = new Codes<>(RemedyKind.class, Map.ofEntries(
            Map.entry(RemedyKind.REFUND, "REFUND"),
            Map.entry(RemedyKind.REPLACEMENT, "REPLACEMENT"),
            Map.entry(RemedyKind.CREDIT_NOTE, "CREDIT_NOTE"),
            Map.entry(RemedyKind.DISCOUNT, "DISCOUNT"),
            Map.entry(RemedyKind.INVOICE_CORRECTION, "INVOICE_CORRECTION"),
            Map.entry(RemedyKind.REPAIR, "REPAIR"),
            Map.entry(RemedyKind.OTHER, "OTHER")));

    static final Codes<ReturnReason> RETURN_REASON = new Codes<>(ReturnReason.class, Map.ofEntries(
            Map.entry(ReturnReason.UNCLAIMED, "UNCLAIMED"),
            Map.entry(ReturnReason.REFUSED, "REFUSED"),
            Map.entry(ReturnReason.ADDRESSEE_UNKNOWN, "ADDRESSEE_UNKNOWN")));

    static final Codes<LateChargeRate.Basis> CHARGE_RATE_BASIS = new Codes<>(LateChargeRate.Basis.class, Map.ofEntries(
            Map.entry(LateChargeRate.Basis.CONTRACT, "CONTRACT"),
            Map.entry(LateChargeRate.Basis.REFERENCE_PLUS_MARGIN, "REFERENCE_PLUS_MARGIN"),
            Map.entry(LateChargeRate.Basis.THREE_TIMES_LEGAL_RATE, "THREE_TIMES_LEGAL_RATE"),
            Map.entry(LateChargeRate.Basis.LEGAL_RATE, "LEGAL_RATE")));

    static final Codes<Balance.ChargeKind> CHARGE_KIND = new Codes<>(Balance.ChargeKind.class, Map.ofEntries(
            Map.entry(Balance.ChargeKind.LATE_PAYMENT_PENALTIES, "LATE_PAYMENT_PENALTIES"),
            Map.entry(Balance.ChargeKind.LEGAL_INTEREST, "LEGAL_INTEREST")));
}
