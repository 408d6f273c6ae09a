package org.amicable.dispute.adapter.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amicable.dispute.adapter.mail.ComposedLetter.Amounts;
import org.amicable.dispute.adapter.mail.ComposedLetter.Row;
import org.amicable.dispute.domain.model.Balance;
import org.amicable.dispute.domain.model.CustomerLetter;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.InvoiceCorrection;
import org.amicable.dispute.domain.model.LateChargeRate;
import org.amicable.dispute.domain.model.LegalMention;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterChannel;
import org.amicable.dispute.domain.model.LetterContent;
import org.amicable.dispute.domain.model.Money;

/** The wording of one letter that lists the invoices of one customer at one step of the chase. */
final class GroupLetterWording {
    private final LetterWriting writing;

    GroupLetterWording(LetterWriting writing) {
        this.writing = writing;
    }

    /** One letter listing the invoices of one step; each invoice's facts are its own claim's. */
    void group(CustomerLetter group) {
        String customer = writing.line(writing.letter.recipient().reference());
        writing.put("customer", customer);
        writing.put("case", customer);
        writing.put("reference", writing.fill("reference.customer", Map.of("customer", customer)));
        writing.put("count", Integer.toString(group.letters().size()));
        LetterContent content = writing.letter.content();
        String step = content instanceof LetterContent.Reminder reminder ? "reminder" + reminder.rank() : "formalNotice";
        List<Balance> balances = group.letters().stream().map(carried -> balanceOf(carried.content())).toList();
        Money total = balances.stream().map(Balance::total).reduce(Money::plus).orElseThrow();
        writing.put("total", writing.format.money(total));
        writing.subject("group." + step + ".subject");
        writing.paragraph("group." + step + ".body");
        listing(group, balances, total);
        rates(group);
        for (Letter carried : group.letters()) {
            Optional<InvoiceCorrection> correction = correctionOf(carried.content());
            if (correction.isPresent()) {
                writing.invoice(invoiceOf(carried.content()));
                writing.correction(correction);
            }
        }
        writing.put("reference", writing.fill("reference.customer", Map.of("customer", customer)));
        if (content instanceof LetterContent.Reminder reminder) {
            writing.put("payBy", writing.format.date(reminder.payBy()));
            writing.paragraph("reminder.request");
        } else if (content instanceof LetterContent.FormalNotice notice) {
            writing.put("days", Integer.toString(notice.deadlineDays()));
            writing.put("daysInWords", writing.format.number(notice.deadlineDays()));
            for (LegalMention mention : notice.mentions()) {
                if (mention == LegalMention.RECOVERY_INDEMNITY) {
                    writing.mentioned.add(mention);
                    writing.paragraph("group.mention.RECOVERY_INDEMNITY");
                    continue;
                }
                writing.mention(mention);
                if (mention == LegalMention.PAYMENT_WITHIN_DEADLINE
                        && writing.letter.channel() == LetterChannel.REGISTERED_POST) {
                    writing.paragraph("deadline.firstPresentation");
                }
            }
        }
        if (!group.otherOpenInvoices().isEmpty()) {
            List<String> others = new ArrayList<>();
            for (CustomerLetter.OpenInvoice other : group.otherOpenInvoices()) {
                others.add(writing.fill("group.other", Map.of("invoice", writing.line(other.invoiceNumber()),
                        "state", writing.fill("group.state." + other.state().name()))));
            }
            writing.put("others", String.join(", ", others));
            writing.paragraph("group.others");
        }
        writing.payment(customer);
    }

    /** Each invoice on a row of its own (principal, charges, its total), then the grand total. */
    private void listing(CustomerLetter group, List<Balance> balances, Money total) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < group.letters().size(); i++) {
            Invoice invoice = invoiceOf(group.letters().get(i).content());
            Balance balance = balances.get(i);
            Map<String, String> facts = Map.of("invoice", writing.line(invoice.number()),
                    "issueDate", writing.format.date(invoice.issueDate()),
                    "dueDate", writing.format.date(invoice.dueDate()),
                    "principal", writing.format.money(balance.principal()),
                    "charges", writing.format.money(balance.lateCharges()),
                    "indemnity", writing.format.money(balance.indemnity()));
            rows.add(new Row(writing.fill("group.invoice." + balance.chargeKind().name(), facts),
                    writing.format.money(balance.total())));
        }
        rows.add(new Row(writing.fill("group.grandTotal"), writing.format.money(total)));
        writing.blocks.add(new Amounts(rows, true));
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
            writing.rate(rates.get(0));
            return;
        }
        for (int i = 0; i < rates.size(); i++) {
            writing.put("invoice", writing.line(invoiceOf(group.letters().get(i).content()).number()));
            writing.put("rate", writing.format.percent(rates.get(i).annualPercent()));
            writing.put("rateBasis", writing.fill("rateBasis." + rates.get(i).basis().name()));
            writing.paragraph("group.rate");
        }
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

}
