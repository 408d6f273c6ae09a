package org.amicable.dispute.domain.port.out;

import org.amicable.dispute.domain.model.CustomerLetter;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.RenderedLetter;

/** Turns a letter's facts into the document and the email the customer receives. */
public interface LetterRenderer {

    /**
     * Renders the letter. The same letter renders to the same bytes, so that its content hash can be
     * checked again later.
     */
    RenderedLetter render(Letter letter);

    /**
     * Renders the letters of one customer as one document listing each invoice, its principal, charges
     * and total, and the grand total, and naming the customer's other open invoices. A
     * {@linkplain CustomerLetter#isSingle() single} letter renders as {@link #render(Letter)} does.
     * The rendered letter's {@link RenderedLetter#letter()} is the first one carried.
     */
    default RenderedLetter render(CustomerLetter letter) {
        if (letter.isSingle()) {
            return render(letter.first());
        }
        throw new UnsupportedOperationException(getClass().getSimpleName() + " renders no letter of several invoices");
    }
}
