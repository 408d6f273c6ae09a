package org.amicable.dispute.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What an open dispute is about, where the company allows only one open dispute at a time: an unpaid
 * claim is about a customer's invoice; a grievance is about a customer's order (named by its invoice)
 * and its cause. A grievance that names no invoice has no such subject: nothing tells two orders apart.
 *
 * @param track             unpaid claim or grievance
 * @param customerReference the customer's reference
 * @param invoiceNumber     the invoice (for a grievance, the one of the order complained about)
 * @param cause             a grievance's cause; empty for an unpaid claim
 */
public record DisputeSubject(Track track, String customerReference, String invoiceNumber,
        Optional<GrievanceCause> cause) {

    public DisputeSubject {
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(customerReference, "customerReference");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(cause, "cause");
        if (cause.isPresent() != (track == Track.GRIEVANCE)) {
            throw new IllegalArgumentException("cause is given for a grievance, and only for a grievance");
        }
    }

    /** The subject of an unpaid claim for this invoice. */
    public static DisputeSubject claim(String customerReference, String invoiceNumber) {
        return new DisputeSubject(Track.UNPAID_CLAIM, customerReference, invoiceNumber, Optional.empty());
    }

    /** The subject of a grievance with this cause about the order of this invoice. */
    public static DisputeSubject grievance(String customerReference, String invoiceNumber, GrievanceCause cause) {
        return new DisputeSubject(Track.GRIEVANCE, customerReference, invoiceNumber, Optional.of(cause));
    }

    /** The subject of a dispute, if it has one; whether it is still open is the caller's question. */
    public static Optional<DisputeSubject> of(Dispute dispute) {
        Optional<Invoice> invoice = dispute.invoice();
        if (invoice.isEmpty()) {
            return Optional.empty();
        }
        String reference = dispute.customer().reference();
        if (dispute instanceof Grievance grievance) {
            return Optional.of(grievance(reference, invoice.get().number(), grievance.cause()));
        }
        return Optional.of(claim(reference, invoice.get().number()));
    }

    /**
     * The subject as one stable string, which a storage indexes as unique among open disputes. The
     * reference's length comes first, so that no two subjects give the same string.
     */
    public String key() {
        // Stable words and stored codes, not Java names: the key is kept in the database.
        String what = cause.map(value -> "grievance/" + StoredCodes.GRIEVANCE_CAUSE.code(value)).orElse("claim");
        return what + ":" + customerReference.length() + ":" + customerReference + ":" + invoiceNumber;
    }

    /** In words, for an error message. */
    public String describe() {
        return (track == Track.UNPAID_CLAIM ? "an open unpaid claim" : "an open grievance ("
                + StoredCodes.GRIEVANCE_CAUSE.code(cause.orElseThrow()) + ")") + " for invoice " + invoiceNumber + " of customer " + customerReference;
    }
}
