package org.amicable.dispute.domain.port.in;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.DisputeState;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.Track;

/**
 * What a list of disputes shows, and what the storage indexes.
 *
 * @param id                the dispute
 * @param track             unpaid claim or grievance
 * @param state             its state
 * @param customerReference the customer's reference
 * @param customerName      the customer's name
 * @param invoiceNumber     the invoice concerned, if any
 * @param dueOn             when the escalation next has something to do, if ever
 * @param version           the number of timeline entries
 * @param openedOn          the day it was opened
 * @param manager           the manager assigned to it, if one is (the person its tasks are for)
 */
public record DisputeSummary(
        DisputeId id,
        Track track,
        DisputeState state,
        String customerReference,
        String customerName,
        Optional<String> invoiceNumber,
        Optional<LocalDate> dueOn,
        long version,
        LocalDate openedOn,
        Optional<String> manager) {

    public DisputeSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(manager, "manager");
    }

    /** A summary that names no manager, as summaries were before they kept one. */
    public DisputeSummary(DisputeId id, Track track, DisputeState state, String customerReference, String customerName,
            Optional<String> invoiceNumber, Optional<LocalDate> dueOn, long version, LocalDate openedOn) {
        this(id, track, state, customerReference, customerName, invoiceNumber, dueOn, version, openedOn,
                Optional.empty());
    }

    /** The summary of a dispute as it stands. */
    public static DisputeSummary of(Dispute dispute, Optional<LocalDate> dueOn) {
        return new DisputeSummary(dispute.id(), dispute.track(), dispute.state(), dispute.customer().reference(),
                dispute.customer().name(), dispute.invoice().map(Invoice::number), dueOn, dispute.version(),
                dispute.openedOn(), dispute.manager());
    }
}
