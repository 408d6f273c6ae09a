package org.amicable.dispute.domain.model;

import static org.amicable.dispute.domain.model.StoredCodes.RETURN_REASON;
import static org.amicable.dispute.domain.model.StoredFields.fields;
import static org.amicable.dispute.domain.model.StoredFields.later;
import static org.amicable.dispute.domain.model.StoredFields.with;
import static org.amicable.dispute.domain.model.StoredLetters.letter;
import static org.amicable.dispute.domain.model.StoredValues.customer;
import static org.amicable.dispute.domain.model.StoredValues.date;

import org.amicable.dispute.domain.model.DisputeEvent.ContactDetailsCorrected;
import org.amicable.dispute.domain.model.DisputeEvent.LetterAcknowledged;
import org.amicable.dispute.domain.model.DisputeEvent.LetterApproved;
import org.amicable.dispute.domain.model.DisputeEvent.LetterAwaitingReview;
import org.amicable.dispute.domain.model.DisputeEvent.LetterFailed;
import org.amicable.dispute.domain.model.DisputeEvent.LetterHeld;
import org.amicable.dispute.domain.model.DisputeEvent.LetterIssued;
import org.amicable.dispute.domain.model.DisputeEvent.LetterReturned;
import org.amicable.dispute.domain.model.DisputeEvent.LetterScanAttached;
import org.amicable.dispute.domain.model.DisputeEvent.LetterSent;
import org.amicable.dispute.domain.model.DisputeEvent.LetterTracked;

/** How the events of a letter's life are stored: issued, sent, tracked, returned, reviewed, acknowledged. */
final class LetterEventCodecs {

    private LetterEventCodecs() {
    }

    static void registerIn(EventRegistry registry) {
        registry.register("letter-issued", 1, LetterIssued.class, e -> fields("on", date(e.on()), "letter", letter(e.letter())),
                f -> new LetterIssued(f.date("on"), f.object("letter", StoredLetters::letter)));
        registry.<LetterSent>register("letter-sent", 2, LetterSent.class, e -> fields(
                "on", date(e.on()), "letter", e.letterId().toString(), "sentAt", e.sentAt().toString(),
                "documentSha256", e.contentHash(), "emailSha256", e.emailHash().orElse(null)),
                f -> new LetterSent(f.date("on"), new LetterId(f.uuid("letter")), f.instant("sentAt"),
                        f.string("documentSha256"), f.optionalString("emailSha256")))
                // Version 1 recorded the document's hash only; the email as sent was not kept.
                .upcaster(1, v1 -> with(v1, "emailSha256", null));
        registry.register("letter-failed", 1, LetterFailed.class, e -> later(fields(
                "on", date(e.on()), "letter", e.letterId().toString(), "reason", e.reason()),
                "unprintable", e.unprintable()),
                f -> new LetterFailed(f.date("on"), new LetterId(f.uuid("letter")), f.string("reason"),
                        f.later("unprintable", StoredFields::optionalString)));
        registry.register("letter-tracked", 1, LetterTracked.class, e -> fields(
                "on", date(e.on()), "letter", e.letterId().toString(), "trackingNumber", e.trackingNumber()),
                f -> new LetterTracked(f.date("on"), new LetterId(f.uuid("letter")), f.string("trackingNumber")));
        registry.register("letter-returned", 1, LetterReturned.class, e -> fields(
                "on", date(e.on()), "letter", e.letterId().toString(), "reason", RETURN_REASON.code(e.reason()),
                "firstPresentedOn", e.firstPresentedOn().map(StoredValues::date).orElse(null),
                "returnedOn", date(e.returnedOn())),
                f -> new LetterReturned(f.date("on"), new LetterId(f.uuid("letter")), f.code("reason", RETURN_REASON),
                        f.optionalDate("firstPresentedOn"), f.date("returnedOn")));
        registry.register("letter-scan-attached", 1, LetterScanAttached.class, e -> fields(
                "on", date(e.on()), "letter", e.letterId().toString(), "scanSha256", e.scanHash(),
                "mediaType", e.mediaType()),
                f -> new LetterScanAttached(f.date("on"), new LetterId(f.uuid("letter")), f.string("scanSha256"),
                        f.string("mediaType")));
        registry.register("letter-awaiting-review", 1, LetterAwaitingReview.class, e -> fields(
                "on", date(e.on()), "letter", e.letterId().toString()),
                f -> new LetterAwaitingReview(f.date("on"), new LetterId(f.uuid("letter"))));
        registry.register("letter-approved", 1, LetterApproved.class, e -> fields(
                "on", date(e.on()), "letter", e.letterId().toString()),
                f -> new LetterApproved(f.date("on"), new LetterId(f.uuid("letter"))));
        registry.register("letter-held", 1, LetterHeld.class, e -> fields(
                "on", date(e.on()), "letter", e.letterId().toString(), "reason", e.reason()),
                f -> new LetterHeld(f.date("on"), new LetterId(f.uuid("letter")), f.string("reason")));
        registry.register("contact-details-corrected", 1, ContactDetailsCorrected.class, e -> fields(
                "on", date(e.on()), "customer", customer(e.customer())),
                f -> new ContactDetailsCorrected(f.date("on"), f.object("customer", StoredValues::customer)));
        registry.register("letter-acknowledged", 1, LetterAcknowledged.class, e -> fields(
                "on", date(e.on()), "letter", e.letterId().toString(), "deliveredOn", date(e.deliveredOn())),
                f -> new LetterAcknowledged(f.date("on"), new LetterId(f.uuid("letter")), f.date("deliveredOn")));
    }
}
