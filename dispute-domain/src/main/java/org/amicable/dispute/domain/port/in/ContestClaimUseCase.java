package org.amicable.dispute.domain.port.in;

import java.util.List;
import java.util.Objects;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.GrievanceCause;

/**
 * The customer contests an unpaid claim in writing, with documents if he has some. It opens a grievance
 * about the claim's invoice, dated today: the written complaint that a consumer must have made before
 * he may go to the consumer mediator (Code de la consommation, art. L612-2). The claim's chase holds
 * until the grievance ends, whatever its cause: the company does not press a debt its customer contests.
 */
public interface ContestClaimUseCase {

    /** The grievance opened. */
    DisputeView contestClaim(Command command);

    /**
     * The command.
     *
     * @param claimId     the unpaid claim contested
     * @param cause       what the customer says went wrong
     * @param explanation his written explanation
     * @param attachments his documents: PDF, PNG or JPEG (told by their content), 5 MB each at most
     */
    record Command(DisputeId claimId, GrievanceCause cause, String explanation, List<Attachment> attachments) {

        /** The most documents sent with one complaint. */
        public static final int MAX_ATTACHMENTS = 5;

        public Command {
            Objects.requireNonNull(claimId, "claimId is required");
            Objects.requireNonNull(cause, "cause is required");
            Objects.requireNonNull(explanation, "explanation is required");
            attachments = List.copyOf(Objects.requireNonNull(attachments, "attachments is required"));
        }
    }

    /**
     * A document sent with the complaint.
     *
     * @param name    the file's name as the customer gave it
     * @param content its bytes
     */
    record Attachment(String name, byte[] content) {
        public Attachment {
            Objects.requireNonNull(name, "name is required");
            Objects.requireNonNull(content, "content is required");
        }
    }
}
