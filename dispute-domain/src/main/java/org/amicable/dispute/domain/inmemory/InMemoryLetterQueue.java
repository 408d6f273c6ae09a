package org.amicable.dispute.domain.inmemory;

import static org.amicable.dispute.domain.port.out.LetterOutbox.GATHERING_AT_MOST;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.amicable.dispute.domain.model.DisputeEvent;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.EventFormat;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterDelivery;
import org.amicable.dispute.domain.model.LetterId;
import org.amicable.dispute.domain.model.LetterStatus;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.amicable.dispute.domain.port.out.LetterOutbox;
import org.amicable.dispute.domain.port.out.LetterOutbox.Lease;
import org.amicable.dispute.domain.port.out.LetterOutbox.QueuedLetter;

/**
 * The letters a dispute's entries queue, in memory: claimed under a lease, retried, held for review or while
 * an escalation run gathers them, until they are sent or fail. Not thread-safe by itself: the repository
 * that owns it calls it under its own lock, so that saving a dispute and queuing its letters happen together.
 */
final class InMemoryLetterQueue {

    /** The outbox state of a letter that waits for a manager's review: not claimable. */
    private static final String REVIEW = "REVIEW";

    private final Map<LetterId, Queued> outbox = new LinkedHashMap<>();
    /** The escalation runs under way, each with the latest it may hold the letters it gathers. */
    private final Map<UUID, Instant> gatherings = new HashMap<>();

    private static final class Queued {
        final Letter letter;
        String status = "PENDING";
        int attempts;
        Instant notBefore = Instant.MIN;
        boolean gathered;
        Instant leasedUntil = Instant.MIN;
        UUID leaseToken;
        Optional<String> lastError = Optional.empty();

        Queued(Letter letter) {
            this.letter = letter;
        }
    }

    /** What a new entry does to the queue: a letter issued joins it, one sent or failed leaves it. */
    void record(TimelineEntry entry) {
        if (entry.event() instanceof DisputeEvent.LetterIssued issued) {
            Queued queued = new Queued(EventFormat.readLetter(EventFormat.storeLetter(issued.letter())));
            queued.gathered = LetterOutbox.isGathered(entry);
            outbox.put(issued.letter().id(), queued);
        } else if (entry.event() instanceof DisputeEvent.LetterSent sent) {
            leave(sent.letterId(), "SENT", Optional.empty());
        } else if (entry.event() instanceof DisputeEvent.LetterFailed failed) {
            leave(failed.letterId(), "FAILED", Optional.of(failed.reason()));
        } else if (entry.event() instanceof DisputeEvent.LetterAwaitingReview awaiting) {
            Optional.ofNullable(outbox.get(awaiting.letterId())).filter(queued -> queued.status.equals("PENDING"))
                    .ifPresent(queued -> queued.status = REVIEW);
        } else if (entry.event() instanceof DisputeEvent.LetterApproved approved) {
            Optional.ofNullable(outbox.get(approved.letterId())).filter(queued -> queued.status.equals(REVIEW))
                    .ifPresent(queued -> queued.status = "PENDING");
        }
    }

    /** Forgets the letters of a dispute whose personal data is erased. */
    void forget(DisputeId id) {
        outbox.values().removeIf(queued -> queued.letter.disputeId().equals(id));
    }

    List<QueuedLetter> claim(int max, Instant now, Duration lease) {
        List<QueuedLetter> claimed = new ArrayList<>();
        for (Queued queued : outbox.values()) {
            if (claimed.size() >= max) {
                break;
            }
            if (claimable(queued, now)) {
                Optional<String> group = queued.letter.groupKey();
                UUID token = UUID.randomUUID();
                for (Queued member : outbox.values()) {
                    if (member == queued || group.isPresent() && claimable(member, now)
                            && member.letter.groupKey().equals(group)) {
                        member.leasedUntil = now.plus(lease);
                        member.leaseToken = token;
                        claimed.add(new QueuedLetter(member.letter, member.attempts,
                                new Lease(member.letter.id(), token, member.leasedUntil)));
                    }
                }
            }
        }
        return claimed;
    }

