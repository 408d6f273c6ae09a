package org.amicable.dispute.domain.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.DisputeNotFoundException;
import org.amicable.dispute.domain.model.EvidenceAlteredException;
import org.amicable.dispute.domain.model.KeptDocument;
import org.amicable.dispute.domain.model.DisputeEvent.LetterSent;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterDelivery;
import org.amicable.dispute.domain.model.LetterId;
import org.amicable.dispute.domain.model.OpenTasks;
import org.amicable.dispute.domain.model.Timeline;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.amicable.dispute.domain.model.UnpaidClaim;
import org.amicable.dispute.domain.policy.EscalationPolicy;
import org.amicable.dispute.domain.port.in.DisputeInFull;
import org.amicable.dispute.domain.port.in.DisputeView;
import org.amicable.dispute.domain.port.in.EvidenceFile;
import org.amicable.dispute.domain.port.in.EvidencePack;
import org.amicable.dispute.domain.port.in.SentDocument;
import org.amicable.dispute.domain.port.in.ViewDisputesUseCase;
import org.amicable.dispute.domain.port.in.DisputeQuery;
import org.amicable.dispute.domain.port.in.DisputeSummary;
import org.amicable.dispute.domain.port.out.Dossier;
import org.amicable.dispute.domain.port.out.DossierRenderer;
import org.amicable.dispute.domain.port.out.LetterOutbox;
import org.amicable.dispute.domain.model.RenderedDossier;
import org.amicable.dispute.domain.port.out.LetterRenderer;
import org.amicable.dispute.domain.model.RenderedLetter;

/** The read side: disputes, timelines, letters and the evidence file. */
final class DisputeQueryService implements ViewDisputesUseCase {

    private final Disputes disputes;
    private final LetterRenderer renderer;
    private final DossierRenderer dossiers;
    private final LetterOutbox outbox;

    DisputeQueryService(Disputes disputes, LetterRenderer renderer, DossierRenderer dossiers, LetterOutbox outbox) {
        this.disputes = disputes;
        this.renderer = renderer;
        this.dossiers = dossiers;
        this.outbox = outbox;
    }

    @Override
    public DisputeView view(DisputeId id) {
        return disputes.view(disputes.load(id));
    }

