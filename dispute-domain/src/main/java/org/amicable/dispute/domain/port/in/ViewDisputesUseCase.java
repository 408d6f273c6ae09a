package org.amicable.dispute.domain.port.in;

import java.util.List;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterId;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.amicable.dispute.domain.port.out.DisputeQuery;
import org.amicable.dispute.domain.port.out.DisputeSummary;
import org.amicable.dispute.domain.port.out.RenderedLetter;

/** Reads disputes, their timelines, letters and evidence. */
public interface ViewDisputesUseCase {

    /** The dispute as of today. */
    DisputeView view(DisputeId id);

    /** Summaries matching the query, in a stable order. */
    List<DisputeSummary> list(DisputeQuery query);

    /** The dispute's timeline, oldest first. */
    List<TimelineEntry> timeline(DisputeId id);

    /** One letter of the dispute. */
    Letter letter(DisputeId id, LetterId letterId);

    /**
     * One letter as the customer received it: rendered again from its facts. The same letter renders
     * to the same bytes, so the document's hash matches the one recorded when it was sent (unless the
     * templates were changed since).
     */
    RenderedLetter document(DisputeId id, LetterId letterId);

    /** The evidence file: the timeline, every letter, and the verification of the hash chain. */
    EvidenceFile evidence(DisputeId id);
}
