package org.amicable.dispute.domain.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.Money;

/**
 * Records one payment of a customer that names several invoices (or none): it is split among the
 * customer's open claims as the customer says, else by the rules of Code civil, art. 1342-10 (see
 * {@link org.amicable.dispute.domain.policy.PaymentImputation}), and each claim records its part as a
 * payment of its own, applied there to late charges first (art. 1343-1). All parts are recorded, or none.
 */
public interface RecordCustomerPaymentUseCase {

    /** The most invoices one payment may name. */
    int MOST_INVOICES = 100;

    CustomerPayment recordCustomerPayment(Command command);

    /**
     * The command.
     *
     * @param customerReference the customer who paid
     * @param receivedOn        the day it was received
     * @param amount            the amount, positive, in the claims' currency
     * @param reference         the payment's reference (bank transfer id…); each part is recorded with it
     * @param invoices          the invoices the customer names, at most {@value #MOST_INVOICES}, each once:
     *                          either every one with the amount the customer gives it (adding up to
     *                          {@code amount}) or none with an amount; empty when the customer names no
     *                          invoice (then every open claim of the customer is a candidate)
     */
    record Command(String customerReference, LocalDate receivedOn, Money amount, String reference,
            List<InvoicePart> invoices) {
        public Command {
            Objects.requireNonNull(customerReference, "customerReference is required");
            Objects.requireNonNull(receivedOn, "receivedOn is required");
            Objects.requireNonNull(amount, "amount is required");
            Objects.requireNonNull(reference, "reference is required");
            invoices = List.copyOf(Objects.requireNonNull(invoices, "invoices is required"));
        }
    }

    /**
     * An invoice named by the payment.
     *
     * @param invoiceNumber the invoice
     * @param amount        what the customer says goes to it, if the customer says
     */
    record InvoicePart(String invoiceNumber, Optional<Money> amount) {
        public InvoicePart {
            Objects.requireNonNull(invoiceNumber, "invoiceNumber is required");
            Objects.requireNonNull(amount, "amount is required");
        }
    }

    /** How the payment was split. */
    enum Split {
        /** As the customer said, invoice by invoice. */
        AS_THE_CUSTOMER_SAID,
        /** By Code civil, art. 1342-10: most interest to pay, then the oldest, then proportionally. */
        CIVIL_CODE_ART_1342_10
    }

    /**
     * The payment as recorded.
     *
     * @param customerReference the customer
     * @param split             how it was split
     * @param parts             each claim's part, in the order they were applied; a claim that got
     *                          nothing is not listed
     */
    record CustomerPayment(String customerReference, Split split, List<AppliedPart> parts) {
        public CustomerPayment {
            Objects.requireNonNull(customerReference, "customerReference");
            Objects.requireNonNull(split, "split");
            parts = List.copyOf(parts);
        }
    }

    /**
     * One claim's part, as that claim applied it.
     *
     * @param disputeId     the claim
     * @param invoiceNumber its invoice
     * @param amount        the part
     * @param toLateCharges what went to late charges
     * @param toIndemnity   what went to the recovery indemnity
     * @param toPrincipal   what went to the principal
     * @param surplus       what exceeded the claim's balance
     * @param state         the claim's state afterwards ({@code SETTLED} when nothing is owed any more)
     * @param version       the claim's version afterwards
     */
    record AppliedPart(DisputeId disputeId, String invoiceNumber, Money amount, Money toLateCharges, Money toIndemnity,
            Money toPrincipal, Money surplus, String state, long version) {
    }
}
