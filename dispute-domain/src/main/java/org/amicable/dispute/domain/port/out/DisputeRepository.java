package org.amicable.dispute.domain.port.out;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.DisputeSubject;
import org.amicable.dispute.domain.model.DuplicateDisputeException;
import org.amicable.dispute.domain.model.KeptDocument;
import org.amicable.dispute.domain.model.VersionConflictException;
import org.amicable.dispute.domain.port.in.DisputeQuery;
import org.amicable.dispute.domain.port.in.DisputeSummary;

/**
 * Stores disputes: their append-only timelines, and a summary of each for queries.
 *
 * <p>Contract, which every implementation honours (see the contract tests):
 * <ul>
 *   <li>{@link #save} appends the dispute's uncommitted entries only if the stored version is still
 *       the one the dispute was loaded at, else throws {@link VersionConflictException} and stores
 *       nothing; it never updates or deletes an entry.</li>
 *   <li>In the same atomic step, every letter issued by the new entries is queued in the
 *       {@link LetterOutbox}: a letter decided is a letter that will be sent.</li>
 *   <li>In the same atomic step, the documents of the letters the new entries record as sent
 *       ({@link Dispute#uncommittedDocuments()}) are kept, addressed by their SHA-256: the same bytes
 *       are kept once, and kept bytes are never changed or removed.</li>
 *   <li>{@link #save} of a new dispute throws {@link DuplicateDisputeException} and stores nothing
 *       when another open dispute has the same {@link DisputeSubject}, even when both are saved at
 *       the same time; a closed dispute no longer counts.</li>
 *   <li>{@link #findDue} reads only the disputes due on or before the date (an index, not a scan).</li>
 * </ul>
 */
public interface DisputeRepository {

    /** The dispute rebuilt from its timeline, if it exists. */
    Optional<Dispute> find(DisputeId id);

    /**
     * Several disputes at once (a storage may read them in one round trip); unknown ids are skipped.
     * The escalation reads its due disputes so, chunk by chunk.
     */
    default List<Dispute> findAll(List<DisputeId> ids) {
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /**
     * Appends the dispute's uncommitted entries and updates its summary, then marks the dispute committed.
     *
     * @param dueOn when the escalation next has something to do for it ({@link Dispute#nextDueOn})
     * @throws VersionConflictException if another change was stored since the dispute was loaded
     * @throws DuplicateDisputeException if the dispute is new and another open dispute has its subject
     */
    void save(Dispute dispute, Optional<LocalDate> dueOn);

    /**
     * Saves several disputes, each as {@link #save} would (a storage may batch them in one
     * transaction): a dispute changed meanwhile by another request is not stored, and is returned.
     *
     * @param dueOn what {@link Dispute#nextDueOn} says for each dispute
     * @return the disputes that conflicted and were not stored; the others are marked committed
     */
    default List<DisputeId> saveAll(List<Dispute> disputes, Function<Dispute, Optional<LocalDate>> dueOn) {
        List<DisputeId> conflicts = new ArrayList<>();
        for (Dispute dispute : disputes) {
            try {
                save(dispute, dueOn.apply(dispute));
            } catch (VersionConflictException e) {
                conflicts.add(dispute.id());
            }
        }
        return conflicts;
    }

    /**
     * The open disputes about these subjects, by subject; a subject with none is absent. An import
     * reads a chunk's subjects so, in one round trip where the storage can.
     */
    default Map<DisputeSubject, DisputeId> openAbout(Collection<DisputeSubject> subjects) {
        Map<DisputeSubject, DisputeId> open = new HashMap<>();
        for (DisputeSubject subject : subjects) {
            search(DisputeQuery.openAbout(subject.customerReference(), subject.invoiceNumber())).stream()
                    .filter(summary -> summary.track() == subject.track())
                    .filter(summary -> subject.cause().isEmpty() || find(summary.id()).flatMap(DisputeSubject::of)
                            .filter(subject::equals).isPresent())
                    .findFirst()
                    .ifPresent(summary -> open.put(subject, summary.id()));
        }
        return open;
    }

    /**
     * Stores new disputes, each as {@link #save} would (a storage may batch them in one transaction).
     * One whose subject has an open dispute meanwhile is not stored.
     *
     * @param dueOn what {@link Dispute#nextDueOn} says for each dispute
     * @return for each dispute not stored, the open dispute about its subject; the others are marked committed
     */
    default Map<DisputeId, DisputeId> saveNew(List<Dispute> disputes, Function<Dispute, Optional<LocalDate>> dueOn) {
        Map<DisputeId, DisputeId> refused = new HashMap<>();
        for (Dispute dispute : disputes) {
            try {
                save(dispute, dueOn.apply(dispute));
            } catch (DuplicateDisputeException e) {
                refused.put(dispute.id(), e.existing());
            }
        }
        return refused;
    }

    /**
     * Ids of the disputes with something due on or before {@code date}, in id order, after the
     * cursor {@code after}, at most {@code limit}.
     */
    List<DisputeId> findDue(LocalDate date, Optional<DisputeId> after, int limit);

    /** How many disputes have something due on or before {@code date} (for progress reports). */
    long countDue(LocalDate date);

    /**
     * A kept document, by the SHA-256 its timeline recorded, exactly as stored: the caller checks
     * that the bytes still match ({@link KeptDocument#matchesItsHash()}).
     */
    Optional<KeptDocument> document(String sha256);

    /** Summaries matching the query, in id order (the order disputes were opened), after the query's cursor. */
    List<DisputeSummary> search(DisputeQuery query);

    /**
     * Ids of the closed disputes whose personal data is not erased yet, in id order, after the cursor
     * {@code after}, at most {@code limit}.
     */
    List<DisputeId> findClosedNotErased(Optional<DisputeId> after, int limit);

    /**
     * Erases a dispute's personal data, in one atomic step: the personal values kept beside its entries
     * ({@link org.amicable.dispute.domain.model.TimelineEntry#personal()}), the kept documents named in
     * {@code documents} (its letters and emails as sent, its scans), the customer's name in its summary and
     * its letters left in the outbox. Its stored lines and their hashes are left as they are, so that its
     * chain still verifies; the dispute then reads its personal values as erased.
     *
     * @param on the day of the erasure, which {@link #erasedOn} returns from then on
     */
    void erasePersonalData(DisputeId id, Set<String> documents, LocalDate on);

    /** The day the dispute's personal data was erased, if it was. */
    Optional<LocalDate> erasedOn(DisputeId id);
}
