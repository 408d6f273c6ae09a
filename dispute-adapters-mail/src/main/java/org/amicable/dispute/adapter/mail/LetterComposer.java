package org.amicable.dispute.adapter.mail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amicable.dispute.adapter.mail.ComposedLetter.Amounts;
import org.amicable.dispute.adapter.mail.ComposedLetter.Block;
import org.amicable.dispute.adapter.mail.ComposedLetter.Paragraph;
import org.amicable.dispute.adapter.mail.ComposedLetter.Row;
import org.amicable.dispute.domain.model.Balance;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.Instalment;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.LegalMention;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterContent;
import org.amicable.dispute.domain.model.SettlementProposal;

/** Words a letter's facts in its language, with the templates. */
final class LetterComposer {

    /** Longest free text quoted in a letter (a complaint); the rest is cut with an ellipsis. */
    static final int MAX_QUOTED = 4000;
    static final int MAX_LINE = 200;

    private final LetterTemplates templates;
    private final MailSettings.Company company;

    LetterComposer(LetterTemplates templates, MailSettings.Company company) {
        this.templates = templates;
        this.company = company;
    }

    ComposedLetter compose(Letter letter) {
        Writer writer = new Writer(letter);
        LetterContent content = letter.content();
        if (content instanceof LetterContent.Reminder reminder) {
            writer.reminder(reminder);
        } else if (content instanceof LetterContent.FormalNotice notice) {
            writer.formalNotice(notice);
        } else if (content instanceof LetterContent.MediationReferral referral) {
            writer.mediation(referral);
        } else if (content instanceof LetterContent.RepaymentPlanConfirmation plan) {
            writer.plan(plan);
        } else if (content instanceof LetterContent.GrievanceAcknowledgment acknowledgment) {
            writer.grievance(acknowledgment);
        } else if (content instanceof LetterContent.Proposal proposal) {
            writer.proposal(proposal);
        } else if (content instanceof LetterContent.AgreementConfirmation agreement) {
            writer.agreement(agreement);
        } else if (content instanceof LetterContent.ResolutionConfirmation resolution) {
            writer.resolution(resolution);
        } else {
            throw new IllegalStateException("no wording for " + content.getClass().getName());
        }
        // A letter to a consumer always names the consumer mediator (Code de la consommation, art. L616-1).
        if (letter.recipient().kind() == CustomerKind.CONSUMER && !writer.mentioned.contains(LegalMention.CONSUMER_MEDIATOR)) {
            writer.mention(LegalMention.CONSUMER_MEDIATOR);
        }
        return new ComposedLetter(SafeText.shortened(SafeText.line(writer.subject), MAX_LINE), writer.blocks);
    }

    /** The wording of one letter. */
    private final class Writer {
        private final Letter letter;
        private final Language language;
        private final LetterFormat format;
        private final Map<String, String> values = new HashMap<>();
        private final List<Block> blocks = new ArrayList<>();
        private final List<LegalMention> mentioned = new ArrayList<>();
        private String subject = "";

        Writer(Letter letter) {
            this.letter = letter;
            this.language = letter.language();
            this.format = new LetterFormat(language);
            values.put("reference", line(letter.reference()));
            values.put("date", format.date(letter.issuedOn()));
            values.put("mediatorName", company.mediatorName());
            values.put("mediatorWebsite", company.mediatorWebsite());
        }

        void reminder(LetterContent.Reminder reminder) {
            invoice(reminder.invoice());
            values.put("total", format.money(reminder.balance().total()));
            values.put("payBy", format.date(reminder.payBy()));
            subject = fill("reminder" + reminder.rank() + ".subject");
            paragraph("reminder" + reminder.rank() + ".body");
            paragraph("reminder.balance");
            balance(reminder.balance());
            paragraph("reminder.request");
        }

        void formalNotice(LetterContent.FormalNotice notice) {
            invoice(notice.invoice());
            values.put("total", format.money(notice.balance().total()));
            values.put("days", Integer.toString(notice.deadlineDays()));
            values.put("deadline", format.date(notice.deadline()));
            subject = fill("formalNotice.subject");
            paragraph("formalNotice.body");
            balance(notice.balance());
            notice.mentions().forEach(this::mention);
        }

        void mediation(LetterContent.MediationReferral referral) {
            values.put("mediator", SafeText.shortened(line(referral.mediatorName()), MAX_LINE));
            subject = fill("mediation.subject");
            if (referral.mediatorKind().isPresent()) {
                values.put("mediatorKind", fill("mediatorKind." + referral.mediatorKind().get().name()));
                paragraph("mediation.claim");
            } else {
                paragraph("mediation.grievance");
            }
            referral.balance().ifPresent(balance -> {
                paragraph("mediation.balance");
                balance(balance);
            });
        }

