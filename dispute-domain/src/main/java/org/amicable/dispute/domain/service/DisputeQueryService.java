package org.amicable.dispute.domain.service;

import java.util.List;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.DisputeNotFoundException;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterId;
import org.amicable.dispute.domain.model.Timeline;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.amicable.dispute.domain.port.in.DisputeView;
import org.amicable.dispute.domain.port.in.EvidenceFile;
import org.amicable.dispute.domain.port.in.ViewDisputesUseCase;
import org.amicable.dispute.domain.port.out.DisputeQuery;
import org.amicable.dispute.domain.port.out.DisputeSummary;
import org.amicable.dispute.domain.port.out.LetterRenderer;
import org.amicable.dispute.domain.port.out.RenderedLetter;

/** The read side: disputes, timelines, letters and the evidence file. */
final class DisputeQueryService implements ViewDisputesUseCase {

    private final Disputes disputes;
    private final LetterRenderer renderer;

    DisputeQueryService(Disputes disputes, LetterRenderer renderer) {
        this.disputes = disputes;
        this.renderer = renderer;
    }

    @Override
    public DisputeView view(DisputeId id) {
        return disputes.view(disputes.load(id));
    }

    @Override
    public List<DisputeSummary> list(DisputeQuery query) {
        return disputes.repository().search(query);
    }

    @Override
    public List<TimelineEntry> timeline(DisputeId id) {
        return disputes.load(id).timeline();
    }

    @Override
    public Letter letter(DisputeId id, LetterId letterId) {
        return disputes.load(id).letter(letterId)
                .orElseThrow(() -> new DisputeNotFoundException("letter " + letterId + " of dispute " + id));
    }

    @Override
    public RenderedLetter document(DisputeId id, LetterId letterId) {
        return renderer.render(letter(id, letterId));
    }

    @Override
    public EvidenceFile evidence(DisputeId id) {
        Dispute dispute = disputes.load(id);
        // The stored version tells how many entries were recorded: a missing last entry shows only against it.
        long recorded = disputes.repository().search(DisputeQuery.byId(id)).stream()
                .mapToLong(DisputeSummary::version).findFirst().orElse(dispute.version());
        return new EvidenceFile(disputes.view(dispute), dispute.timeline(), dispute.letters(),
                Timeline.verify(dispute.timeline(), recorded));
    }
}
