package org.amicable.examples.firstclaim;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.amicable.dispute.domain.inmemory.InMemoryDisputeRepository;
import org.amicable.dispute.domain.inmemory.PlainTextLetterRenderer;
import org.amicable.dispute.domain.inmemory.RecordingLetterSender;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.PostalAddress;
import org.amicable.dispute.domain.policy.EscalationPolicy;
import org.amicable.dispute.domain.policy.LegalRates;
import org.amicable.dispute.domain.policy.RateTable;
import org.amicable.dispute.domain.port.in.DisputeQuery;
import org.amicable.dispute.domain.port.in.DisputeSummary;
import org.amicable.dispute.domain.port.in.OpenUnpaidClaimUseCase;
import org.amicable.dispute.domain.service.DisputeServices;

/** A company's unpaid invoices, chased by the Amicable domain over in-memory storage. */
public final class FirstClaim {

    private final DisputeServices amicable;
    private final RecordingLetterSender sent = new RecordingLetterSender();

    /** The escalation with today's French rates; time from {@code clock}. */
    public FirstClaim(Clock clock) {
        InMemoryDisputeRepository store = new InMemoryDisputeRepository();
        EscalationPolicy policy = EscalationPolicy.defaults(LegalRates.of(
                RateTable.constant("ECB refinancing rate", LocalDate.of(2025, 6, 11), "2.15"),
                RateTable.constant("legal interest rate", LocalDate.of(2026, 1, 1), "6.67")));
        amicable = new DisputeServices(store, store, new PlainTextLetterRenderer(), sent, policy, clock);
    }

    /** Opens a claim for an unpaid invoice of a business customer. */
    public DisputeId chase(String customerReference, String customerName, String invoiceNumber, LocalDate dueOn,
            String euros) {
        Customer customer = Customer.business(customerReference, customerName)
                .email("compta@example.org")
                .address(new PostalAddress(List.of("1 rue de l'Exemple"), "75001", "Paris", "FR"))
                .language(Language.FR)
                .build();
        Invoice invoice = new Invoice(invoiceNumber, dueOn.minusDays(30), dueOn, Money.euros(euros));
        return amicable.openUnpaidClaim().openUnpaidClaim(new OpenUnpaidClaimUseCase.Command(customer, invoice)).id();
    }

    /** Runs what is due on {@code date}, then sends the letters it issued; how many went out. */
    public int runDay(LocalDate date) {
        amicable.runEscalation().runEscalation(date);
        return amicable.dispatchLetters().dispatchLetters(100).sent();
    }

    /** The letters of a dispute, oldest first. */
    public List<Letter> letters(DisputeId dispute) {
        return amicable.viewDisputes().view(dispute).letters();
    }

    /** The disputes still open about a customer's invoice. */
    public List<DisputeSummary> openAbout(String customerReference, String invoiceNumber) {
        return amicable.viewDisputes().list(DisputeQuery.openAbout(customerReference, invoiceNumber));
    }

    /** How many messages the sender was given. */
    public int messagesSent() {
        return sent.sent().size();
    }
}
