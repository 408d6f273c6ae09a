package org.amicable.dispute.domain.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.amicable.dispute.domain.model.Balance;
import org.amicable.dispute.domain.model.ClaimState;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.GrievanceCause;
import org.amicable.dispute.domain.model.Instalment;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.LateChargeRate;
import org.amicable.dispute.domain.model.LegalMention;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterChannel;
import org.amicable.dispute.domain.model.LetterContent;
import org.amicable.dispute.domain.model.LetterId;
import org.amicable.dispute.domain.model.MediatorKind;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.PostalAddress;
import org.amicable.dispute.domain.model.RemedyKind;
import org.amicable.dispute.domain.model.SettlementProposal;
import org.amicable.dispute.domain.port.in.PreviewLetterUseCase;

/**
 * A letter of each kind with facts that read like a real case: a bakery's invoice of 1,234.56 EUR
 * overdue, a spoiled delivery, a refund proposed. Dates are counted from the day of the preview.
 */
final class SampleLetters {

    /** Fixed ids: a sample renders to the same bytes on the same day. */
    private static final DisputeId CASE = new DisputeId(new UUID(0x0000_0000_0000_7000L, 0x8000_0000_0000_0001L));
    private static final LetterId LETTER = new LetterId(new UUID(0x0000_0000_0000_7000L, 0x8000_0000_0000_0002L));

    private SampleLetters() {
    }

    static Letter of(PreviewLetterUseCase.Command command, LocalDate today) {
        boolean business = command.customerKind() == CustomerKind.BUSINESS;
        Customer customer = new Customer(business ? "C-0042" : "C-0043",
                command.customerName().orElse(business ? "Épicerie Martin SARL" : "Jeanne Petit"), command.customerKind(),
                Optional.of(business ? "compta@epicerie-martin.example" : "jeanne.petit@mail.example"),
                new PostalAddress(List.of("12 rue des Lilas"), "75011", "Paris", "FR"), Optional.empty(),
                command.language());
        Invoice invoice = new Invoice("F-2026-0118", today.minusDays(60), today.minusDays(30), Money.euros("1234.56"));
        Balance balance = business
                ? new Balance(Money.euros("1234.56"), Money.euros("12.33"), Balance.ChargeKind.LATE_PAYMENT_PENALTIES,
                        Money.euros("40.00"))
                : new Balance(Money.euros("1234.56"), Money.euros("0.00"), Balance.ChargeKind.LEGAL_INTEREST,
                        Money.euros("0.00"));
        Optional<LateChargeRate> rate = Optional.of(business
                ? new LateChargeRate(new BigDecimal("12.15"), LateChargeRate.Basis.REFERENCE_PLUS_MARGIN)
                : new LateChargeRate(new BigDecimal("6.67"), LateChargeRate.Basis.LEGAL_RATE));
        SettlementProposal proposal = new SettlementProposal(1, RemedyKind.REFUND, Optional.of(Money.euros("89.90")),
                today.plusDays(14), today.plusDays(25), "Remboursement intégral par virement.");
        List<LegalMention> consumerMediator = business ? List.of() : List.of(LegalMention.CONSUMER_MEDIATOR);
        List<LegalMention> noticeMentions = business
                ? List.of(LegalMention.FORMAL_NOTICE_TITLE, LegalMention.PAYMENT_WITHIN_DEADLINE,
                        LegalMention.COURT_ACTION_OTHERWISE, LegalMention.LATE_PAYMENT_PENALTIES,
                        LegalMention.RECOVERY_INDEMNITY)
                : List.of(LegalMention.FORMAL_NOTICE_TITLE, LegalMention.PAYMENT_WITHIN_DEADLINE,
                        LegalMention.COURT_ACTION_OTHERWISE, LegalMention.LEGAL_INTEREST_FROM_NOTICE,
                        LegalMention.RECOVERY_COSTS_NOT_CHARGED, LegalMention.CONSUMER_MEDIATOR);
        // A switch expression: a new kind of letter without a sample does not compile.
        LetterContent content = switch (command.kind()) {
            case FIRST_REMINDER -> new LetterContent.Reminder(1, invoice, balance, today.plusDays(10), rate);
            case SECOND_REMINDER -> new LetterContent.Reminder(2, invoice, balance, today.plusDays(10), rate);
            case FORMAL_NOTICE -> new LetterContent.FormalNotice(invoice, balance, 8, today.plusDays(10), noticeMentions,
                    rate);
            case MEDIATION_REFERRAL -> new LetterContent.MediationReferral(Optional.of(MediatorKind.BAILIFF),
                    "Maître Lefèvre, commissaire de justice", Optional.of(balance));
            case REPAYMENT_PLAN_CONFIRMATION -> new LetterContent.RepaymentPlanConfirmation(invoice, List.of(
                    new Instalment(1, today.plusMonths(1), Money.euros("600.00")),
                    new Instalment(2, today.plusMonths(2), Money.euros("634.56"))), Money.euros("1234.56"),
                    Optional.of(5), Optional.of(ClaimState.LITIGATION), Optional.empty());
            case GRIEVANCE_ACKNOWLEDGMENT -> new LetterContent.GrievanceAcknowledgment(GrievanceCause.SPOILED_PRODUCT,
                    "Le pain livré ce matin était moisi.", today.minusDays(2), Optional.of(invoice), consumerMediator);
            case SETTLEMENT_PROPOSAL -> new LetterContent.Proposal(proposal, consumerMediator, Optional.of("Claire Morel"));
            case AGREEMENT_CONFIRMATION -> new LetterContent.AgreementConfirmation(proposal, proposal.resolveBy(),
                    Optional.of("Claire Morel"));
            case RESOLUTION_CONFIRMATION -> new LetterContent.ResolutionConfirmation(Optional.of(proposal), today, true,
                    Optional.of("Claire Morel"));
        };
        LetterChannel channel = content instanceof LetterContent.Reminder || content instanceof LetterContent.FormalNotice
                ? LetterChannel.REGISTERED_POST : LetterChannel.EMAIL;
        return Letter.issue(LETTER, CASE, command.kind(), customer, channel, today, invoice.number(), content);
    }
}
