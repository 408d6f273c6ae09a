package org.amicable.dispute.domain.model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.amicable.dispute.domain.model.DisputeEvent.ContactDetailsCorrected;
import org.amicable.dispute.domain.model.DisputeEvent.LetterAcknowledged;
import org.amicable.dispute.domain.model.DisputeEvent.LetterFailed;
import org.amicable.dispute.domain.model.DisputeEvent.LetterIssued;
import org.amicable.dispute.domain.model.DisputeEvent.LetterReturned;
import org.amicable.dispute.domain.model.DisputeEvent.LetterSent;
import org.amicable.dispute.domain.model.DisputeEvent.LetterTracked;

/**
 * What every dispute keeps of what both tracks share: its customer, its manager, and its letters with
 * what happened to each and where each stands in review. It applies every event both tracks share, and
 * tells the dispute's track of those it follows.
 */
final class DisputeFile {

    private final Dispute dispute;
    private final Map<LetterId, Letter> letters = new LinkedHashMap<>();
    private final Map<LetterId, LetterReview> reviews = new LinkedHashMap<>();
    private Customer customer;
    private LocalDate openedOn;
    private Optional<String> manager = Optional.empty();

    DisputeFile(Dispute dispute) {
        this.dispute = dispute;
    }

    Customer customer() {
        return customer;
    }

    LocalDate openedOn() {
        return openedOn;
    }

    Optional<String> manager() {
        return manager;
    }

    List<Letter> letters() {
        return List.copyOf(letters.values());
    }

    Optional<Letter> letter(LetterId letterId) {
        return Optional.ofNullable(letters.get(letterId));
    }

    Optional<LetterReview> review(LetterId letterId) {
        return Optional.ofNullable(reviews.get(letterId));
    }

    void opened(Customer openedFor, LocalDate on) {
        customer = openedFor;
        openedOn = on;
    }

    /** Keeps a document the customer sent under its hash, with an entry that names it; the same bytes once. */
    void receiveDocument(String name, byte[] content, String field, Clock clock) {
        if (dispute.isClosed()) {
            throw dispute.notAllowed("receive a document", "the dispute is closed");
        }
        String fileName = Text.line(name, field + ".name", 200);
        KeptDocument document = KeptDocument.received(content, field);
        dispute.record(new DisputeEvent.DocumentReceived(LocalDate.now(clock), document.sha256(), document.mediaType(),
                fileName), clock);
        if (!dispute.keeps(document)) {
            dispute.keep(document);
        }
    }

    /** Corrects the customer's address, email and phone, if they changed: later letters use them. */
    void correctContactDetails(PostalAddress address, Optional<String> email, Optional<String> phone, Clock clock) {
        Customer corrected = new Customer(customer.reference(), customer.name(), customer.kind(), email,
                Objects.requireNonNull(address, "address"), phone, customer.language());
        if (corrected.equals(customer)) {
            return;
        }
        dispute.record(new ContactDetailsCorrected(LocalDate.now(clock), corrected), clock);
        dispute.contactDetailsCorrected(clock);
    }

    void apply(DisputeEvent.CommonEvent event) {
        COMMON.apply(this, event);
    }

    /** What every dispute does with the events both tracks share. */
    static final EventHandlers<DisputeFile, DisputeEvent.CommonEvent> COMMON =
            EventHandlers.<DisputeFile, DisputeEvent.CommonEvent>of(DisputeEvent.CommonEvent.class)
                    .on(LetterIssued.class, (file, issued) -> {
                        file.letters.put(issued.letter().id(), issued.letter());
                        file.dispute.letterIssued(issued);
                    })
                    .on(LetterSent.class, (file, sent) -> file.changeLetter(sent.letterId(),
                            letter -> letter.sent(sent.sentAt(), sent.contentHash())))
                    .on(LetterFailed.class, (file, failed) -> file.changeLetter(failed.letterId(),
                            letter -> letter.failed(failed.reason())))
                    .on(LetterTracked.class, (file, tracked) -> file.changeLetter(tracked.letterId(),
                            letter -> letter.tracked(tracked.trackingNumber())))
                    .on(LetterAcknowledged.class, (file, acknowledged) -> file.changeLetter(
                            acknowledged.letterId(), letter -> letter.acknowledged(acknowledged.deliveredOn())))
                    .on(LetterReturned.class, (file, returned) -> {
                        file.changeLetter(returned.letterId(),
                                letter -> letter.returned(returned.reason(), returned.firstPresentedOn()));
                        file.dispute.letterReturned(returned);
                    })
                    .on(DisputeEvent.LetterScanAttached.class, (file, scanned) -> file.changeLetter(
                            scanned.letterId(), letter -> letter.scanned(scanned.scanHash())))
                    .on(DisputeEvent.LetterAwaitingReview.class, (file, awaiting) -> file.reviews.put(
                            awaiting.letterId(), new LetterReview(LetterReview.Stage.AWAITING, Optional.empty())))
                    .on(DisputeEvent.LetterHeld.class, (file, held) -> file.reviews.put(held.letterId(),
                            new LetterReview(LetterReview.Stage.HELD, Optional.of(held.reason()))))
                    .on(DisputeEvent.LetterApproved.class, (file, approved) -> file.reviews.put(
                            approved.letterId(), new LetterReview(LetterReview.Stage.APPROVED, Optional.empty())))
                    .on(DisputeEvent.ManagerAssigned.class, (file, assigned) -> {
                        file.manager = Optional.of(assigned.manager());
                        file.dispute.managerAssigned();
                    })
                    .on(ContactDetailsCorrected.class, (file, corrected) -> file.customer = corrected.customer())
                    .changesNothing(DisputeEvent.DocumentReceived.class)
                    .build();

    private void changeLetter(LetterId letterId, UnaryOperator<Letter> change) {
        letters.computeIfPresent(letterId, (key, letter) -> change.apply(letter));
    }

    // ---- as a snapshot keeps it ----

    Map<String, Object> stored() {
        return StoredFields.fields("customer", StoredValues.customer(customer), "openedOn", StoredValues.date(openedOn),
                "manager", manager.orElse(null),
                "letters", letters.values().stream().map(SnapshotValues::letter).toList(),
                "reviews", reviews.entrySet().stream().map(review -> SnapshotValues.review(review.getKey(),
                        review.getValue())).toList());
    }

    void restore(StoredFields f) {
        customer = f.object("customer", StoredValues::customer);
        openedOn = f.date("openedOn");
        manager = f.optionalString("manager");
        f.objects("letters", SnapshotValues::letter).forEach(letter -> letters.put(letter.id(), letter));
        f.objects("reviews", review -> reviews.put(new LetterId(review.uuid("letter")), SnapshotValues.review(review)));
    }
}
