package org.amicable.dispute.domain.port.in;

import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeId;

/** A command that changes one dispute. */
public interface DisputeCommand {

    /** The dispute to change. */
    DisputeId disputeId();

    /** The version the caller last saw; when present, a dispute changed since is a conflict. */
    Optional<Long> expectedVersion();
}
