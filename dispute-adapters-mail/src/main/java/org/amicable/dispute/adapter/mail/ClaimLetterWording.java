package org.amicable.dispute.adapter.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amicable.dispute.adapter.mail.ComposedLetter.Amounts;
import org.amicable.dispute.adapter.mail.ComposedLetter.Row;
import org.amicable.dispute.domain.model.Balance;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.Instalment;
import org.amicable.dispute.domain.model.LegalMention;
import org.amicable.dispute.domain.model.LetterChannel;
import org.amicable.dispute.domain.model.LetterContent;
import org.amicable.dispute.domain.model.MediatorKind;
import org.amicable.dispute.domain.model.Money;

/** The wording of a claim's letters: reminders, formal notice, referral to a mediator, repayment plan. */
final class ClaimLetterWording {
    private final LetterWriting writing;

    ClaimLetterWording(LetterWriting writing) {
        this.writing = writing;
    }

    void reminder(LetterContent.Reminder reminder) {
        writing.invoice(reminder.invoice());
        writing.put("total", writing.format.money(reminder.balance().total()));
        writing.put("payBy", writing.format.date(reminder.payBy()));
        writing.subject("reminder" + reminder.rank() + ".subject");
        writing.corrected(reminder.correction());
        writing.paragraph("reminder" + reminder.rank() + ".body");
        writing.correction(reminder.correction());
        writing.paragraph("reminder.balance");
        writing.balance(reminder.balance());
        if (reminder.balance().chargeKind() == Balance.ChargeKind.LATE_PAYMENT_PENALTIES) {
            reminder.rate().ifPresent(writing::rate);
        }
        writing.paragraph("reminder.request");
        writing.payment();
    }

    void formalNotice(LetterContent.FormalNotice notice) {
        writing.invoice(notice.invoice());
        writing.put("total", writing.format.money(notice.balance().total()));
        writing.put("days", Integer.toString(notice.deadlineDays()));
        writing.put("daysInWords", writing.format.number(notice.deadlineDays()));
        writing.subject("formalNotice.subject");
        writing.corrected(notice.correction());
        writing.paragraph("formalNotice.body");
        writing.balance(notice.balance());
        notice.rate().ifPresent(writing::rate);
        writing.correction(notice.correction());
        for (LegalMention mention : notice.mentions()) {
            writing.mention(mention);
            // The deadline runs from receipt; a registered letter left unclaimed counts from its first presentation.
            if (mention == LegalMention.PAYMENT_WITHIN_DEADLINE
                    && writing.letter.channel() == LetterChannel.REGISTERED_POST) {
                writing.paragraph("deadline.firstPresentation");
            }
        }
        writing.payment();
    }

    void mediation(LetterContent.MediationReferral referral) {
        writing.put("mediator", SafeText.shortened(writing.line(referral.mediatorName()), LetterComposer.MAX_LINE));
        if (referral.mediatorKind().isEmpty()) {
            writing.subject("mediation.subject");
            writing.paragraph("mediation.grievance");
            return;
        }
        // A claim's letters carry its invoice number as their reference.
        writing.put("invoice", writing.line(writing.letter.reference()));
        writing.put("reference", writing.fill("reference.invoice",
                Map.of("invoice", writing.line(writing.letter.reference()))));
        MediatorKind kind = referral.mediatorKind().get();
        writing.subject("mediation.subject." + kind.name());
        writing.paragraph("mediation." + kind.name());
        boolean consumer = writing.letter.recipient().kind() == CustomerKind.CONSUMER;
        if (kind == MediatorKind.BAILIFF && referral.balance().map(b -> b.principal().currency().equals(LetterWriting.EURO)
                && !b.principal().isGreaterThan(Money.euros("5000.00"))).orElse(false)) {
            writing.paragraph("mediation.BAILIFF.smallClaim");
        }
        if (kind == MediatorKind.COLLECTION_AGENCY) {
            writing.put("companyName", writing.company.name());
            writing.put("companyAddress", String.join(", ", writing.company.addressLines()));
            writing.paragraph("mediation.COLLECTION_AGENCY.creditor");
        }
        referral.balance().ifPresent(balance -> {
            writing.paragraph("mediation.balance");
            writing.balance(balance);
        });
        if (consumer) {
            writing.paragraph("mediation.fee.consumer");
        } else if (kind != MediatorKind.CONCILIATOR) {
            referral.fee().filter(Money::isPositive).ifPresent(this::businessFee);
        }
        if (kind == MediatorKind.COLLECTION_AGENCY) {
            writing.paragraph("mediation.COLLECTION_AGENCY.l111_8");
        }
        writing.payment();
    }

    /** Toward a business, a fee above the 40 EUR indemnity is only claimed on justification (art. D441-5). */
    private void businessFee(Money fee) {
        writing.put("fee", writing.format.money(fee));
        Money indemnity = Money.euros("40.00");
        if (fee.currency().equals(LetterWriting.EURO) && fee.isGreaterThan(indemnity)) {
            writing.put("feeAbove", writing.format.money(fee.minus(indemnity)));
            writing.paragraph("mediation.fee.aboveIndemnity");
        } else {
            writing.paragraph("mediation.fee.withinIndemnity");
        }
    }

    void plan(LetterContent.RepaymentPlanConfirmation plan) {
        writing.invoice(plan.invoice());
        writing.put("total", writing.format.money(plan.total()));
        writing.subject("plan.subject");
        writing.correction(plan.correction());
        writing.paragraph("plan.body");
        List<Row> rows = new ArrayList<>();
        for (Instalment instalment : plan.instalments()) {
            Map<String, String> row = Map.of("number", Integer.toString(instalment.number()),
                    "dueDate", writing.format.date(instalment.dueDate()));
            rows.add(new Row(writing.fill("plan.instalment", row), writing.format.money(instalment.amount())));
        }
        rows.add(new Row(writing.fill("amount.total"), writing.format.money(plan.total())));
        writing.blocks.add(new Amounts(rows, true));
        writing.paragraph("plan.warning");
        if (plan.graceDays().isPresent() && plan.afterMissed().isPresent()) {
            writing.put("graceDays", writing.format.number(plan.graceDays().get()));
            writing.paragraph("plan.missed." + plan.afterMissed().get().name());
        }
        writing.payment();
    }
}
