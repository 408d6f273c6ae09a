package org.amicable.dispute.adapter.mail;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.amicable.dispute.domain.model.Balance;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.GrievanceCause;
import org.amicable.dispute.domain.model.Instalment;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.LateChargeRate;
import org.amicable.dispute.domain.model.LegalMention;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterChannel;
import org.amicable.dispute.domain.model.LetterContent;
import org.amicable.dispute.domain.model.LetterId;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.model.MediatorKind;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.PostalAddress;
import org.amicable.dispute.domain.model.RemedyKind;
import org.amicable.dispute.domain.model.SettlementProposal;

/** Letters of every kind, as the domain would issue them, for the tests. */
final class Letters {

    static final LocalDate ISSUED_ON = LocalDate.of(2027, 1, 7);
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private Letters() {
    }

    /** SIREN 552 100 554 and its VAT number FR 96 552100554; the IBAN is the standard French example. */
    static MailSettings.Company company() {
        return new MailSettings.Company("Boulangerie Dupain SAS", List.of("3 place du Marché", "69002 Lyon"), "Lyon",
                new MailSettings.Signatory("Marie Durand", "Responsable du recouvrement"), "Médiateur du commerce",
                "https://www.mediateur-commerce.example",
                new MailSettings.LegalIdentity("SAS", new java.math.BigDecimal("50000"), "Lyon", "552 100 554",
                        Optional.of("FR96552100554")),
                new MailSettings.Payment("Boulangerie Dupain SAS", "FR76 3000 6000 0112 3456 7890 189", "AGRIFRPP",
                        Optional.of("https://pay.dupain.example/{reference}/{case}")),
                new MailSettings.Signatory("Paul Martin", "Service clients"));
    }

    static MailSettings pickupSettings(Path folder) {
        return MailSettings.pickup(folder, "litiges@dupain.example", company());
    }

    static MailSettings smtpSettings(int port) {
        return MailSettings.smtp("127.0.0.1", port, MailSettings.Security.NONE, "litiges@dupain.example", company())
                .withTimeout(java.time.Duration.ofSeconds(5));
    }

    static Customer business(Language language) {
        return new Customer("C-042", "Épicerie Martin SARL", CustomerKind.BUSINESS, Optional.of("compta@martin.example"),
                new PostalAddress(List.of("12 rue des Lilas"), "75011", "Paris", "FR"), Optional.empty(), language);
    }

    /** A business whose name, first address line and city are in any script. */
    static Customer businessNamed(String name, String city) {
        return new Customer("C-099", name, CustomerKind.BUSINESS, Optional.of("contact@client.example"),
                new PostalAddress(List.of(name), "10000", city, "FR"), Optional.empty(), Language.FR);
    }

    static Customer consumer(Language language) {
        return new Customer("C-043", "Jeanne Petit", CustomerKind.CONSUMER, Optional.of("jeanne.petit@mail.example"),
                new PostalAddress(List.of("4 impasse des Roses", "Bâtiment B"), "13001", "Marseille", "FR"),
                Optional.empty(), language);
    }

