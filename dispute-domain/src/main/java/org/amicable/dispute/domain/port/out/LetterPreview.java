package org.amicable.dispute.domain.port.out;

import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.RenderedLetter;

/**
 * Renders a letter for someone who edits the wording and wants to see it: with the templates as they stand
 * now (an edited template shows at once, where the letters that go out keep the wording they were started
 * with), sending and storing nothing.
 */
public interface LetterPreview {

    /**
     * The letter as it would read with today's wording.
     *
     * @throws org.amicable.dispute.domain.model.LetterNotPrintableException where a value holds characters
     *         that no font of the letters draws
     * @throws org.amicable.dispute.domain.model.InvalidCommandException where the wording itself cannot be
     *         used (an edited template that names an unknown value), naming the template
     */
    RenderedLetter preview(Letter letter);
}
