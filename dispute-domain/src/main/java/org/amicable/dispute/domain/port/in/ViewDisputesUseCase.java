package org.amicable.dispute.domain.port.in;

import java.util.List;
import java.util.Optional;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.DisputeNotFoundException;
import org.amicable.dispute.domain.model.EvidenceAlteredException;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterDelivery;
import org.amicable.dispute.domain.model.LetterId;
import org.amicable.dispute.domain.model.OpenTasks;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.amicable.dispute.domain.model.RenderedDossier;
import org.amicable.dispute.domain.model.RenderedLetter;

/** Reads disputes, their timelines, letters and evidence. */
public interface ViewDisputesUseCase {

    /** The dispute as of today. */
    DisputeView view(DisputeId id);

    /** Summaries matching the query, in a stable order. */
    List<DisputeSummary> list(DisputeQuery query);

    /** The dispute's timeline, oldest first. */
    List<TimelineEntry> timeline(DisputeId id);

    /**
     * The dispute as of today with its timeline, open tasks and manager. This default reads the dispute twice;
     * the service reads it once.
     */
    default DisputeInFull viewInFull(DisputeId id) {
        DisputeView view = view(id);
        List<TimelineEntry> timeline = timeline(id);
        Dispute dispute = Dispute.replay(timeline);
        return new DisputeInFull(view, timeline, OpenTasks.of(dispute), dispute.manager());
    }

    /** One letter of the dispute. */
    Letter letter(DisputeId id, LetterId letterId);

    /** Where one letter of the dispute stands in the outbox: attempts, the last error, the next attempt. */
    Optional<LetterDelivery> delivery(DisputeId id, LetterId letterId);

    /** The letters that failed, or wait for another attempt after a failure, oldest first. */
    List<LetterDelivery> troubledLetters(int max);

    /**
     * A sent letter's document (its PDF) exactly as it went out: the bytes kept when it was sent,
     * checked against the hash its timeline recorded.
     *
     * @throws DisputeNotFoundException when the letter has not been sent (only a {@link #preview} exists)
     * @throws EvidenceAlteredException when the kept bytes are gone or no longer match the recorded hash
     */
    SentDocument sentDocument(DisputeId id, LetterId letterId);

    /**
     * A letter's email exactly as it went out (the MIME message), checked like {@link #sentDocument}.
     *
     * @throws DisputeNotFoundException when the letter was not sent by email
     * @throws EvidenceAlteredException when the kept bytes are gone or no longer match the recorded hash
     */
    SentDocument sentEmail(DisputeId id, LetterId letterId);

    /**
     * The scan kept for a registered letter's outcome (AR card, returned envelope), checked like {@link #sentDocument}.
     *
     * @throws DisputeNotFoundException when no scan was attached
     * @throws EvidenceAlteredException when the kept bytes are gone or no longer match the recorded hash
     */
    SentDocument scan(DisputeId id, LetterId letterId);

    /**
     * A preview: the letter rendered again now from its facts, with today's templates and fonts. It
     * is not evidence of what was sent, which {@link #sentDocument} returns.
     */
    RenderedLetter preview(DisputeId id, LetterId letterId);

    /**
     * What a hand-over pack holds: the timeline as stored and every kept document, each checked.
     *
     * @throws EvidenceAlteredException when a kept document is gone or no longer matches its recorded hash
     */
    EvidencePack evidencePack(DisputeId id);

    /** The evidence file: the timeline, every letter, and the verification of the hash chain. */
    EvidenceFile evidence(DisputeId id);

    /**
     * The evidence file in words, as one web page in the customer's language: what the hand-over pack's
     * dossier says (the parties, the sums due and their computation, the chronology, every letter with
     * its SHA-256, the verification), without the kept documents themselves.
     */
    RenderedDossier evidenceDocument(DisputeId id);
}
