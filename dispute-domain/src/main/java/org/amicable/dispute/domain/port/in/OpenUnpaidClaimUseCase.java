package org.amicable.dispute.domain.port.in;

import java.util.Objects;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.Invoice;

/**
 * Opens an unpaid claim; the escalation sends the first reminder when it is due. An invoice has at most
 * one open claim: opening another for the same customer's invoice throws
 * {@link org.amicable.dispute.domain.model.DuplicateDisputeException}, naming the open one.
 */
public interface OpenUnpaidClaimUseCase {

    DisputeView openUnpaidClaim(Command command);

    /**
     * The command.
     *
     * @param customer the customer who did not pay
     * @param invoice the unpaid invoice
     */
    record Command(Customer customer, Invoice invoice) {
        public Command {
            Objects.requireNonNull(customer, "customer is required");
            Objects.requireNonNull(invoice, "invoice is required");
        }
    }
}
