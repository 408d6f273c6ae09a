package org.amicable.dispute.domain.port.in;

import java.util.Objects;
import org.amicable.dispute.domain.model.DisputeId;

/** What an import did with one of its rows. A refused row changed nothing. */
public sealed interface ImportOutcome {

    /** A claim was opened for the row. */
    record Created(DisputeId dispute) implements ImportOutcome {
        public Created {
            Objects.requireNonNull(dispute, "dispute");
        }
    }

    /** The invoice already has an open claim (perhaps from an earlier row or file): nothing was opened. */
    record AlreadyOpen(DisputeId existing) implements ImportOutcome {
        public AlreadyOpen {
            Objects.requireNonNull(existing, "existing");
        }
    }

    /** The payment was recorded on the claim. */
    record Recorded(DisputeId dispute) implements ImportOutcome {
        public Recorded {
            Objects.requireNonNull(dispute, "dispute");
        }
    }

    /** The claim already holds this payment (same reference, date and amount): it was not recorded twice. */
    record AlreadyRecorded(DisputeId dispute) implements ImportOutcome {
        public AlreadyRecorded {
            Objects.requireNonNull(dispute, "dispute");
        }
    }

    /**
     * The row was refused and changed nothing.
     *
     * @param field  the column at fault, or {@code row}
     * @param reason what is wrong, in words
     */
    record Refused(String field, String reason) implements ImportOutcome {
        public Refused {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
