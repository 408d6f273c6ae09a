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
import org.amicable.dispute.domain.model.CustomerLetter;
import org.amicable.dispute.domain.model.Instalment;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.LegalMention;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterContent;
import org.amicable.dispute.domain.model.SettlementProposal;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.MediatorKind;
import org.amicable.dispute.domain.model.LetterChannel;
import org.amicable.dispute.domain.model.LateChargeRate;
import org.amicable.dispute.domain.model.InvoiceCorrection;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Currency;

/** Words a letter's facts in its language, with the templates. */
final class LetterComposer {

    /** Longest free text quoted in a letter (a complaint); the rest is cut with an ellipsis. */
    static final int MAX_QUOTED = 4000;
    static final int MAX_LINE = 200;
    private static final Currency EURO = Currency.getInstance("EUR");

    /** Letters of the grievance track speak for customer service; the others for collections. */
    private static boolean isGrievanceLetter(LetterContent content) {
        return content instanceof LetterContent.GrievanceAcknowledgment || content instanceof LetterContent.Proposal
                || content instanceof LetterContent.AgreementConfirmation
                || content instanceof LetterContent.ResolutionConfirmation
                || content instanceof LetterContent.MediationReferral referral && referral.mediatorKind().isEmpty();
    }

    /** The manager who signs a grievance letter, once one is assigned. */
    private static Optional<String> manager(LetterContent content) {
        if (content instanceof LetterContent.Proposal proposal) {
            return proposal.manager();
        } else if (content instanceof LetterContent.AgreementConfirmation agreement) {
            return agreement.manager();
        } else if (content instanceof LetterContent.ResolutionConfirmation resolution) {
            return resolution.manager();
        }
        return Optional.empty();
    }

