package org.amicable.dispute.domain.model;

import static org.amicable.dispute.domain.model.StoredCodes.CLAIM_STATE;
import static org.amicable.dispute.domain.model.StoredCodes.GRIEVANCE_CAUSE;
import static org.amicable.dispute.domain.model.StoredCodes.LANGUAGE;
import static org.amicable.dispute.domain.model.StoredCodes.LETTER_CHANNEL;
import static org.amicable.dispute.domain.model.StoredCodes.LETTER_KIND;
import static org.amicable.dispute.domain.model.StoredCodes.MEDIATOR_KIND;
import static org.amicable.dispute.domain.model.StoredFields.fields;
import static org.amicable.dispute.domain.model.StoredFields.later;
import static org.amicable.dispute.domain.model.StoredValues.balance;
import static org.amicable.dispute.domain.model.StoredValues.customer;
import static org.amicable.dispute.domain.model.StoredValues.date;
import static org.amicable.dispute.domain.model.StoredValues.instalment;
import static org.amicable.dispute.domain.model.StoredValues.invoice;
import static org.amicable.dispute.domain.model.StoredValues.mentions;
import static org.amicable.dispute.domain.model.StoredValues.money;
import static org.amicable.dispute.domain.model.StoredValues.proposal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How a letter is stored as issued: its facts and its content, each kind of content under a stable name. */
final class StoredLetters {

    private StoredLetters() {
    }

    static Map<String, Object> letter(Letter letter) {
        if (letter.status() != LetterStatus.PENDING) {
            throw new IllegalArgumentException("a letter is stored as issued, pending; what became of it is in later entries");
        }
        return fields("id", letter.id().toString(), "dispute", letter.disputeId().toString(),
                "kind", LETTER_KIND.code(letter.kind()), "recipient", customer(letter.recipient()),
                "channel", LETTER_CHANNEL.code(letter.channel()), "language", LANGUAGE.code(letter.language()),
                "issuedOn", date(letter.issuedOn()), "reference", letter.reference(), "content", content(letter.content()));
    }