        void plan(LetterContent.RepaymentPlanConfirmation plan) {
            invoice(plan.invoice());
            values.put("total", format.money(plan.total()));
            subject = fill("plan.subject");
            paragraph("plan.body");
            List<Row> rows = new ArrayList<>();
            for (Instalment instalment : plan.instalments()) {
                Map<String, String> row = Map.of("number", Integer.toString(instalment.number()),
                        "dueDate", format.date(instalment.dueDate()));
                rows.add(new Row(templates.fill(language, "plan.instalment", row), format.money(instalment.amount())));
            }
            rows.add(new Row(fill("amount.total"), format.money(plan.total())));
            blocks.add(new Amounts(rows, true));
            paragraph("plan.warning");
        }

        void grievance(LetterContent.GrievanceAcknowledgment acknowledgment) {
            values.put("complaintDate", format.date(acknowledgment.complaintDate()));
            values.put("cause", fill("cause." + acknowledgment.cause().name()));
            values.put("description", SafeText.shortened(SafeText.block(acknowledgment.description()), MAX_QUOTED));
            subject = fill("grievance.subject");
            paragraph("grievance.body");
            acknowledgment.invoice().ifPresent(invoice -> {
                invoice(invoice);
                paragraph("grievance.invoice");
            });
            paragraph("grievance.description");
            paragraph("grievance.next");
            acknowledgment.mentions().forEach(this::mention);
        }

        void proposal(LetterContent.Proposal proposal) {
            SettlementProposal offer = proposal.proposal();
            values.put("round", Integer.toString(offer.round()));
            subject = fill("proposal.subject");
            offer(offer, "proposal.body");
            values.put("answerBy", format.date(offer.answerBy()));
            values.put("resolveBy", format.date(offer.resolveBy()));
            paragraph("proposal.dates");
            proposal.mentions().forEach(this::mention);
        }

        void agreement(LetterContent.AgreementConfirmation agreement) {
            subject = fill("agreement.subject");
            offer(agreement.proposal(), "agreement.body");
            values.put("agreedDeadline", format.date(agreement.agreedDeadline()));
            paragraph("agreement.deadline");
        }

        void resolution(LetterContent.ResolutionConfirmation resolution) {
            values.put("resolvedOn", format.date(resolution.resolvedOn()));
            subject = fill("resolution.subject");
            if (resolution.remedy().isPresent()) {
                values.put("remedy", fill("remedy." + resolution.remedy().get().remedy().name()));
                paragraph("resolution.withRemedy");
            } else {
                paragraph("resolution.withoutRemedy");
            }
            if (!resolution.onTime()) {
                paragraph("resolution.late");
            }
            paragraph("resolution.thanks");
        }

        private void offer(SettlementProposal offer, String bodyKey) {
            values.put("remedy", fill("remedy." + offer.remedy().name()));
            values.put("terms", SafeText.shortened(SafeText.block(offer.terms()), MAX_QUOTED));
            paragraph(bodyKey);
            offer.amount().ifPresent(amount -> {
                values.put("amount", format.money(amount));
                paragraph("proposal.amount");
            });
            paragraph("proposal.terms");
        }

        private void invoice(Invoice invoice) {
            values.put("invoice", line(invoice.number()));
            values.put("issueDate", format.date(invoice.issueDate()));
            values.put("dueDate", format.date(invoice.dueDate()));
            values.put("amount", format.money(invoice.amount()));
        }

        private void balance(Balance balance) {
            List<Row> rows = new ArrayList<>();
            rows.add(new Row(fill("amount.principal"), format.money(balance.principal())));
            if (balance.lateCharges().isPositive()) {
                String label = balance.chargeKind() == Balance.ChargeKind.LATE_PAYMENT_PENALTIES
                        ? "amount.penalties" : "amount.interest";
                rows.add(new Row(fill(label), format.money(balance.lateCharges())));
            }
            // The domain charges the indemnity to businesses only; what it charged is shown, so the total adds up.
            if (balance.indemnity().isPositive()) {
                rows.add(new Row(fill("amount.indemnity"), format.money(balance.indemnity())));
            }
            rows.add(new Row(fill("amount.total"), format.money(balance.total())));
            blocks.add(new Amounts(rows, true));
        }

        void mention(LegalMention mention) {
            if (!mentioned.contains(mention)) {
                mentioned.add(mention);
                paragraph("mention." + mention.name());
            }
        }

        private void paragraph(String key) {
            blocks.add(new Paragraph(fill(key)));
        }

        private String fill(String key) {
            return templates.fill(language, key, values);
        }

        private String line(String value) {
            return SafeText.shortened(SafeText.line(value), MAX_LINE);
        }
    }
}
