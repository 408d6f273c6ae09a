package org.amicable.dispute.domain.model;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.DisputeEvent.LetterAcknowledged;
import org.amicable.dispute.domain.model.DisputeEvent.LetterFailed;
import org.amicable.dispute.domain.model.DisputeEvent.LetterReturned;
import org.amicable.dispute.domain.model.DisputeEvent.LetterSent;
import org.amicable.dispute.domain.model.DisputeEvent.LetterTracked;

/**
 * What happens to a dispute's letter once issued, as the company records it: sent (with what was sent
 * kept), failed, tracked, acknowledged, returned, its scan kept. Each fact is checked against the letter
 * as it stands; recording a fact already recorded does nothing.
 */
public final class LetterTrail {

    private final Dispute dispute;
    private final Clock clock;

    LetterTrail(Dispute dispute, Clock clock) {
        this.dispute = dispute;
        this.clock = clock;
    }

    /**
     * Records that a letter went out, keeping what was sent: its document (the PDF) and, where it
     * went by email, the email exactly as sent. The timeline records their hashes; the repository
     * keeps their bytes in the same atomic step ({@link Dispute#uncommittedDocuments()}). Recording it twice
     * does nothing.
     */
    public void sent(LetterId letterId, KeptDocument document, Optional<KeptDocument> email) {
        Letter letter = dispute.requireLetter(letterId);
        if (letter.status() == LetterStatus.SENT) {
            return;
        }
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(email, "email");
        dispute.record(new LetterSent(LocalDate.now(clock), letterId, clock.instant(), document.sha256(),
                email.map(KeptDocument::sha256)), clock);
        dispute.keep(document);
        email.ifPresent(dispute::keep);
    }

    /** Records that a letter could not be sent, for good. */
    public void failed(LetterId letterId, String reason) {
        failed(letterId, reason, Optional.empty());
    }

    /**
     * Records that a letter could not be sent, for good, naming the fact no font can draw when that is
     * why: the letter then waits for that value to be corrected.
     */
    public void failed(LetterId letterId, String reason, Optional<String> unprintable) {
        Letter letter = dispute.requireLetter(letterId);
        if (letter.status() != LetterStatus.PENDING) {
            throw new TransitionNotAllowedException(dispute.id(), "letter " + letter.status(), "record a failure of letter "
                    + letterId, "");
        }
        dispute.record(new LetterFailed(LocalDate.now(clock), letterId, Text.require(reason, "reason", 2000, true),
                unprintable.map(fact -> Text.line(fact, "unprintable", 100))), clock);
    }

    /** Records a registered letter's tracking number. */
    public void tracked(LetterId letterId, String trackingNumber) {
        Letter letter = dispute.requireLetter(letterId);
        if (letter.channel() != LetterChannel.REGISTERED_POST) {
            throw new InvalidCommandException("trackingNumber", "letter " + letterId + " went by email, not registered post");
        }
        String number = Text.line(trackingNumber, "trackingNumber", 64);
        if (letter.trackingNumber().filter(number::equals).isPresent()) {
            return;
        }
        dispute.record(new LetterTracked(LocalDate.now(clock), letterId, number), clock);
    }

    /** Records the date the acknowledgment of receipt was signed: deadlines then run from it. */
    public void acknowledged(LetterId letterId, LocalDate deliveredOn) {
        Letter letter = dispute.requireLetter(letterId);
        LocalDate today = LocalDate.now(clock);
        if (letter.channel() != LetterChannel.REGISTERED_POST) {
            throw new InvalidCommandException("acknowledgedOn", "letter " + letterId + " went by email, not registered post");
        }
        Objects.requireNonNull(deliveredOn, "acknowledgedOn");
        if (deliveredOn.isBefore(letter.issuedOn()) || deliveredOn.isAfter(today)) {
            throw new InvalidCommandException("acknowledgedOn",
                    "must be between the letter's date " + letter.issuedOn() + " and today " + today);
        }
        if (letter.acknowledgedOn().filter(deliveredOn::equals).isPresent()) {
            return;
        }
        if (letter.returned().isPresent()) {
            throw new TransitionNotAllowedException(dispute.id(), "letter RETURNED", "record the delivery of letter " + letterId,
                    "it came back " + letter.returned().get());
        }
        dispute.record(new LetterAcknowledged(today, letterId, deliveredOn), clock);
    }

