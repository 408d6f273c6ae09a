package org.amicable.dispute.domain.port.in;

import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.PostalAddress;

/**
 * Corrects the customer's address, email and phone, as an entry of its own: later letters use the
 * corrected details, earlier letters stay as they were. A letter that came back addressee unknown
 * (NPAI) is sent again to the corrected address, and the ladder resumes.
 */
public interface CorrectContactDetailsUseCase {

    DisputeView correctContactDetails(Command command);

    /**
     * The command.
     *
     * @param disputeId       the dispute
     * @param expectedVersion the version the caller saw (If-Match), if it cares
     * @param address         the postal address
     * @param email           the email address, if any
     * @param phone           the phone number, if any
     */
    record Command(DisputeId disputeId, Optional<Long> expectedVersion, PostalAddress address, Optional<String> email,
            Optional<String> phone) implements DisputeCommand {
        /** The command on the dispute as it stands, whatever its version (no check against a concurrent change). */
        public Command(DisputeId disputeId, PostalAddress address, Optional<String> email, Optional<String> phone) {
            this(disputeId, Optional.empty(), address, email, phone);
        }

        public Command {
            Objects.requireNonNull(disputeId, "disputeId is required");
            Objects.requireNonNull(expectedVersion, "expectedVersion is required");
            Objects.requireNonNull(address, "address is required");
            Objects.requireNonNull(email, "email is required");
            Objects.requireNonNull(phone, "phone is required");
        }
    }
}
