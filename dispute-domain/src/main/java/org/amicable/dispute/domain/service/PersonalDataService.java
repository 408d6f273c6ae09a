package org.amicable.dispute.domain.service;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.DisputeEvent;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.InvalidCommandException;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.amicable.dispute.domain.port.in.ErasePersonalDataUseCase;
import org.amicable.dispute.domain.port.in.DisputeQuery;
import org.amicable.dispute.domain.port.in.DisputeSummary;

/** The erasure of personal data once a closed dispute's retention has ended. */
final class PersonalDataService implements ErasePersonalDataUseCase {

    static final int PAGE = 500;

    private final Disputes disputes;

    PersonalDataService(Disputes disputes) {
        this.disputes = disputes;
    }

    @Override
    public ErasureReport erasePersonalData(LocalDate today, Period beyondLimitation) {
        Objects.requireNonNull(beyondLimitation, "beyondLimitation");
        if (today == null || today.isAfter(disputes.today())) {
            throw new InvalidCommandException("today", "the erasure runs for today or an earlier date, not " + today);
        }
        if (beyondLimitation.isNegative()) {
            throw new InvalidCommandException("beyondLimitation", "must not be negative, was " + beyondLimitation);
        }
        int examined = 0;
        List<DisputeId> erased = new ArrayList<>();
        Optional<DisputeId> after = Optional.empty();
        while (true) {
            List<DisputeId> page = disputes.repository().findClosedNotErased(after, PAGE);
            for (DisputeId id : page) {
                examined++;
                Optional<Dispute> found = disputes.repository().find(id);
                if (found.isPresent() && found.get().isClosed() && !retainedUntil(found.get(), beyondLimitation).isAfter(today)) {
                    disputes.repository().erasePersonalData(id, documentsOnlyItHolds(found.get()), today);
                    erased.add(id);
                }
            }
            if (page.size() < PAGE) {
                return new ErasureReport(examined, erased);
            }
            after = Optional.of(page.get(page.size() - 1));
        }
    }

    /** The last day the dispute's personal data is kept: its last entry's day, plus the limitation period, plus the margin. */
    private LocalDate retainedUntil(Dispute dispute, Period beyondLimitation) {
        List<TimelineEntry> timeline = dispute.timeline();
        LocalDate last = timeline.get(timeline.size() - 1).event().on();
        return last.plus(disputes.policy().ladderFor(dispute.customer().kind()).limitationPeriod()).plus(beyondLimitation);
    }

    /**
     * The documents of the dispute that no other dispute still holds: a letter sent for several claims
     * of the customer is one document, kept while another of those claims keeps its personal data.
     */
    private Set<String> documentsOnlyItHolds(Dispute dispute) {
        Set<String> hashes = documents(dispute);
        Optional<DisputeId> after = Optional.empty();
        while (!hashes.isEmpty()) {
            List<DisputeSummary> page = disputes.repository().search(new DisputeQuery(Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.of(dispute.customer().reference()), Optional.empty(), Optional.empty(),
                    false, after, DisputeQuery.MAX_LIMIT));
            for (DisputeSummary other : page) {
                if (!other.id().equals(dispute.id()) && disputes.repository().erasedOn(other.id()).isEmpty()) {
                    disputes.repository().find(other.id()).ifPresent(found -> hashes.removeAll(documents(found)));
                }
            }
            if (page.size() < DisputeQuery.MAX_LIMIT) {
                break;
            }
            after = Optional.of(page.get(page.size() - 1).id());
        }
        return hashes;
    }

    /** Every document the timeline names as kept: letters and emails as sent, scans. */
    private static Set<String> documents(Dispute dispute) {
        Set<String> hashes = new TreeSet<>();
        for (TimelineEntry entry : dispute.timeline()) {
            if (entry.event() instanceof DisputeEvent.LetterSent sent) {
                hashes.add(sent.contentHash());
                sent.emailHash().ifPresent(hashes::add);
            } else if (entry.event() instanceof DisputeEvent.LetterScanAttached scan) {
                hashes.add(scan.scanHash());
            }
        }
        return hashes;
    }
}