    private static String urlEncoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

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
        return new ComposedLetter(SafeText.shortened(SafeText.line(writer.subject), MAX_LINE), writer.blocks,
                writer.values.get("reference"), writer.values.get("case"), writer.signatory);
    }

    /**
     * Words the letters of one customer of the day as one letter: the invoices listed with their
     * principal, charges and total, the grand total, and the customer's other open invoices.
     */
    ComposedLetter compose(CustomerLetter group) {
        Letter first = group.first();
        Writer writer = new Writer(first);
        writer.group(group);
        if (first.recipient().kind() == CustomerKind.CONSUMER && !writer.mentioned.contains(LegalMention.CONSUMER_MEDIATOR)) {
            writer.mention(LegalMention.CONSUMER_MEDIATOR);
        }
        return new ComposedLetter(SafeText.shortened(SafeText.line(writer.subject), MAX_LINE), writer.blocks,
                writer.values.get("reference"), writer.values.get("case"), writer.signatory);
    }

    /** The company's identity as printed at the foot of every page (Code de commerce, art. R123-237). */
    List<String> footer(Language language) {
        LetterFormat format = new LetterFormat(language);
        MailSettings.LegalIdentity identity = company.identity();
        String siren = CompanyNumbers.printedSiren(identity.siren());
        List<String> parts = new ArrayList<>();
        parts.add(templates.fill(language, "footer.company", Map.of("name", company.name(), "legalForm",
                identity.legalForm(), "capital", format.money(Money.of(identity.shareCapital(), EURO)))));
        parts.add(templates.fill(language, "footer.rcs", Map.of("rcsCity", identity.rcsCity(), "siren", siren)));
        parts.add(templates.fill(language, "footer.siren", Map.of("siren", siren)));
        identity.vatNumber().ifPresent(vat -> parts.add(templates.fill(language, "footer.vat", Map.of("vat", vat))));
        return List.of(String.join(" – ", parts), String.join(", ", company.addressLines()));
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
        private MailSettings.Signatory signatory;

        Writer(Letter letter) {
            this.letter = letter;
            this.language = letter.language();
            this.format = new LetterFormat(language);
            values.put("case", letter.disputeId().toString());
            // A letter's reference is its invoice's number; a grievance without an invoice has the customer's
            // reference (letters issued before that have the dispute's id).
            String reference = line(letter.reference());
            boolean byCustomer = reference.equals(line(letter.recipient().reference()))
                    || reference.equals(letter.disputeId().toString());
            values.put("reference", byCustomer
                    ? fill("reference.customer", Map.of("customer", line(letter.recipient().reference())))
                    : fill("reference.invoice", Map.of("invoice", reference)));
            values.put("date", format.date(letter.issuedOn()));
            signatory = isGrievanceLetter(letter.content())
                    ? manager(letter.content()).map(name -> new MailSettings.Signatory(line(name), fill("signature.manager")))
                            .orElse(company.customerService())
                    : company.signatory();
            values.put("mediatorName", company.mediatorName());
            values.put("mediatorWebsite", company.mediatorWebsite());
        }

        void reminder(LetterContent.Reminder reminder) {
            invoice(reminder.invoice());
            values.put("total", format.money(reminder.balance().total()));
            values.put("payBy", format.date(reminder.payBy()));
            subject = fill("reminder" + reminder.rank() + ".subject");
            corrected(reminder.correction());
            paragraph("reminder" + reminder.rank() + ".body");
            correction(reminder.correction());
            paragraph("reminder.balance");
            balance(reminder.balance());
            if (reminder.balance().chargeKind() == Balance.ChargeKind.LATE_PAYMENT_PENALTIES) {
                reminder.rate().ifPresent(this::rate);
            }
            paragraph("reminder.request");
            payment();
        }

        void formalNotice(LetterContent.FormalNotice notice) {
            invoice(notice.invoice());
            values.put("total", format.money(notice.balance().total()));
            values.put("days", Integer.toString(notice.deadlineDays()));
            values.put("daysInWords", format.number(notice.deadlineDays()));
            subject = fill("formalNotice.subject");
            corrected(notice.correction());
            paragraph("formalNotice.body");
            balance(notice.balance());
            notice.rate().ifPresent(this::rate);
            correction(notice.correction());
            for (LegalMention mention : notice.mentions()) {
                mention(mention);
                // The deadline runs from receipt; a registered letter left unclaimed counts from its first presentation.
                if (mention == LegalMention.PAYMENT_WITHIN_DEADLINE && letter.channel() == LetterChannel.REGISTERED_POST) {
                    paragraph("deadline.firstPresentation");
                }
            }
            payment();
        }

        /** One letter listing the invoices of one step; each invoice's facts are its own claim's. */
        void group(CustomerLetter group) {
            String customer = line(letter.recipient().reference());
            values.put("customer", customer);
            values.put("case", customer);
            values.put("reference", fill("reference.customer", Map.of("customer", customer)));
            values.put("count", Integer.toString(group.letters().size()));
            LetterContent content = letter.content();
            String step = content instanceof LetterContent.Reminder reminder ? "reminder" + reminder.rank() : "formalNotice";
            List<Balance> balances = group.letters().stream().map(carried -> balanceOf(carried.content())).toList();
            Money total = balances.stream().map(Balance::total).reduce(Money::plus).orElseThrow();
            values.put("total", format.money(total));
            subject = fill("group." + step + ".subject");
            paragraph("group." + step + ".body");
            listing(group, balances, total);
            rates(group);
            for (Letter carried : group.letters()) {
                Optional<InvoiceCorrection> correction = correctionOf(carried.content());
                if (correction.isPresent()) {
                    invoice(invoiceOf(carried.content()));
                    correction(correction);
                }
            }
            values.put("reference", fill("reference.customer", Map.of("customer", customer)));
            if (content instanceof LetterContent.Reminder reminder) {
                values.put("payBy", format.date(reminder.payBy()));
                paragraph("reminder.request");
            } else if (content instanceof LetterContent.FormalNotice notice) {
                values.put("days", Integer.toString(notice.deadlineDays()));
                values.put("daysInWords", format.number(notice.deadlineDays()));
                for (LegalMention mention : notice.mentions()) {
                    if (mention == LegalMention.RECOVERY_INDEMNITY) {
                        mentioned.add(mention);
                        paragraph("group.mention.RECOVERY_INDEMNITY");
                        continue;
                    }
                    mention(mention);
                    if (mention == LegalMention.PAYMENT_WITHIN_DEADLINE && letter.channel() == LetterChannel.REGISTERED_POST) {
                        paragraph("deadline.firstPresentation");
                    }
                }
            }
            if (!group.otherOpenInvoices().isEmpty()) {
                List<String> others = new ArrayList<>();
                for (CustomerLetter.OpenInvoice other : group.otherOpenInvoices()) {
                    others.add(fill("group.other", Map.of("invoice", line(other.invoiceNumber()),
                            "state", fill("group.state." + other.state().name()))));
                }
                values.put("others", String.join(", ", others));
                paragraph("group.others");
            }
            payment(customer);
        }

        /** Each invoice on a row of its own (principal, charges, its total), then the grand total. */
        private void listing(CustomerLetter group, List<Balance> balances, Money total) {
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < group.letters().size(); i++) {
                Invoice invoice = invoiceOf(group.letters().get(i).content());
                Balance balance = balances.get(i);
                Map<String, String> facts = Map.of("invoice", line(invoice.number()),
                        "issueDate", format.date(invoice.issueDate()), "dueDate", format.date(invoice.dueDate()),
                        "principal", format.money(balance.principal()), "charges", format.money(balance.lateCharges()),
                        "indemnity", format.money(balance.indemnity()));
                rows.add(new Row(fill("group.invoice." + balance.chargeKind().name(), facts),
                        format.money(balance.total())));
            }
            rows.add(new Row(fill("group.grandTotal"), format.money(total)));
            blocks.add(new Amounts(rows, true));
        }

        /** The rate of the penalties, once when every invoice has the same, else invoice by invoice. */
        private void rates(CustomerLetter group) {
            List<LateChargeRate> rates = new ArrayList<>();
            for (Letter carried : group.letters()) {
                if (balanceOf(carried.content()).chargeKind() == Balance.ChargeKind.LATE_PAYMENT_PENALTIES
                        || carried.content() instanceof LetterContent.FormalNotice) {
                    rateOf(carried.content()).ifPresent(rates::add);
                }
            }
            if (rates.size() != group.letters().size()) {
                return;
            }
            if (rates.stream().distinct().count() == 1) {
                rate(rates.get(0));
                return;
            }
            for (int i = 0; i < rates.size(); i++) {
                values.put("invoice", line(invoiceOf(group.letters().get(i).content()).number()));
                values.put("rate", format.percent(rates.get(i).annualPercent()));
                values.put("rateBasis", fill("rateBasis." + rates.get(i).basis().name()));
                paragraph("group.rate");
            }
        }

        void mediation(LetterContent.MediationReferral referral) {
            values.put("mediator", SafeText.shortened(line(referral.mediatorName()), MAX_LINE));
            if (referral.mediatorKind().isEmpty()) {
                subject = fill("mediation.subject");
                paragraph("mediation.grievance");
                return;
            }
            // A claim's letters carry its invoice number as their reference.
            values.put("invoice", line(letter.reference()));
            values.put("reference", fill("reference.invoice", Map.of("invoice", line(letter.reference()))));
            MediatorKind kind = referral.mediatorKind().get();
            subject = fill("mediation.subject." + kind.name());
            paragraph("mediation." + kind.name());
            boolean consumer = letter.recipient().kind() == CustomerKind.CONSUMER;
            if (kind == MediatorKind.BAILIFF && referral.balance().map(b -> b.principal().currency().equals(EURO)
                    && !b.principal().isGreaterThan(Money.euros("5000.00"))).orElse(false)) {
                paragraph("mediation.BAILIFF.smallClaim");
            }
            if (kind == MediatorKind.COLLECTION_AGENCY) {
                values.put("companyName", company.name());
                values.put("companyAddress", String.join(", ", company.addressLines()));
                paragraph("mediation.COLLECTION_AGENCY.creditor");
            }
            referral.balance().ifPresent(balance -> {
                paragraph("mediation.balance");
                balance(balance);
            });
            if (consumer) {
                paragraph("mediation.fee.consumer");
            } else if (kind != MediatorKind.CONCILIATOR) {
                referral.fee().filter(Money::isPositive).ifPresent(this::businessFee);
            }
            if (kind == MediatorKind.COLLECTION_AGENCY) {
                paragraph("mediation.COLLECTION_AGENCY.l111_8");
            }
            payment();
        }

        /** Toward a business, a fee above the 40 EUR indemnity is only claimed on justification (art. D441-5). */
        private void businessFee(Money fee) {
            values.put("fee", format.money(fee));
            Money indemnity = Money.euros("40.00");
            if (fee.currency().equals(EURO) && fee.isGreaterThan(indemnity)) {
                values.put("feeAbove", format.money(fee.minus(indemnity)));
                paragraph("mediation.fee.aboveIndemnity");
            } else {
                paragraph("mediation.fee.withinIndemnity");
            }
        }

        void plan(LetterContent.RepaymentPlanConfirmation plan) {
            invoice(plan.invoice());
            values.put("total", format.money(plan.total()));
            subject = fill("plan.subject");
            correction(plan.correction());
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
            if (plan.graceDays().isPresent() && plan.afterMissed().isPresent()) {
                values.put("graceDays", format.number(plan.graceDays().get()));
                paragraph("plan.missed." + plan.afterMissed().get().name());
            }
            payment();
        }

        void grievance(LetterContent.GrievanceAcknowledgment acknowledgment) {
            values.put("complaintDate", format.date(acknowledgment.complaintDate()));
            values.put("cause", fill("cause." + acknowledgment.cause().name()));
            values.put("description", SafeText.shortened(SafeText.block(acknowledgment.description()), MAX_QUOTED));
            acknowledgment.invoice().ifPresent(invoice ->
                    values.put("reference", fill("reference.invoice", Map.of("invoice", line(invoice.number())))));
            values.put("manager", signatory.name());
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

        private void rate(LateChargeRate rate) {
            values.put("rate", format.percent(rate.annualPercent()));
            values.put("rateBasis", fill("rateBasis." + rate.basis().name()));
            paragraph("rate.statement");
        }

        /** Where a grievance corrected the invoice, the letter names the corrected amount; the first is history. */
        private void corrected(Optional<InvoiceCorrection> correction) {
            correction.ifPresent(corrected -> values.put("amount", format.money(corrected.correctedAmount())));
        }

        private void correction(Optional<InvoiceCorrection> correction) {
            correction.ifPresent(corrected -> {
                values.put("correctedAmount", format.money(corrected.correctedAmount()));
                values.put("originalAmount", format.money(corrected.originalAmount()));
                paragraph("correction.amount");
                corrected.reference().ifPresent(reference -> {
                    values.put("correctionReference", line(reference));
                    paragraph("correction.reference");
                });
            });
        }

        /** How to pay, quoting the letter's reference (the invoice number for a claim). */
        private void payment() {
            payment(line(letter.reference()));
        }

        private void payment(String reference) {
            MailSettings.Payment payment = company.payment();
            values.put("payee", payment.payee());
            values.put("iban", CompanyNumbers.printedIban(payment.iban()));
            values.put("bic", payment.bic());
            values.put("paymentReference", reference);
            paragraph("payment.transfer");
            payment.linkTemplate().ifPresent(template -> {
                values.put("paymentLink", template.replace("{reference}", urlEncoded(reference))
                        .replace("{case}", urlEncoded(letter.disputeId().toString())));
                paragraph("payment.link");
            });
        }

        private static Balance balanceOf(LetterContent content) {
            return content instanceof LetterContent.Reminder reminder ? reminder.balance()
                    : ((LetterContent.FormalNotice) content).balance();
        }

        private static Invoice invoiceOf(LetterContent content) {
            return content instanceof LetterContent.Reminder reminder ? reminder.invoice()
                    : ((LetterContent.FormalNotice) content).invoice();
        }

        private static Optional<LateChargeRate> rateOf(LetterContent content) {
            return content instanceof LetterContent.Reminder reminder ? reminder.rate()
                    : ((LetterContent.FormalNotice) content).rate();
        }

        private static Optional<InvoiceCorrection> correctionOf(LetterContent content) {
            return content instanceof LetterContent.Reminder reminder ? reminder.correction()
                    : ((LetterContent.FormalNotice) content).correction();
        }

        private void invoice(Invoice invoice) {
            values.put("invoice", line(invoice.number()));
            values.put("reference", fill("reference.invoice", Map.of("invoice", line(invoice.number()))));
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

        private String fill(String key, Map<String, String> own) {
            return templates.fill(language, key, own);
        }

        private String line(String value) {
            return SafeText.shortened(SafeText.line(value), MAX_LINE);
        }
    }
}
