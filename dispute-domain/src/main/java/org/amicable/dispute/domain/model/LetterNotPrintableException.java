package org.amicable.dispute.domain.model;

import java.util.List;

/**
 * A letter that cannot be printed as its facts say: a name, an address or a reference holds characters
 * that no font of the letters can draw. Such a letter is never issued with boxes or replacement marks in
 * place of the customer's identity; the dispatcher records it as failed, with this message as the reason.
 */
public final class LetterNotPrintableException extends DisputeException {

    private final String field;
    private final List<Integer> codePoints;

    /**
     * @param field      the fact at fault, as the API names it (e.g. {@code customer.name})
     * @param codePoints the characters no font draws, each once
     * @param described  the same characters as a reader can look them up (e.g. "U+1F9FE 🧾")
     */
    public LetterNotPrintableException(String field, List<Integer> codePoints, String described) {
        super(field + ": no font of the letters can draw " + described
                + "; the letter is not issued until the value is corrected");
        this.field = field;
        this.codePoints = List.copyOf(codePoints);
    }

    /** The fact at fault. */
    public String field() {
        return field;
    }

    /** The characters no font draws, as Unicode code points. */
    public List<Integer> codePoints() {
        return codePoints;
    }
}
