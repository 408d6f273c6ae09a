package org.amicable.dispute.domain.model;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.amicable.dispute.domain.model.DisputeEvent.ContactDetailsCorrected;
import org.amicable.dispute.domain.model.DisputeEvent.LetterAcknowledged;
import org.amicable.dispute.domain.model.DisputeEvent.LetterReturned;
import org.amicable.dispute.domain.model.DisputeEvent.LetterFailed;
import org.amicable.dispute.domain.model.DisputeEvent.LetterIssued;
import org.amicable.dispute.domain.model.DisputeEvent.LetterSent;
import org.amicable.dispute.domain.model.DisputeEvent.LetterTracked;

/**
 * A dispute between the company and a customer: an {@link UnpaidClaim} or a {@link Grievance}.
 *
 * <p>A dispute is what its timeline says: every change is recorded as a {@link DisputeEvent}
 * appended to the timeline, and a stored dispute is rebuilt by replaying its entries
 * ({@link #replay(List)}). The version is the number of entries, which gives optimistic locking
 * for free. New entries wait in {@link #uncommittedEntries()} until the repository stores them.
 */
public abstract sealed class Dispute permits UnpaidClaim, Grievance {

    private final DisputeId id;
    private final Timeline timeline;
    private final List<TimelineEntry> uncommitted = new ArrayList<>();
    private final List<KeptDocument> uncommittedDocuments = new ArrayList<>();
    private final Map<LetterId, Letter> letters = new LinkedHashMap<>();
    private final Map<LetterId, LetterReview> reviews = new LinkedHashMap<>();
    private long committedVersion;
    private Optional<Actor> actingAs = Optional.empty();
    private Customer customer;
    private LocalDate openedOn;
    private Optional<String> manager = Optional.empty();

    Dispute(DisputeId id) {
        this.id = Objects.requireNonNull(id, "id");
        this.timeline = Timeline.empty(id);
    }

