package org.amicable.dispute.domain.port.in;

import java.util.Objects;
import org.amicable.dispute.domain.model.KeptDocument;
import org.amicable.dispute.domain.model.Letter;

/**
 * A document of a letter exactly as it went out, read from storage and checked against the hash its
 * timeline recorded.
 *
 * @param letter   the letter
 * @param document the bytes kept, whose SHA-256 is the one recorded
 */
public record SentDocument(Letter letter, KeptDocument document) {

    public SentDocument {
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(document, "document");
    }
}
