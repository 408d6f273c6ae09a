package org.amicable.dispute.domain.model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.amicable.dispute.domain.model.DisputeEvent.LetterReturned;
import org.amicable.dispute.domain.model.DisputeEvent.LetterIssued;

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
    final Timeline timeline;
    private final List<TimelineEntry> uncommitted = new ArrayList<>();
    private final List<KeptDocument> uncommittedDocuments = new ArrayList<>();
    final DisputeFile file = new DisputeFile(this);
    private final DisputeHistory history = new DisputeHistory();
    private long committedVersion;
    private Optional<Actor> actingAs = Optional.empty();

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

    /** A dispute of the track that continues from its first {@code entries} entries, for a snapshot to fill in. */
    static Dispute continued(Track track, DisputeId id, long entries, String lastHash, Supplier<List<TimelineEntry>> stored) {
        Dispute dispute = track == Track.UNPAID_CLAIM ? new UnpaidClaim(id) : new Grievance(id);
        dispute.timeline.continueFrom(entries, lastHash, stored);
        dispute.committedVersion = entries;
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
        return file.customer();
    }

    public LocalDate openedOn() {
        return file.openedOn();
    }

    public abstract Track track();

    /** The manager who handles the dispute, if one is assigned: the person its tasks are for. */
    public Optional<String> manager() {
        return file.manager();
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

    /** Where the dispute stands: a claim's or a grievance's state. */
    public abstract DisputeState state();

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

    /** What comes next on the dispute, for people reading it; empty once it is closed. */
    public abstract Optional<NextStep> nextStep(DisputeTerms terms);

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
        return file.letters();
    }

    public Optional<Letter> letter(LetterId letterId) {
        return file.letter(letterId);
    }

    // ---- review before sending, common to both tracks ----

    /** Where a letter stands in a manager's review; empty for a letter of a kind that was not reviewed. */
    public Optional<LetterReview> review(LetterId letterId) {
        return file.review(letterId);
    }

    /**
     * A manager's review of the dispute's letters, recorded at the clock's time: letters of the kinds the
     * company reviews wait, then are approved or held. See {@link LetterReviews}.
     */
    public LetterReviews letterReviews(Clock clock) {
        return new LetterReviews(this, clock);
    }

    /**
     * Whether a letter went through review and is not sent yet: a deadline counted from it has not
     * started, since it runs from the sending, never from the issue.
     */
    final boolean sendingAwaited(LetterId letterId) {
        return review(letterId).isPresent() && letter(letterId).map(Letter::status).orElse(null) != LetterStatus.SENT;
    }

    // ---- letter delivery facts, common to both tracks ----

    /**
     * What happens to the dispute's letters once issued (sent, failed, tracked, acknowledged, returned,
     * scanned), recorded at the clock's time. See {@link LetterTrail}.
     */
    public LetterTrail letterTrail(Clock clock) {
        return new LetterTrail(this, clock);
    }

    /** The documents of the letters recorded as sent since the dispute was loaded, which the repository must keep. */
    public List<KeptDocument> uncommittedDocuments() {
        return List.copyOf(uncommittedDocuments);
    }

    /** Keeps a document with the next entries: the repository stores its bytes with them. */
    final void keep(KeptDocument document) {
        uncommittedDocuments.add(document);
    }

    /** Whether a document with the same bytes waits to be stored already. */
    final boolean keeps(KeptDocument document) {
        return uncommittedDocuments.stream().anyMatch(kept -> kept.sha256().equals(document.sha256()));
    }

    /**
     * Keeps a document the customer sent (a PDF, PNG or JPEG, told by its content, at most 5 MB) under
     * its hash, with an entry that names it. The same bytes received twice are kept once.
     *
     * @param field the field to name when it is refused, e.g. {@code attachments[0]}
     */
    public void receiveDocument(String name, byte[] content, String field, Clock clock) {
        file.receiveDocument(name, content, field, clock);
    }

    /**
     * Corrects the customer's address, email and phone: an entry of its own. Letters issued from now
     * on use the corrected details; letters issued before stay as they were.
     */
    public void correctContactDetails(PostalAddress address, Optional<String> email, Optional<String> phone,
            Clock clock) {
        file.correctContactDetails(address, email, phone, clock);
    }

    /** What the track does once the customer's details are corrected: nothing, unless it waited for them. */
    void contactDetailsCorrected(Clock clock) {
    }

    final Letter requireLetter(LetterId letterId) {
        return letter(letterId).orElseThrow(() -> new DisputeNotFoundException("letter " + letterId + " of dispute " + id));
    }

    // ---- recording ----

    /** The events recorded after the given version, oldest first. */
    final List<DisputeEvent> eventsSince(long version) {
        return timeline.since(version).stream().map(TimelineEntry::event).toList();
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
        Letter letter = Letter.issue(LetterId.next(clock), id, kind, customer(), channel, on, reference, content);
        record(new LetterIssued(on, letter), clock);
        return letter;
    }

    /** Registered post for the ladder; email for the grievance track where the customer has an address. */
    final LetterChannel emailIfPossible() {
        return customer().email().isPresent() ? LetterChannel.EMAIL : LetterChannel.REGISTERED_POST;
    }

    final TransitionNotAllowedException notAllowed(String action, String why) {
        return new TransitionNotAllowedException(id, state().name(), action, why);
    }

    private void apply(DisputeEvent event) {
        history.read(event);
        if (event instanceof DisputeEvent.CommonEvent common) {
            file.apply(common);
        } else {
            applyTrackEvent(event);
        }
    }

    /** What the order of the timeline tells, kept as the events are applied. */
    final DisputeHistory history() {
        return history;
    }

    /** Called by the track when it applies its opening event. */
    final void opened(Customer openedFor, LocalDate on) {
        file.opened(openedFor, on);
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