    private boolean claimable(Queued queued, Instant now) {
        return queued.status.equals("PENDING") && !queued.notBefore.isAfter(now) && !queued.leasedUntil.isAfter(now)
                && (!queued.gathered || gatherings.values().stream().noneMatch(until -> until.isAfter(now)));
    }

    UUID startGathering(Instant now) {
        UUID run = UUID.randomUUID();
        gatherings.put(run, now.plus(GATHERING_AT_MOST));
        return run;
    }

    void keepGathering(UUID run, Instant now) {
        gatherings.computeIfPresent(run, (key, until) -> now.plus(GATHERING_AT_MOST));
    }

    void releaseGathered(UUID run) {
        gatherings.remove(run);
    }

    private void leave(LetterId letterId, String status, Optional<String> reason) {
        Optional.ofNullable(outbox.get(letterId)).ifPresent(queued -> {
            queued.status = status;
            queued.leasedUntil = Instant.MIN;
            reason.ifPresent(why -> queued.lastError = Optional.of(why));
        });
    }

    boolean holds(Lease lease, Instant at) {
        Queued queued = outbox.get(lease.letterId());
        return queued != null && held(queued, lease) && queued.leasedUntil.isAfter(at);
    }

    void retryLater(Lease lease, Instant nextAttempt, String reason) {
        Optional.ofNullable(outbox.get(lease.letterId())).filter(queued -> held(queued, lease)).ifPresent(queued -> {
            queued.attempts++;
            queued.notBefore = nextAttempt;
            queued.leasedUntil = Instant.MIN;
            queued.leaseToken = null;
            queued.lastError = Optional.ofNullable(reason);
        });
    }

    private static boolean held(Queued queued, Lease lease) {
        return queued.status.equals("PENDING") && lease.token().equals(queued.leaseToken);
    }

    List<Letter> awaitingReview(int offset, int limit) {
        return outbox.values().stream().filter(queued -> queued.status.equals(REVIEW)).map(queued -> queued.letter)
                .sorted(Comparator.comparing(letter -> letter.id().value())).skip(offset).limit(limit).toList();
    }

    long countAwaitingReview() {
        return outbox.values().stream().filter(queued -> queued.status.equals(REVIEW)).count();
    }

    List<Letter> awaitingReviewInGroup(String groupKey) {
        return outbox.values().stream().filter(queued -> queued.status.equals(REVIEW))
                .map(queued -> queued.letter).filter(letter -> letter.groupKey().filter(groupKey::equals).isPresent())
                .toList();
    }

    Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>(Map.of("PENDING", 0L, "SENT", 0L, "FAILED", 0L));
        outbox.values().forEach(queued -> counts.merge(queued.status, 1L, Long::sum));
        return counts;
    }

    Optional<LetterDelivery> delivery(LetterId letterId) {
        return Optional.ofNullable(outbox.get(letterId)).map(InMemoryLetterQueue::delivery);
    }

    List<LetterDelivery> troubled(int max) {
        return outbox.values().stream()
                .filter(queued -> queued.status.equals("FAILED") || queued.status.equals("PENDING") && queued.attempts > 0)
                .sorted(Comparator.comparing(queued -> queued.letter.id().value()))
                .limit(max).map(InMemoryLetterQueue::delivery).toList();
    }

    Optional<Instant> oldestPendingSince() {
        return outbox.values().stream().filter(queued -> queued.status.equals("PENDING"))
                .map(queued -> queued.letter.id().issuedAt().orElse(Instant.EPOCH)).min(Comparator.naturalOrder());
    }

    private static LetterDelivery delivery(Queued queued) {
        return new LetterDelivery(queued.letter.id(), queued.letter.disputeId(),
                queued.status.equals(REVIEW) ? LetterStatus.PENDING : LetterStatus.valueOf(queued.status),
                queued.attempts, queued.lastError,
                queued.status.equals("PENDING") && queued.attempts > 0 ? Optional.of(queued.notBefore) : Optional.empty());
    }

}