    /**
     * Rebuilds a dispute from its stored timeline, oldest entry first.
     *
     * @throws IllegalArgumentException when the entries do not start with an opening event
     */
    public static Dispute replay(List<TimelineEntry> entries) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a dispute's timeline starts with its opening");
        }
        DisputeEvent first = entries.get(0).event();
        Dispute dispute;
        if (first instanceof DisputeEvent.ClaimOpened opened) {
            dispute = new UnpaidClaim(opened.id());
        } else if (first instanceof DisputeEvent.GrievanceOpened opened) {
            dispute = new Grievance(opened.id());
        } else {
            throw new IllegalArgumentException("a dispute's timeline starts with its opening, not " + first);
        }
        for (TimelineEntry entry : entries) {
            dispute.apply(entry.event());
        }
        dispute.timeline.restore(entries);
        dispute.committedVersion = entries.size();
        return dispute;
    }

    public DisputeId id() {
        return id;
    }

    /** The number of entries in the timeline, stored or not. */
    public long version() {
        return timeline.size();
    }

    /** The version the dispute had when it was loaded: what the repository expects to find. */
    public long committedVersion() {
        return committedVersion;
    }

    public Customer customer() {
        return customer;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public abstract Track track();

    /** The manager who handles the dispute, if one is assigned: the person its tasks are for. */
    public Optional<String> manager() {
        return manager;
    }

    /** Assigns (or reassigns) the manager who handles the dispute. */
    public void assignManager(String name, Clock clock) {
        if (isClosed()) {
            throw notAllowed("assign a manager", "the dispute is closed");
        }
        record(new DisputeEvent.ManagerAssigned(LocalDate.now(clock), Text.line(name, "manager", 100)), clock);
    }

    /** The tasks this dispute asks of people now, derived from its state: see {@link OpenTasks}. */
    public List<Task> openTasks() {
        return OpenTasks.of(this);
    }

    /** The current state's name, e.g. {@code FORMAL_NOTICE_SENT}. */
    public abstract String stateName();

    /** Whether the amicable phase of this dispute is over. */
    public abstract boolean isClosed();

    /** The invoice chased or complained about, if any. */
    public abstract Optional<Invoice> invoice();

    /**
     * The first day on which something can have happened in this dispute: the invoice's issue for an
     * unpaid claim, the complaint for a grievance. A past event dated before it is a typing error.
     */
    public abstract LocalDate lifeStart();

    /** A past event's date: within the dispute's life, from {@link #lifeStart()} to today. */
    void requireDuringLife(LocalDate date, String field, Clock clock) {
        InvalidValueException.required(date, field);
        LocalDate start = lifeStart();
        if (date.isBefore(start)) {
            throw new InvalidCommandException(field, "is before the dispute began (" + start + ")");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw new InvalidCommandException(field, "is in the future (" + date + ")");
        }
    }

    /** A date that cannot be later than today. */
    static void requirePast(LocalDate date, String field, Clock clock) {
        Objects.requireNonNull(date, field);
        if (date.isAfter(LocalDate.now(clock))) {
            throw new InvalidCommandException(field, "is in the future (" + date + ")");
        }
    }

    /**
     * The first date on which the escalation has something to do for this dispute, if any: the
     * storage indexes it so that the escalation reads only the disputes that are due.
     */
    public abstract Optional<LocalDate> nextDueOn(DisputeTerms terms);

    /** What the escalation would describe as the next step, for people reading the dispute. */
    public abstract Optional<String> nextStep(DisputeTerms terms);

    /**
     * Does everything that is due on or before {@code date}: letters, deadlines, tasks, warnings.
     * Running it again for the same date does nothing.
     *
     * @return the events it recorded
     */
    public abstract List<DisputeEvent> escalate(LocalDate date, DisputeTerms terms, Clock clock);

    /** The timeline, oldest entry first. */
    public List<TimelineEntry> timeline() {
        return timeline.entries();
    }

    /** Checks the timeline's hash chain. */
    public Timeline.Verification verifyTimeline() {
        return Timeline.verify(timeline.entries(), timeline.size());
    }

    /** The entries recorded since the dispute was loaded or created, which the repository must store. */
    public List<TimelineEntry> uncommittedEntries() {
        return List.copyOf(uncommitted);
    }

    /** Called by the repository once the uncommitted entries are stored. */
    public void markCommitted() {
        uncommitted.clear();
        uncommittedDocuments.clear();
        committedVersion = timeline.size();
    }

    /** Every letter of the dispute, in the order they were issued. */
    public List<Letter> letters() {
        return List.copyOf(letters.values());
    }

    public Optional<Letter> letter(LetterId letterId) {
        return Optional.ofNullable(letters.get(letterId));
    }

    // ---- review before sending, common to both tracks ----

    /** Where a letter stands in a manager's review; empty for a letter of a kind that was not reviewed. */
    public Optional<LetterReview> review(LetterId letterId) {
        return Optional.ofNullable(reviews.get(letterId));
    }

    /**
     * The letters issued since the dispute was loaded whose kind the policy reviews wait for a manager:
     * each gets an entry that takes it out of what the dispatcher may send. Calling it again does nothing.
     *
     * @return the entries' events it recorded
     */
    public List<DisputeEvent> awaitReview(Predicate<LetterKind> reviewed, Clock clock) {
        long before = version();
        List<Letter> issued = uncommitted.stream().map(TimelineEntry::event)
                .filter(event -> event instanceof LetterIssued).map(event -> ((LetterIssued) event).letter()).toList();
        for (Letter letter : issued) {
            if (reviewed.test(letter.kind()) && !reviews.containsKey(letter.id())
                    && letter(letter.id()).map(Letter::status).orElse(null) == LetterStatus.PENDING) {
                record(new DisputeEvent.LetterAwaitingReview(letter.issuedOn(), letter.id()), clock);
            }
        }
        return eventsSince(before);
    }

    /**
     * A manager approves a letter awaiting review, or held: it goes out with the next dispatch, and the
     * deadlines it starts run from its sending.
     *
     * @throws TransitionNotAllowedException when the letter does not wait for review, or the dispute is closed
     */
    public void approveLetter(LetterId letterId, Clock clock) {
        requireWaitingForReview(letterId, "approve letter " + letterId);
        if (isClosed()) {
            throw notAllowed("approve letter " + letterId, "the dispute is closed: hold the letter instead");
        }
        record(new DisputeEvent.LetterApproved(LocalDate.now(clock), letterId), clock);
    }

    /**
     * A manager holds a letter awaiting review, saying why: it stays unsent, and the step of the ladder
     * that waits for it (the formal notice's deadline) does not start, until a manager approves it.
     *
     * @throws InvalidValueException         when the reason is empty or too long
     * @throws TransitionNotAllowedException when the letter is not awaiting review (already held, approved, or never reviewed)
     */
    public void holdLetter(LetterId letterId, String reason, Clock clock) {
        String why = Text.require(reason, "reason", 500, true);
        LetterReview review = requireWaitingForReview(letterId, "hold letter " + letterId);
        if (review.stage() != LetterReview.Stage.AWAITING) {
            throw new TransitionNotAllowedException(id, "letter " + review.stage(), "hold letter " + letterId,
                    "it is held already");
        }
        record(new DisputeEvent.LetterHeld(LocalDate.now(clock), letterId, why), clock);
    }

    private LetterReview requireWaitingForReview(LetterId letterId, String action) {
        Letter letter = requireLetter(letterId);
        LetterReview review = reviews.get(letterId);
        if (review == null || !review.waiting() || letter.status() != LetterStatus.PENDING) {
            throw new TransitionNotAllowedException(id, "letter " + (review == null ? letter.status() : review.stage()),
                    action, "it is not awaiting review");
        }
        return review;
    }

    /**
     * Whether a letter went through review and is not sent yet: a deadline counted from it has not
     * started, since it runs from the sending, never from the issue.
     */
    final boolean sendingAwaited(LetterId letterId) {
        return reviews.containsKey(letterId) && letter(letterId).map(Letter::status).orElse(null) != LetterStatus.SENT;
    }

    // ---- letter delivery facts, common to both tracks ----

    /**
     * Records that a letter went out, keeping what was sent: its document (the PDF) and, where it
     * went by email, the email exactly as sent. The timeline records their hashes; the repository
     * keeps their bytes in the same atomic step ({@link #uncommittedDocuments()}). Recording it twice
     * does nothing.
     */
    public void recordLetterSent(LetterId letterId, KeptDocument document, Optional<KeptDocument> email, Clock clock) {
        Letter letter = requireLetter(letterId);
        if (letter.status() == LetterStatus.SENT) {
            return;
        }
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(email, "email");
        record(new LetterSent(LocalDate.now(clock), letterId, clock.instant(), document.sha256(),
                email.map(KeptDocument::sha256)), clock);
        uncommittedDocuments.add(document);
        email.ifPresent(uncommittedDocuments::add);
    }

    /** The documents of the letters recorded as sent since the dispute was loaded, which the repository must keep. */
    public List<KeptDocument> uncommittedDocuments() {
        return List.copyOf(uncommittedDocuments);
    }

    /** Records that a letter could not be sent, for good. */
    public void recordLetterFailed(LetterId letterId, String reason, Clock clock) {
        recordLetterFailed(letterId, reason, Optional.empty(), clock);
    }

    /**
     * Records that a letter could not be sent, for good, naming the fact no font can draw when that is
     * why: the letter then waits for that value to be corrected.
     */
    public void recordLetterFailed(LetterId letterId, String reason, Optional<String> unprintable, Clock clock) {
        Letter letter = requireLetter(letterId);
        if (letter.status() != LetterStatus.PENDING) {
            throw new TransitionNotAllowedException(id, "letter " + letter.status(), "record a failure of letter "
                    + letterId, "");
        }
        record(new LetterFailed(LocalDate.now(clock), letterId, Text.require(reason, "reason", 2000, true),
                unprintable.map(fact -> Text.line(fact, "unprintable", 100))), clock);
    }

    /** Records a registered letter's tracking number. */
    public void recordTrackingNumber(LetterId letterId, String trackingNumber, Clock clock) {
        Letter letter = requireLetter(letterId);
        if (letter.channel() != LetterChannel.REGISTERED_POST) {
            throw new InvalidCommandException("trackingNumber", "letter " + letterId + " went by email, not registered post");
        }
        String number = Text.line(trackingNumber, "trackingNumber", 64);
        if (letter.trackingNumber().filter(number::equals).isPresent()) {
            return;
        }
        record(new LetterTracked(LocalDate.now(clock), letterId, number), clock);
    }

    /** Records the date the acknowledgment of receipt was signed: deadlines then run from it. */
    public void recordAcknowledgment(LetterId letterId, LocalDate deliveredOn, Clock clock) {
        Letter letter = requireLetter(letterId);
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
            throw new TransitionNotAllowedException(id, "letter RETURNED", "record the delivery of letter " + letterId,
                    "it came back " + letter.returned().get());
        }
        record(new LetterAcknowledged(today, letterId, deliveredOn), clock);
    }

    /**
     * Records that a registered letter came back undelivered. Unclaimed or refused, it takes effect
     * from its first presentation (deadlines run from it); addressee unknown (NPAI), it reached nobody
     * and the customer's address must be corrected.
     *
     * @param firstPresentedOn required when unclaimed or refused: the day the post first presented it
     */
    public void recordReturn(LetterId letterId, ReturnReason reason, Optional<LocalDate> firstPresentedOn,
            LocalDate returnedOn, ZoneId zone, Clock clock) {
        Letter letter = requireLetter(letterId);
        LocalDate today = LocalDate.now(clock);
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(firstPresentedOn, "firstPresentedOn");
        if (letter.channel() != LetterChannel.REGISTERED_POST) {
            throw new InvalidCommandException("reason", "letter " + letterId + " went by email, not registered post");
        }
        if (letter.status() != LetterStatus.SENT) {
            throw new TransitionNotAllowedException(id, "letter " + letter.status(), "record the return of letter "
                    + letterId, "only a letter sent can come back");
        }
        if (letter.acknowledgedOn().isPresent() || letter.returned().isPresent()) {
            throw new TransitionNotAllowedException(id, "letter " + (letter.acknowledgedOn().isPresent() ? "DELIVERED"
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
        record(new LetterReturned(today, letterId, reason, firstPresentedOn, returnedOn), clock);
    }

    /**
     * Keeps the scan of a registered letter's acknowledgment-of-receipt card or returned envelope, once
     * its outcome is recorded: a PDF, PNG or JPEG by its content, at most 5 MB, kept by its SHA-256 with
     * the entry that records it.
     */
    public void attachScan(LetterId letterId, byte[] content, Clock clock) {
        Letter letter = requireLetter(letterId);
        if (letter.channel() != LetterChannel.REGISTERED_POST) {
            throw new InvalidCommandException("scan", "letter " + letterId + " went by email, not registered post");
        }
        if (letter.acknowledgedOn().isEmpty() && letter.returned().isEmpty()) {
            throw new TransitionNotAllowedException(id, "letter " + letter.status(), "attach a scan to letter " + letterId,
                    "record its delivery or its return first");
        }
        KeptDocument scan = KeptDocument.scan(content);
        if (letter.scanHash().filter(scan.sha256()::equals).isPresent()) {
            return;
        }
        record(new DisputeEvent.LetterScanAttached(LocalDate.now(clock), letterId, scan.sha256(), scan.mediaType()), clock);
        uncommittedDocuments.add(scan);
    }

    /**
     * Keeps a document the customer sent (a PDF, PNG or JPEG, told by its content, at most 5 MB) under
     * its hash, with an entry that names it. The same bytes received twice are kept once.
     *
     * @param field the field to name when it is refused, e.g. {@code attachments[0]}
     */
    public void receiveDocument(String name, byte[] content, String field, Clock clock) {
        if (isClosed()) {
            throw notAllowed("receive a document", "the dispute is closed");
        }
        String fileName = Text.line(name, field + ".name", 200);
        KeptDocument document = KeptDocument.received(content, field);
        record(new DisputeEvent.DocumentReceived(LocalDate.now(clock), document.sha256(), document.mediaType(),
                fileName), clock);
        if (uncommittedDocuments.stream().noneMatch(kept -> kept.sha256().equals(document.sha256()))) {
            uncommittedDocuments.add(document);
        }
    }

    private static void requireBetween(String field, LocalDate date, LocalDate from, LocalDate to) {
        if (date.isBefore(from) || date.isAfter(to)) {
            throw new InvalidCommandException(field, "must be between " + from + " and " + to + ", not " + date);
        }
    }

    /**
     * Corrects the customer's address, email and phone: an entry of its own. Letters issued from now
     * on use the corrected details; letters issued before stay as they were.
     */
    public void correctContactDetails(PostalAddress address, Optional<String> email, Optional<String> phone,
            Clock clock) {
        Customer corrected = new Customer(customer.reference(), customer.name(), customer.kind(), email,
                Objects.requireNonNull(address, "address"), phone, customer.language());
        if (corrected.equals(customer)) {
            return;
        }
        record(new ContactDetailsCorrected(LocalDate.now(clock), corrected), clock);
        contactDetailsCorrected(clock);
    }

    /** What the track does once the customer's details are corrected: nothing, unless it waited for them. */
    void contactDetailsCorrected(Clock clock) {
    }

    private Letter requireLetter(LetterId letterId) {
        return letter(letterId).orElseThrow(() -> new DisputeNotFoundException("letter " + letterId + " of dispute " + id));
    }

    // ---- recording ----

    /** The events recorded after the given version, oldest first. */
    final List<DisputeEvent> eventsSince(long version) {
        return timeline.entries().stream().skip(version).map(TimelineEntry::event).toList();
    }

    /**
     * Who the next entries are recorded for: the API client, the person or the job changing the
     * dispute. Recorded in each entry and covered by its hash.
     */
    public void actingAs(Actor actor) {
        this.actingAs = Optional.of(Objects.requireNonNull(actor, "actor"));
    }

    /** Applies the event and appends it to the timeline, with who did it. */
    final void record(DisputeEvent event, Clock clock) {
        apply(event);
        uncommitted.add(timeline.append(event, clock.instant(), actingAs));
    }

    /** Issues a letter: records it, pending dispatch, and returns it. */
    final Letter issueLetter(LetterKind kind, LetterChannel channel, LocalDate on, String reference,
            LetterContent content, Clock clock) {
        Letter letter = Letter.issue(LetterId.next(clock), id, kind, customer, channel, on, reference, content);
        record(new LetterIssued(on, letter), clock);
        return letter;
    }

    /** Registered post for the ladder; email for the grievance track where the customer has an address. */
    final LetterChannel emailIfPossible() {
        return customer.email().isPresent() ? LetterChannel.EMAIL : LetterChannel.REGISTERED_POST;
    }

    final TransitionNotAllowedException notAllowed(String action, String why) {
        return new TransitionNotAllowedException(id, stateName(), action, why);
    }

    private void apply(DisputeEvent event) {
        if (event instanceof DisputeEvent.CommonEvent common) {
            COMMON.apply(this, common);
        } else {
            applyTrackEvent(event);
        }
    }

    /** What every dispute does with the events both tracks share. */
    static final EventHandlers<Dispute, DisputeEvent.CommonEvent> COMMON =
            EventHandlers.<Dispute, DisputeEvent.CommonEvent>of(DisputeEvent.CommonEvent.class)
                    .on(LetterIssued.class, (dispute, issued) -> {
                        dispute.letters.put(issued.letter().id(), issued.letter());
                        dispute.letterIssued(issued);
                    })
                    .on(LetterSent.class, (dispute, sent) -> dispute.changeLetter(sent.letterId(),
                            letter -> letter.sent(sent.sentAt(), sent.contentHash())))
                    .on(LetterFailed.class, (dispute, failed) -> dispute.changeLetter(failed.letterId(),
                            letter -> letter.failed(failed.reason())))
                    .on(LetterTracked.class, (dispute, tracked) -> dispute.changeLetter(tracked.letterId(),
                            letter -> letter.tracked(tracked.trackingNumber())))
                    .on(LetterAcknowledged.class, (dispute, acknowledged) -> dispute.changeLetter(
                            acknowledged.letterId(), letter -> letter.acknowledged(acknowledged.deliveredOn())))
                    .on(LetterReturned.class, (dispute, returned) -> {
                        dispute.changeLetter(returned.letterId(),
                                letter -> letter.returned(returned.reason(), returned.firstPresentedOn()));
                        dispute.letterReturned(returned);
                    })
                    .on(DisputeEvent.LetterScanAttached.class, (dispute, scanned) -> dispute.changeLetter(
                            scanned.letterId(), letter -> letter.scanned(scanned.scanHash())))
                    .on(DisputeEvent.LetterAwaitingReview.class, (dispute, awaiting) -> dispute.reviews.put(
                            awaiting.letterId(), new LetterReview(LetterReview.Stage.AWAITING, Optional.empty())))
                    .on(DisputeEvent.LetterHeld.class, (dispute, held) -> dispute.reviews.put(held.letterId(),
                            new LetterReview(LetterReview.Stage.HELD, Optional.of(held.reason()))))
                    .on(DisputeEvent.LetterApproved.class, (dispute, approved) -> dispute.reviews.put(
                            approved.letterId(), new LetterReview(LetterReview.Stage.APPROVED, Optional.empty())))
                    .on(DisputeEvent.ManagerAssigned.class, (dispute, assigned) -> {
                        dispute.manager = Optional.of(assigned.manager());
                        dispute.managerAssigned();
                    })
                    .on(ContactDetailsCorrected.class, (dispute, corrected) -> dispute.customer = corrected.customer())
                    .changesNothing(DisputeEvent.DocumentReceived.class)
                    .build();

    private void changeLetter(LetterId letterId, UnaryOperator<Letter> change) {
        letters.computeIfPresent(letterId, (key, letter) -> change.apply(letter));
    }

    /** Called by the track when it applies its opening event. */
    final void opened(Customer openedFor, LocalDate on) {
        customer = openedFor;
        openedOn = on;
    }

    /** What the track does once one of its letters is issued: nothing, unless it follows its letters. */
    void letterIssued(LetterIssued issued) {
    }

    /** What the track does once a letter came back undelivered: nothing, unless it waits for an address. */
    void letterReturned(LetterReturned returned) {
    }

    /** What the track does once a manager is assigned: nothing, unless its state depends on it. */
    void managerAssigned() {
    }

    /**
     * Applies an event of the track's own family.
     *
     * @throws IllegalArgumentException for an event of the other track's family
     */
    abstract void applyTrackEvent(DisputeEvent event);
}