    @Override
    public DisputeInFull viewInFull(DisputeId id) {
        Dispute dispute = disputes.load(id);
        return new DisputeInFull(disputes.view(dispute), dispute.timeline(), OpenTasks.of(dispute), dispute.manager());
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
    public Optional<LetterDelivery> delivery(DisputeId id, LetterId letterId) {
        return outbox.delivery(letterId).filter(delivery -> delivery.disputeId().equals(id));
    }

    @Override
    public List<LetterDelivery> troubledLetters(int max) {
        return outbox.troubled(max);
    }

    @Override
    public SentDocument sentDocument(DisputeId id, LetterId letterId) {
        requireNotErased(id);
        Dispute dispute = disputes.load(id);
        Letter letter = letterOf(dispute, letterId);
        LetterSent sent = sending(dispute, letterId).orElseThrow(() -> new DisputeNotFoundException(
                "the document of letter " + letterId + " as sent (it has not been sent; only a preview exists)"));
        return new SentDocument(letter, kept(letterId, "document", sent.contentHash()));
    }

    @Override
    public SentDocument sentEmail(DisputeId id, LetterId letterId) {
        requireNotErased(id);
        Dispute dispute = disputes.load(id);
        Letter letter = letterOf(dispute, letterId);
        String hash = sending(dispute, letterId).flatMap(LetterSent::emailHash).orElseThrow(() ->
                new DisputeNotFoundException("the email of letter " + letterId + " as sent (it was not sent by email)"));
        return new SentDocument(letter, kept(letterId, "email", hash));
    }

    @Override
    public SentDocument scan(DisputeId id, LetterId letterId) {
        requireNotErased(id);
        Letter letter = letterOf(disputes.load(id), letterId);
        String hash = letter.scanHash().orElseThrow(() ->
                new DisputeNotFoundException("the scan of letter " + letterId + " (none was attached)"));
        return new SentDocument(letter, kept(letterId, "scan", hash));
    }

    @Override
    public RenderedLetter preview(DisputeId id, LetterId letterId) {
        return renderer.render(letter(id, letterId));
    }

    /** A document erased with the dispute's personal data is gone on purpose: not found, rather than altered. */
    private void requireNotErased(DisputeId id) {
        disputes.repository().erasedOn(id).ifPresent(day -> {
            throw new DisputeNotFoundException("the documents of dispute " + id + ": they were erased with its personal data on "
                    + day + " (their SHA-256 stay in its timeline)");
        });
    }

    private static Letter letterOf(Dispute dispute, LetterId letterId) {
        return dispute.letter(letterId)
                .orElseThrow(() -> new DisputeNotFoundException("letter " + letterId + " of dispute " + dispute.id()));
    }

    private static Optional<LetterSent> sending(Dispute dispute, LetterId letterId) {
        return dispute.timeline().stream().map(TimelineEntry::event).filter(LetterSent.class::isInstance)
                .map(LetterSent.class::cast).filter(sent -> sent.letterId().equals(letterId)).findFirst();
    }

    /** The kept bytes under the recorded hash, refused when they are gone or altered: evidence is never served unchecked. */
    private KeptDocument kept(LetterId letterId, String what, String recordedHash) {
        KeptDocument document = disputes.repository().document(recordedHash).orElseThrow(() ->
                new EvidenceAlteredException(letterId, "the " + what + " of letter " + letterId
                        + " as sent is missing from the storage (recorded SHA-256 " + recordedHash + ")"));
        if (!document.matchesItsHash()) {
            throw new EvidenceAlteredException(letterId, "the " + what + " of letter " + letterId
                    + " kept in the storage no longer matches the SHA-256 recorded when it was sent (recorded "
                    + recordedHash + ", now " + Timeline.sha256Hex(document.content()) + ")");
        }
        return document;
    }

    @Override
    public EvidencePack evidencePack(DisputeId id) {
        Dispute dispute = disputes.load(id);
        EvidenceFile file = evidence(dispute);
        List<EvidencePack.PackedDocument> documents = new java.util.ArrayList<>();
        // Once the personal data is erased, the documents are gone; the timeline still names their hashes.
        boolean erased = disputes.repository().erasedOn(id).isPresent();
        for (TimelineEntry entry : erased ? List.<TimelineEntry>of() : file.timeline()) {
            if (entry.event() instanceof LetterSent sent) {
                Letter letter = file.letters().stream().filter(l -> l.id().equals(sent.letterId())).findFirst().orElseThrow();
                documents.add(new EvidencePack.PackedDocument(EvidencePack.Role.LETTER,
                        new SentDocument(letter, kept(letter.id(), "document", sent.contentHash()))));
                sent.emailHash().ifPresent(hash -> documents.add(new EvidencePack.PackedDocument(EvidencePack.Role.EMAIL,
                        new SentDocument(letter, kept(letter.id(), "email", hash)))));
            } else if (entry.event() instanceof org.amicable.dispute.domain.model.DisputeEvent.LetterScanAttached scan) {
                Letter letter = file.letters().stream().filter(l -> l.id().equals(scan.letterId())).findFirst().orElseThrow();
                documents.add(new EvidencePack.PackedDocument(EvidencePack.Role.SCAN,
                        new SentDocument(letter, kept(letter.id(), "scan", scan.scanHash()))));
            }
        }
        RenderedDossier dossier = dossiers.render(dossier(dispute, file), DossierRenderer.Format.PDF);
        return new EvidencePack(file.dispute(), file.timeline(), documents, file.verification(), dossier);
    }

    @Override
    public RenderedDossier evidenceDocument(DisputeId id) {
        Dispute dispute = disputes.load(id);
        return dossiers.render(dossier(dispute, evidence(dispute)), DossierRenderer.Format.HTML);
    }

    private Dossier dossier(Dispute dispute, EvidenceFile file) {
        Optional<Dossier.LateChargeTerms> lateCharges = Optional.empty();
        if (dispute instanceof UnpaidClaim claim) {
            EscalationPolicy policy = disputes.policy();
            LocalDate asOf = file.dispute().asOf();
            lateCharges = claim.figures(policy).lateChargesRunAfter().map(after -> new Dossier.LateChargeTerms(
                    claim.figures(policy).lateChargeRateOn(asOf), after, claim.figures(policy).lateChargesRunUntil(asOf)));
        }
        return new Dossier(file.dispute(), file.timeline(), file.verification(), lateCharges);
    }

    @Override
    public EvidenceFile evidence(DisputeId id) {
        return evidence(disputes.load(id));
    }

    private EvidenceFile evidence(Dispute dispute) {
        DisputeId id = dispute.id();
        // The stored version tells how many entries were recorded: a missing last entry shows only against it.
        long recorded = disputes.repository().search(DisputeQuery.byId(id)).stream()
                .mapToLong(DisputeSummary::version).findFirst().orElse(dispute.version());
        return new EvidenceFile(disputes.view(dispute), dispute.timeline(), dispute.letters(),
                Timeline.verify(dispute.timeline(), recorded));
    }
}