    static Invoice invoice() {
        return new Invoice("F-2026-118", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 2), Money.euros("1234.56"));
    }

    static Balance businessBalance() {
        return new Balance(Money.euros("1234.56"), Money.euros("18.20"), Balance.ChargeKind.LATE_PAYMENT_PENALTIES,
                Money.euros("40.00"));
    }

    static Balance consumerBalance() {
        return new Balance(Money.euros("1234.56"), Money.euros("0.00"), Balance.ChargeKind.LEGAL_INTEREST,
                Money.euros("0.00"));
    }

    static SettlementProposal proposal() {
        return new SettlementProposal(1, RemedyKind.REFUND, Optional.of(Money.euros("89.90")),
                LocalDate.of(2027, 1, 21), LocalDate.of(2027, 2, 1), "Remboursement intégral par virement.");
    }

    static LetterId newId() {
        return new LetterId(new UUID(0x0190_0000_0000_7000L | SEQUENCE.incrementAndGet() << 16, 0x8000_0000_0000_0001L));
    }

    /** The case reference of every letter here: the dispute's id. */
    static final String CASE = "01900000-0000-7000-8000-000000000042";

    static Letter letter(LetterKind kind, Customer customer, LetterChannel channel, LetterContent content) {
        return Letter.issue(newId(), new DisputeId(new UUID(0x0190_0000_0000_7000L, 0x8000_0000_0000_0042L)), kind,
                customer, channel, ISSUED_ON, "F-2026-118", content);
    }

    static Letter formalNotice(Customer customer) {
        boolean business = customer.kind() == CustomerKind.BUSINESS;
        List<LegalMention> mentions = business
                ? List.of(LegalMention.FORMAL_NOTICE_TITLE, LegalMention.PAYMENT_WITHIN_DEADLINE,
                        LegalMention.COURT_ACTION_OTHERWISE, LegalMention.LATE_PAYMENT_PENALTIES,
                        LegalMention.RECOVERY_INDEMNITY)
                : List.of(LegalMention.FORMAL_NOTICE_TITLE, LegalMention.PAYMENT_WITHIN_DEADLINE,
                        LegalMention.COURT_ACTION_OTHERWISE, LegalMention.LEGAL_INTEREST_FROM_NOTICE,
                        LegalMention.RECOVERY_COSTS_NOT_CHARGED, LegalMention.CONSUMER_MEDIATOR);
        return letter(LetterKind.FORMAL_NOTICE, customer, LetterChannel.REGISTERED_POST,
                new LetterContent.FormalNotice(invoice(), business ? businessBalance() : consumerBalance(), 8,
                        ISSUED_ON.plusDays(8), mentions, Optional.of(business
                                ? new LateChargeRate(new java.math.BigDecimal("12.15"), LateChargeRate.Basis.REFERENCE_PLUS_MARGIN)
                                : new LateChargeRate(new java.math.BigDecimal("2.62"), LateChargeRate.Basis.LEGAL_RATE))));
    }

    static Letter grievanceAcknowledgment(Customer customer, String description) {
        return letter(LetterKind.GRIEVANCE_ACKNOWLEDGMENT, customer, LetterChannel.EMAIL,
                new LetterContent.GrievanceAcknowledgment(GrievanceCause.SPOILED_PRODUCT, description,
                        LocalDate.of(2027, 1, 3), Optional.of(invoice()), List.of(LegalMention.CONSUMER_MEDIATOR)));
    }

    /** One letter of every kind the domain has, for the customer. */
    static List<Letter> everyKind(Customer customer) {
        Balance balance = customer.kind() == CustomerKind.BUSINESS ? businessBalance() : consumerBalance();
        return List.of(
                letter(LetterKind.FIRST_REMINDER, customer, LetterChannel.REGISTERED_POST,
                        new LetterContent.Reminder(1, invoice(), balance, ISSUED_ON.plusDays(10))),
                letter(LetterKind.SECOND_REMINDER, customer, LetterChannel.REGISTERED_POST,
                        new LetterContent.Reminder(2, invoice(), balance, ISSUED_ON.plusDays(10))),
                formalNotice(customer),
                letter(LetterKind.MEDIATION_REFERRAL, customer, LetterChannel.EMAIL,
                        new LetterContent.MediationReferral(Optional.of(MediatorKind.BAILIFF), "Maître Lefèvre",
                                Optional.of(balance))),
                letter(LetterKind.REPAYMENT_PLAN_CONFIRMATION, customer, LetterChannel.EMAIL,
                        new LetterContent.RepaymentPlanConfirmation(invoice(), List.of(
                                new Instalment(1, LocalDate.of(2027, 2, 1), Money.euros("600.00")),
                                new Instalment(2, LocalDate.of(2027, 3, 1), Money.euros("634.56"))),
                                Money.euros("1234.56"))),
                grievanceAcknowledgment(customer, "Le pain livré le 2 janvier était moisi."),
                letter(LetterKind.SETTLEMENT_PROPOSAL, customer, LetterChannel.EMAIL,
                        new LetterContent.Proposal(proposal(), List.of(LegalMention.CONSUMER_MEDIATOR))),
                letter(LetterKind.AGREEMENT_CONFIRMATION, customer, LetterChannel.EMAIL,
                        new LetterContent.AgreementConfirmation(proposal(), LocalDate.of(2027, 2, 1))),
                letter(LetterKind.RESOLUTION_CONFIRMATION, customer, LetterChannel.EMAIL,
                        new LetterContent.ResolutionConfirmation(Optional.of(proposal()), LocalDate.of(2027, 1, 30), false)));
    }
}
