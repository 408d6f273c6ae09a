package org.amicable.dispute.domain.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A letter the domain decided to send, with what became of it. The content is fixed when the letter
 * is issued; the delivery facts (sending, tracking number, acknowledgment of receipt, content hash)
 * are added as they happen, each as an entry of the dispute's timeline.
 *
 * @param id              the letter's id; also the basis of its mail Message-ID
 * @param disputeId       the dispute it belongs to
 * @param kind            reminder, formal notice…
 * @param recipient       the customer, as known when the letter was issued
 * @param channel         registered post or email
 * @param language        the language it is written in
 * @param issuedOn        the letter's date
 * @param reference       the reference printed on the letter (the invoice number, or the dispute id)
 * @param content         the facts it states
 * @param status          pending, sent or failed
 * @param sentAt          when it went out
 * @param contentHash     SHA-256 (hex) of the rendered document, recorded when sent
 * @param trackingNumber  the registered post's tracking number
 * @param acknowledgedOn  the date of the acknowledgment of receipt
 * @param failure         why sending failed for good
 * @param returned        why a registered letter came back undelivered, if it did
 * @param firstPresentedOn the day the post first presented a returned letter (unclaimed or refused)
 * @param scanHash        SHA-256 of the scan of its acknowledgment-of-receipt card or returned envelope
 */
public record Letter(
        LetterId id,
        DisputeId disputeId,
        LetterKind kind,
        Customer recipient,
        LetterChannel channel,
        Language language,
        LocalDate issuedOn,
        String reference,
        LetterContent content,
        LetterStatus status,
        Optional<Instant> sentAt,
        Optional<String> contentHash,
        Optional<String> trackingNumber,
        Optional<LocalDate> acknowledgedOn,
        Optional<String> failure,
        Optional<ReturnReason> returned,
        Optional<LocalDate> firstPresentedOn,
        Optional<String> scanHash) {

    public Letter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(disputeId, "disputeId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(acknowledgedOn, "acknowledgedOn");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(returned, "returned");
        Objects.requireNonNull(firstPresentedOn, "firstPresentedOn");
        Objects.requireNonNull(scanHash, "scanHash");
    }

    /** A new letter, pending dispatch. */
    public static Letter issue(LetterId id, DisputeId disputeId, LetterKind kind, Customer recipient,
            LetterChannel channel, LocalDate issuedOn, String reference, LetterContent content) {
        return new Letter(id, disputeId, kind, recipient, channel, recipient.language(), issuedOn, reference, content,
                LetterStatus.PENDING, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    Letter sent(Instant at, String hash) {
        return new Letter(id, disputeId, kind, recipient, channel, language, issuedOn, reference, content,
                LetterStatus.SENT, Optional.of(at), Optional.of(hash), trackingNumber, acknowledgedOn, Optional.empty(),
                returned, firstPresentedOn, scanHash);
    }

    Letter failed(String reason) {
        return new Letter(id, disputeId, kind, recipient, channel, language, issuedOn, reference, content,
                LetterStatus.FAILED, sentAt, contentHash, trackingNumber, acknowledgedOn, Optional.of(reason), returned,
                firstPresentedOn, scanHash);
    }

    Letter tracked(String number) {
        return new Letter(id, disputeId, kind, recipient, channel, language, issuedOn, reference, content,
                status, sentAt, contentHash, Optional.of(number), acknowledgedOn, failure, returned, firstPresentedOn, scanHash);
    }

    Letter acknowledged(LocalDate on) {
        return new Letter(id, disputeId, kind, recipient, channel, language, issuedOn, reference, content,
                status, sentAt, contentHash, trackingNumber, Optional.of(on), failure, returned, firstPresentedOn, scanHash);
    }

    Letter scanned(String hash) {
        return new Letter(id, disputeId, kind, recipient, channel, language, issuedOn, reference, content,
                status, sentAt, contentHash, trackingNumber, acknowledgedOn, failure, returned, firstPresentedOn,
                Optional.of(hash));
    }

    Letter returned(ReturnReason reason, Optional<LocalDate> presentedOn) {
        return new Letter(id, disputeId, kind, recipient, channel, language, issuedOn, reference, content,
                status, sentAt, contentHash, trackingNumber, acknowledgedOn, failure, Optional.of(reason), presentedOn, scanHash);
    }

    /**
     * The letters that go out together as one {@link CustomerLetter}: the reminders and formal notices
     * of one day, to one customer, of one kind, by one channel, to the same name and address, in one
     * currency. Empty for every other letter (a plan confirmation, a grievance's letters), which goes
     * out alone. The key is a SHA-256 of those facts, so that storage can index it.
     */
    public Optional<String> groupKey() {
        Optional<Invoice> invoice = content instanceof LetterContent.Reminder reminder ? Optional.of(reminder.invoice())
                : content instanceof LetterContent.FormalNotice notice ? Optional.of(notice.invoice())
                : Optional.empty();
        if (invoice.isEmpty()) {
            return Optional.empty();
        }
        String facts = String.join("\n", recipient.reference(), kind.name(), channel.name(), issuedOn.toString(),
                language.name(), invoice.get().amount().currency().getCurrencyCode(), recipient.name(),
                String.join("\r", recipient.address().lines()), recipient.address().postalCode(),
                recipient.address().city(), recipient.address().country(), recipient.email().orElse(""));
        return Optional.of(Timeline.sha256Hex(facts.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * The date a deadline counted from this letter runs from: its delivery where the acknowledgment
     * of receipt is known; its first presentation when it was refused or left unclaimed (it takes effect
     * all the same); otherwise the day it was sent (or issued, while it waits for dispatch).
     */
    public LocalDate deadlineStart(ZoneId zone) {
        if (acknowledgedOn.isPresent()) {
            return acknowledgedOn.get();
        }
        if (returned.filter(ReturnReason::takesEffectOnPresentation).isPresent() && firstPresentedOn.isPresent()) {
            return firstPresentedOn.get();
        }
        return sentAt.map(at -> LocalDate.ofInstant(at, zone)).orElse(issuedOn);
    }
}
