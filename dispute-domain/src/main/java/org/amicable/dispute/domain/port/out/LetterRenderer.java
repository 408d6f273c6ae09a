package org.amicable.dispute.domain.port.out;

import org.amicable.dispute.domain.model.Letter;

/** Turns a letter's facts into the document and the email the customer receives. */
public interface LetterRenderer {

    /**
     * Renders the letter. The same letter renders to the same bytes, so that its content hash can be
     * checked again later.
     */
    RenderedLetter render(Letter letter);
}