    static Letter letter(StoredFields f) {
        return new Letter(new LetterId(f.uuid("id")), new DisputeId(f.uuid("dispute")), f.code("kind", LETTER_KIND),
                f.object("recipient", StoredValues::customer), f.code("channel", LETTER_CHANNEL), f.code("language", LANGUAGE),
                f.date("issuedOn"), f.string("reference"), f.object("content", StoredLetters::content), LetterStatus.PENDING,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    static Map<String, Object> content(LetterContent content) {
        if (content instanceof LetterContent.Reminder reminder) {
            return later(later(fields("type", "reminder", "rank", reminder.rank(), "invoice", invoice(reminder.invoice()),
                    "balance", balance(reminder.balance()), "payBy", date(reminder.payBy())),
                    "rate", reminder.rate().map(StoredValues::rate)),
                    "correction", reminder.correction().map(StoredValues::correction));
        } else if (content instanceof LetterContent.FormalNotice notice) {
            return later(later(fields("type", "formal-notice", "invoice", invoice(notice.invoice()),
                    "balance", balance(notice.balance()),
                    "deadlineDays", notice.deadlineDays(), "deadline", date(notice.deadline()),
                    "mentions", mentions(notice.mentions())),
                    "rate", notice.rate().map(StoredValues::rate)),
                    "correction", notice.correction().map(StoredValues::correction));
        } else if (content instanceof LetterContent.MediationReferral referral) {
            return later(fields("type", "mediation-referral",
                    "mediatorKind", referral.mediatorKind().map(MEDIATOR_KIND::code).orElse(null),
                    "mediatorName", referral.mediatorName(),
                    "balance", referral.balance().map(StoredValues::balance).orElse(null)),
                    "fee", referral.fee().map(StoredValues::money));
        } else if (content instanceof LetterContent.RepaymentPlanConfirmation plan) {
            return later(later(later(fields("type", "repayment-plan-confirmation", "invoice", invoice(plan.invoice()),
                    "instalments", plan.instalments().stream().map(StoredValues::instalment).toList(),
                    "total", money(plan.total())),
                    "graceDays", plan.graceDays()),
                    "afterMissed", plan.afterMissed().map(CLAIM_STATE::code)),
                    "correction", plan.correction().map(StoredValues::correction));
        } else if (content instanceof LetterContent.GrievanceAcknowledgment acknowledgment) {
            return fields("type", "grievance-acknowledgment", "cause", GRIEVANCE_CAUSE.code(acknowledgment.cause()),
                    "description", acknowledgment.description(), "complaintDate", date(acknowledgment.complaintDate()),
                    "invoice", acknowledgment.invoice().map(StoredValues::invoice).orElse(null),
                    "mentions", mentions(acknowledgment.mentions()));
        } else if (content instanceof LetterContent.Proposal proposal) {
            return later(fields("type", "proposal", "proposal", proposal(proposal.proposal()),
                    "mentions", mentions(proposal.mentions())), "manager", proposal.manager());
        } else if (content instanceof LetterContent.AgreementConfirmation agreement) {
            return later(fields("type", "agreement-confirmation", "proposal", proposal(agreement.proposal()),
                    "agreedDeadline", date(agreement.agreedDeadline())), "manager", agreement.manager());
        } else if (content instanceof LetterContent.ResolutionConfirmation resolution) {
            return later(fields("type", "resolution-confirmation",
                    "remedy", resolution.remedy().map(StoredValues::proposal).orElse(null),
                    "resolvedOn", date(resolution.resolvedOn()), "onTime", resolution.onTime()),
                    "manager", resolution.manager());
        }
        throw new IllegalStateException(content.getClass().getName() + " has no stored type: add it to StoredLetters");
    }

    static LetterContent content(StoredFields f) {
        String type = f.string("type");
        return switch (type) {
            case "reminder" -> new LetterContent.Reminder(f.integer("rank"), f.object("invoice", StoredValues::invoice),
                    f.object("balance", StoredValues::balance), f.date("payBy"),
                    f.later("rate", (r, name) -> r.optionalObject(name, StoredValues::rate)),
                    f.later("correction", (r, name) -> r.optionalObject(name, StoredValues::correction)));
            case "formal-notice" -> new LetterContent.FormalNotice(f.object("invoice", StoredValues::invoice),
                    f.object("balance", StoredValues::balance), f.integer("deadlineDays"), f.date("deadline"), mentions(f),
                    f.later("rate", (r, name) -> r.optionalObject(name, StoredValues::rate)),
                    f.later("correction", (r, name) -> r.optionalObject(name, StoredValues::correction)));
            case "mediation-referral" -> new LetterContent.MediationReferral(
                    f.optionalString("mediatorKind").map(MEDIATOR_KIND::constant), f.string("mediatorName"),
                    f.optionalObject("balance", StoredValues::balance), f.later("fee", StoredFields::optionalMoney));
            case "repayment-plan-confirmation" -> new LetterContent.RepaymentPlanConfirmation(
                    f.object("invoice", StoredValues::invoice), f.objects("instalments", StoredValues::instalment),
                    f.money("total"), f.later("graceDays", (r, name) -> Optional.of(r.integer(name))),
                    f.later("afterMissed", StoredFields::optionalString).map(CLAIM_STATE::constant),
                    f.later("correction", (r, name) -> r.optionalObject(name, StoredValues::correction)));
            case "grievance-acknowledgment" -> new LetterContent.GrievanceAcknowledgment(f.code("cause", GRIEVANCE_CAUSE),
                    f.string("description"), f.date("complaintDate"), f.optionalObject("invoice", StoredValues::invoice),
                    mentions(f));
            case "proposal" -> new LetterContent.Proposal(f.object("proposal", StoredValues::proposal), mentions(f),
                    f.later("manager", StoredFields::optionalString));
            case "agreement-confirmation" -> new LetterContent.AgreementConfirmation(
                    f.object("proposal", StoredValues::proposal), f.date("agreedDeadline"),
                    f.later("manager", StoredFields::optionalString));
            case "resolution-confirmation" -> new LetterContent.ResolutionConfirmation(
                    f.optionalObject("remedy", StoredValues::proposal), f.date("resolvedOn"), f.bool("onTime"),
                    f.later("manager", StoredFields::optionalString));
            default -> throw new IllegalArgumentException("unknown letter content type \"" + type + "\"");
        };
    }

    /** The stored name of each kind of letter content. */
    static final List<String> CONTENT_TYPES = List.of("reminder", "formal-notice", "mediation-referral",
            "repayment-plan-confirmation", "grievance-acknowledgment", "proposal", "agreement-confirmation",
            "resolution-confirmation");
}
