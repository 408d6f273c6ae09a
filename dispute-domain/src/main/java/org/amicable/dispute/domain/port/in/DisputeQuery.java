package org.amicable.dispute.domain.port.in;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.Track;

/**
 * Criteria for listing disputes; all optional, combined with "and". Results come in id order, which
 * is the order disputes were opened, after {@code after}: a stable keyset pagination.
 *
 * @param id                 one dispute
 * @param track              the track
 * @param state              the state's name
 * @param customerReference  the customer
 * @param invoiceNumber      the invoice
 * @param dueOnOrBefore      something due on or before this date
 * @param openOnly           only disputes whose amicable phase is not over
 * @param after              the last id of the previous page
 * @param limit              the page size, 1 to 500
 * @param assignee           the manager assigned, or none assigned
 */
public record DisputeQuery(
        Optional<DisputeId> id,
        Optional<Track> track,
        Optional<String> state,
        Optional<String> customerReference,
        Optional<String> invoiceNumber,
        Optional<LocalDate> dueOnOrBefore,
        boolean openOnly,
        Optional<DisputeId> after,
        int limit,
        Optional<Assignee> assignee) {

    public static final int MAX_LIMIT = 500;

    /** Criteria that do not look at the assignee, as queries were before summaries kept one. */
    public DisputeQuery(Optional<DisputeId> id, Optional<Track> track, Optional<String> state,
            Optional<String> customerReference, Optional<String> invoiceNumber, Optional<LocalDate> dueOnOrBefore,
            boolean openOnly, Optional<DisputeId> after, int limit) {
        this(id, track, state, customerReference, invoiceNumber, dueOnOrBefore, openOnly, after, limit,
                Optional.empty());
    }

    public DisputeQuery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(customerReference, "customerReference");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(dueOnOrBefore, "dueOnOrBefore");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(assignee, "assignee");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }

    /** Every dispute, first page of the given size. */
    public static DisputeQuery all(int limit) {
        return new DisputeQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, Optional.empty(), limit);
    }

    /** One dispute by id. */
    public static DisputeQuery byId(DisputeId id) {
        return new DisputeQuery(Optional.of(id), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, Optional.empty(), 1);
    }

    /** The open disputes about an invoice of a customer. */
    public static DisputeQuery openAbout(String customerReference, String invoiceNumber) {
        return new DisputeQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(customerReference),
                Optional.of(invoiceNumber), Optional.empty(), true, Optional.empty(), MAX_LIMIT);
    }

    /** The same criteria, narrowed to disputes of this assignee. */
    public DisputeQuery assignedTo(Assignee who) {
        return new DisputeQuery(id, track, state, customerReference, invoiceNumber, dueOnOrBefore, openOnly, after,
                limit, Optional.of(who));
    }

    /** Whether a summary matches the criteria (the cursor and the limit aside). */
    public boolean matches(DisputeSummary summary, boolean open) {
        return id.map(summary.id()::equals).orElse(true)
                && track.map(summary.track()::equals).orElse(true)
                && state.map(summary.state().name()::equals).orElse(true)
                && customerReference.map(summary.customerReference()::equals).orElse(true)
                && invoiceNumber.map(number -> summary.invoiceNumber().filter(number::equals).isPresent()).orElse(true)
                && dueOnOrBefore.map(date -> summary.dueOn().filter(due -> !due.isAfter(date)).isPresent()).orElse(true)
                && assignee.map(who -> who.matches(summary.manager())).orElse(true)
                && (!openOnly || open);
    }
}
