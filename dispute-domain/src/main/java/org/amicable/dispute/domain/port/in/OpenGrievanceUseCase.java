package org.amicable.dispute.domain.port.in;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.GrievanceCause;
import org.amicable.dispute.domain.model.Invoice;

/**
 * Receives a grievance, acknowledges it, and holds the chase of its invoice for an invoice error. An
 * order (named by its invoice) has at most one open grievance per cause: opening another throws
 * {@link org.amicable.dispute.domain.model.DuplicateDisputeException}, naming the open one.
 */
public interface OpenGrievanceUseCase {

    DisputeView openGrievance(Command command);

    /**
     * The command.
     *
     * @param customer the customer
     * @param cause what went wrong
     * @param description the complaint, as the customer wrote it
     * @param invoice the invoice concerned, if any (required for an invoice error)
     * @param complaintDate the date of the written complaint
     */
    record Command(Customer customer, GrievanceCause cause, String description, Optional<Invoice> invoice, LocalDate complaintDate) {
        public Command {
            Objects.requireNonNull(customer, "customer is required");
            Objects.requireNonNull(cause, "cause is required");
            Objects.requireNonNull(description, "description is required");
            Objects.requireNonNull(invoice, "invoice is required");
            Objects.requireNonNull(complaintDate, "complaintDate is required");
        }
    }
}
