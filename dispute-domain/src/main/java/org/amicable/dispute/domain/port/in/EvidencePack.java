package org.amicable.dispute.domain.port.in;

import java.util.List;
import java.util.Objects;
import org.amicable.dispute.domain.model.Timeline;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.amicable.dispute.domain.model.RenderedDossier;

/**
 * Everything a hand-over pack holds, read from storage and checked, with a dossier written for it: the timeline exactly as stored,
 * and every document kept (each letter's PDF and email as sent, each scan), each checked against the
 * hash its timeline recorded.
 *
 * @param dispute      the dispute as it stands
 * @param timeline     every entry, oldest first, with its stored text
 * @param documents    every kept document, in the order of the timeline
 * @param verification the check of the hash chain
 * @param dossier      the dossier for a reader outside the company, in the customer's language: the parties,
 *                     the sums due with their computation, the chronology in words, the letters' hashes
 */
public record EvidencePack(DisputeView dispute, List<TimelineEntry> timeline, List<PackedDocument> documents,
        Timeline.Verification verification, RenderedDossier dossier) {

    public EvidencePack {
        Objects.requireNonNull(dispute, "dispute");
        timeline = List.copyOf(timeline);
        documents = List.copyOf(documents);
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(dossier, "dossier");
    }

    /** What a kept document is, for naming it in the pack. */
    public enum Role {
        /** A letter's document (PDF) as sent. */
        LETTER,
        /** A letter's email as sent. */
        EMAIL,
        /** The scan of an AR card or returned envelope. */
        SCAN
    }

    /**
     * One kept document of the pack.
     *
     * @param role     letter, email or scan
     * @param document the letter and the checked bytes
     */
    public record PackedDocument(Role role, SentDocument document) {
        public PackedDocument {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(document, "document");
        }
    }
}