    /**
     * Records that a registered letter came back undelivered. Unclaimed or refused, it takes effect
     * from its first presentation (deadlines run from it); addressee unknown (NPAI), it reached nobody
     * and the customer's address must be corrected.
     *
     * @param firstPresentedOn required when unclaimed or refused: the day the post first presented it
     */
    public void returned(LetterId letterId, ReturnReason reason, Optional<LocalDate> firstPresentedOn,
            LocalDate returnedOn, ZoneId zone) {
        Letter letter = dispute.requireLetter(letterId);
        LocalDate today = LocalDate.now(clock);
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(firstPresentedOn, "firstPresentedOn");
        if (letter.channel() != LetterChannel.REGISTERED_POST) {
            throw new InvalidCommandException("reason", "letter " + letterId + " went by email, not registered post");
        }
        if (letter.status() != LetterStatus.SENT) {
            throw new TransitionNotAllowedException(dispute.id(), "letter " + letter.status(), "record the return of letter "
                    + letterId, "only a letter sent can come back");
        }
        if (letter.acknowledgedOn().isPresent() || letter.returned().isPresent()) {
            throw new TransitionNotAllowedException(dispute.id(), "letter " + (letter.acknowledgedOn().isPresent() ? "DELIVERED"
                    : "RETURNED"), "record the return of letter " + letterId, "its outcome is already recorded");
        }
        if (reason.takesEffectOnPresentation() && firstPresentedOn.isEmpty()) {
            throw new InvalidCommandException("firstPresentedOn", "is required when the letter was " + reason);
        }
        LocalDate sentOn = letter.deadlineStart(zone);
        Objects.requireNonNull(returnedOn, "returnedOn");
        requireBetween("returnedOn", returnedOn, sentOn, today);
        if (firstPresentedOn.isPresent()) {
            requireBetween("firstPresentedOn", firstPresentedOn.get(), sentOn, returnedOn);
        }
        dispute.record(new LetterReturned(today, letterId, reason, firstPresentedOn, returnedOn), clock);
    }

    /**
     * Keeps the scan of a registered letter's acknowledgment-of-receipt card or returned envelope, once
     * its outcome is recorded: a PDF, PNG or JPEG by its content, at most 5 MB, kept by its SHA-256 with
     * the entry that records it.
     */
    public void scanned(LetterId letterId, byte[] content) {
        Letter letter = dispute.requireLetter(letterId);
        if (letter.channel() != LetterChannel.REGISTERED_POST) {
            throw new InvalidCommandException("scan", "letter " + letterId + " went by email, not registered post");
        }
        if (letter.acknowledgedOn().isEmpty() && letter.returned().isEmpty()) {
            throw new TransitionNotAllowedException(dispute.id(), "letter " + letter.status(), "attach a scan to letter " + letterId,
                    "record its delivery or its return first");
        }
        KeptDocument scan = KeptDocument.scan(content);
        if (letter.scanHash().filter(scan.sha256()::equals).isPresent()) {
            return;
        }
        dispute.record(new DisputeEvent.LetterScanAttached(LocalDate.now(clock), letterId, scan.sha256(), scan.mediaType()), clock);
        dispute.keep(scan);
    }

    private static void requireBetween(String field, LocalDate date, LocalDate from, LocalDate to) {
        if (date.isBefore(from) || date.isAfter(to)) {
            throw new InvalidCommandException(field, "must be between " + from + " and " + to + ", not " + date);
        }
    }
}
