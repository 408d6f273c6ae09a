package org.amicable.dispute.domain.port.in;

import java.util.List;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.Timeline;
import org.amicable.dispute.domain.model.TimelineEntry;

/**
 * What leaves Amicable when a dispute goes to court: the dispute, its whole timeline, every letter
 * with its hash, tracking number and acknowledgment, and the result of checking the hash chain.
 *
 * @param dispute       the dispute as it stands
 * @param timeline      every entry, oldest first
 * @param letters       every letter
 * @param verification  whether the timeline's hash chain holds
 */
public record EvidenceFile(DisputeView dispute, List<TimelineEntry> timeline, List<Letter> letters,
        Timeline.Verification verification) {
}
