package org.amicable.dispute.adapter.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
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
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.InvoiceCorrection;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.LateChargeRate;
import org.amicable.dispute.domain.model.LegalMention;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterContent;

/**
 * One letter being written: the values its templates are filled with, its blocks so far, its signatory, and
 * the passages every kind of letter shares (invoice, balance, rate, correction, payment, legal mentions).
 */
final class LetterWriting {
    static final Currency EURO = Currency.getInstance("EUR");

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
    final MailSettings.Company company;
    final Letter letter;
    final Language language;
    final LetterFormat format;
    private final Map<String, String> values = new HashMap<>();
    final List<Block> blocks = new ArrayList<>();
    final List<LegalMention> mentioned = new ArrayList<>();
    private String subject = "";
    MailSettings.Signatory signatory;

    LetterWriting(Letter letter, LetterTemplates templates, MailSettings.Company company) {
        this.templates = templates;
        this.company = company;
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

    /** The letter as written, with the consumer mediator named where the law asks for it. */
    ComposedLetter composed() {
        // A letter to a consumer always names the consumer mediator (Code de la consommation, art. L616-1).
        if (letter.recipient().kind() == CustomerKind.CONSUMER && !mentioned.contains(LegalMention.CONSUMER_MEDIATOR)) {
            mention(LegalMention.CONSUMER_MEDIATOR);
        }
        return new ComposedLetter(SafeText.shortened(SafeText.line(subject), LetterComposer.MAX_LINE), blocks,
                values.get("reference"), values.get("case"), signatory);
    }

    void put(String name, String value) {
        values.put(name, value);
    }

    void subject(String key) {
        subject = fill(key);
    }

    void rate(LateChargeRate rate) {
        values.put("rate", format.percent(rate.annualPercent()));
        values.put("rateBasis", fill("rateBasis." + rate.basis().name()));
        paragraph("rate.statement");
    }

    /** Where a grievance corrected the invoice, the letter names the corrected amount; the first is history. */
    void corrected(Optional<InvoiceCorrection> correction) {
        correction.ifPresent(corrected -> values.put("amount", format.money(corrected.correctedAmount())));
    }

    void correction(Optional<InvoiceCorrection> correction) {
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
    void payment() {
        payment(line(letter.reference()));
    }

    void payment(String reference) {
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

    void invoice(Invoice invoice) {
        values.put("invoice", line(invoice.number()));
        values.put("reference", fill("reference.invoice", Map.of("invoice", line(invoice.number()))));
        values.put("issueDate", format.date(invoice.issueDate()));
        values.put("dueDate", format.date(invoice.dueDate()));
        values.put("amount", format.money(invoice.amount()));
    }

    void balance(Balance balance) {
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

    void paragraph(String key) {
        blocks.add(new Paragraph(fill(key)));
    }

    String fill(String key) {
        return templates.fill(language, key, values);
    }

    String fill(String key, Map<String, String> own) {
        return templates.fill(language, key, own);
    }

    String line(String value) {
        return SafeText.shortened(SafeText.line(value), LetterComposer.MAX_LINE);
    }
}
