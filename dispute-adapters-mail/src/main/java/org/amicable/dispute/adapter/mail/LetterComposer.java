package org.amicable.dispute.adapter.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amicable.dispute.domain.model.CustomerLetter;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterContent;
import org.amicable.dispute.domain.model.Money;

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
        LetterWriting writing = new LetterWriting(letter, templates, company);
        LetterContent content = letter.content();
        if (content instanceof LetterContent.Reminder reminder) {
            new ClaimLetterWording(writing).reminder(reminder);
        } else if (content instanceof LetterContent.FormalNotice notice) {
            new ClaimLetterWording(writing).formalNotice(notice);
        } else if (content instanceof LetterContent.MediationReferral referral) {
            new ClaimLetterWording(writing).mediation(referral);
        } else if (content instanceof LetterContent.RepaymentPlanConfirmation plan) {
            new ClaimLetterWording(writing).plan(plan);
        } else if (content instanceof LetterContent.GrievanceAcknowledgment acknowledgment) {
            new GrievanceLetterWording(writing).grievance(acknowledgment);
        } else if (content instanceof LetterContent.Proposal proposal) {
            new GrievanceLetterWording(writing).proposal(proposal);
        } else if (content instanceof LetterContent.AgreementConfirmation agreement) {
            new GrievanceLetterWording(writing).agreement(agreement);
        } else if (content instanceof LetterContent.ResolutionConfirmation resolution) {
            new GrievanceLetterWording(writing).resolution(resolution);
        } else {
            throw new IllegalStateException("no wording for " + content.getClass().getName());
        }
        return writing.composed();
    }

    /**
     * Words the letters of one customer of the day as one letter: the invoices listed with their
     * principal, charges and total, the grand total, and the customer's other open invoices.
     */
    ComposedLetter compose(CustomerLetter group) {
        LetterWriting writing = new LetterWriting(group.first(), templates, company);
        new GroupLetterWording(writing).group(group);
        return writing.composed();
    }

    /** The company's identity as printed at the foot of every page (Code de commerce, art. R123-237). */
    List<String> footer(Language language) {
        LetterFormat format = new LetterFormat(language);
        MailSettings.LegalIdentity identity = company.identity();
        String siren = CompanyNumbers.printedSiren(identity.siren());
        List<String> parts = new ArrayList<>();
        parts.add(templates.fill(language, "footer.company", Map.of("name", company.name(), "legalForm",
                identity.legalForm(), "capital", format.money(Money.of(identity.shareCapital(), LetterWriting.EURO)))));
        parts.add(templates.fill(language, "footer.rcs", Map.of("rcsCity", identity.rcsCity(), "siren", siren)));
        parts.add(templates.fill(language, "footer.siren", Map.of("siren", siren)));
        identity.vatNumber().ifPresent(vat -> parts.add(templates.fill(language, "footer.vat", Map.of("vat", vat))));
        return List.of(String.join(" – ", parts), String.join(", ", company.addressLines()));
    }
}
