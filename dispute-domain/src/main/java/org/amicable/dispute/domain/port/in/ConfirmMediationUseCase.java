package org.amicable.dispute.domain.port.in;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.MediatorKind;
import org.amicable.dispute.domain.model.Money;

/** A manager confirms the external mediation of an unpaid claim, with its mediator and fee. */
public interface ConfirmMediationUseCase {

    DisputeView confirmMediation(Command command);

    /**
     * The command.
     *
     * @param disputeId the dispute
     * @param expectedVersion the version the caller saw (If-Match), if it cares
     * @param on the day of the decision
     * @param mediatorKind bailiff, collection agency or conciliator
     * @param mediatorName who mediates
     * @param fee what it costs
     * @param confirmedBy the manager who confirms
     */
    record Command(DisputeId disputeId, Optional<Long> expectedVersion, LocalDate on, MediatorKind mediatorKind, String mediatorName, Money fee, String confirmedBy) implements DisputeCommand {
        /** The command on the dispute as it stands, whatever its version (no check against a concurrent change). */
        public Command(DisputeId disputeId, LocalDate on, MediatorKind mediatorKind, String mediatorName, Money fee,
                String confirmedBy) {
            this(disputeId, Optional.empty(), on, mediatorKind, mediatorName, fee, confirmedBy);
        }

        public Command {
            Objects.requireNonNull(disputeId, "disputeId is required");
            Objects.requireNonNull(expectedVersion, "expectedVersion is required");
            Objects.requireNonNull(on, "on is required");
            Objects.requireNonNull(mediatorKind, "mediatorKind is required");
            Objects.requireNonNull(mediatorName, "mediatorName is required");
            Objects.requireNonNull(fee, "fee is required");
            Objects.requireNonNull(confirmedBy, "confirmedBy is required");
        }
    }
}
