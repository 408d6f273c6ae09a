package org.amicable.dispute.adapter.mail;

import java.util.Map;
import org.amicable.dispute.domain.model.LetterContent;
import org.amicable.dispute.domain.model.SettlementProposal;

/** The wording of a grievance's letters: acknowledgment, proposal, agreement, resolution. */
final class GrievanceLetterWording {
    private final LetterWriting writing;

    GrievanceLetterWording(LetterWriting writing) {
        this.writing = writing;
    }

    void grievance(LetterContent.GrievanceAcknowledgment acknowledgment) {
        writing.put("complaintDate", writing.format.date(acknowledgment.complaintDate()));
        writing.put("cause", writing.fill("cause." + acknowledgment.cause().name()));
        writing.put("description",
                SafeText.shortened(SafeText.block(acknowledgment.description()), LetterComposer.MAX_QUOTED));
        acknowledgment.invoice().ifPresent(invoice ->
                writing.put("reference",
                        writing.fill("reference.invoice", Map.of("invoice", writing.line(invoice.number())))));
        writing.put("manager", writing.signatory.name());
        writing.subject("grievance.subject");
        writing.paragraph("grievance.body");
        acknowledgment.invoice().ifPresent(invoice -> {
            writing.invoice(invoice);
            writing.paragraph("grievance.invoice");
        });
        writing.paragraph("grievance.description");
        writing.paragraph("grievance.next");
        acknowledgment.mentions().forEach(writing::mention);
    }

    void proposal(LetterContent.Proposal proposal) {
        SettlementProposal offer = proposal.proposal();
        writing.put("round", Integer.toString(offer.round()));
        writing.subject("proposal.subject");
        offer(offer, "proposal.body");
        writing.put("answerBy", writing.format.date(offer.answerBy()));
        writing.put("resolveBy", writing.format.date(offer.resolveBy()));
        writing.paragraph("proposal.dates");
        proposal.mentions().forEach(writing::mention);
    }

    void agreement(LetterContent.AgreementConfirmation agreement) {
        writing.subject("agreement.subject");
        offer(agreement.proposal(), "agreement.body");
        writing.put("agreedDeadline", writing.format.date(agreement.agreedDeadline()));
        writing.paragraph("agreement.deadline");
    }

    void resolution(LetterContent.ResolutionConfirmation resolution) {
        writing.put("resolvedOn", writing.format.date(resolution.resolvedOn()));
        writing.subject("resolution.subject");
        if (resolution.remedy().isPresent()) {
            writing.put("remedy", writing.fill("remedy." + resolution.remedy().get().remedy().name()));
            writing.paragraph("resolution.withRemedy");
        } else {
            writing.paragraph("resolution.withoutRemedy");
        }
        if (!resolution.onTime()) {
            writing.paragraph("resolution.late");
        }
        writing.paragraph("resolution.thanks");
    }

    private void offer(SettlementProposal offer, String bodyKey) {
        writing.put("remedy", writing.fill("remedy." + offer.remedy().name()));
        writing.put("terms", SafeText.shortened(SafeText.block(offer.terms()), LetterComposer.MAX_QUOTED));
        writing.paragraph(bodyKey);
        offer.amount().ifPresent(amount -> {
            writing.put("amount", writing.format.money(amount));
            writing.paragraph("proposal.amount");
        });
        writing.paragraph("proposal.terms");
    }
}
