package org.amicable.dispute.domain.model;

/**
 * Validation of free text that comes from outside: required, bounded, no control characters, kept
 * exactly as given. Text is evidence: it is never trimmed or repaired, only accepted or refused.
 */
public final class Text {

    private Text() {
    }

    /**
     * Returns the value unchanged, or throws {@link InvalidValueException} naming the field when it is
     * blank, longer than {@code maxLength} characters, holds a control character (CR, LF and tab
     * included, unless {@code multiline}) or half of a surrogate pair, or, for a single line, starts or
     * ends with white space.
     */
    public static String require(String value, String field, int maxLength, boolean multiline) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "is required");
        }
        if (!multiline && (Character.isWhitespace(value.codePointAt(0))
                || Character.isWhitespace(value.codePointBefore(value.length())))) {
            throw new InvalidValueException(field, "starts or ends with white space");
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw new InvalidValueException(field, "is longer than " + maxLength + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowedBreak = multiline && (c == '\n' || c == '\r' || c == '\t');
            if (Character.isISOControl(c) && !allowedBreak) {
                throw new InvalidValueException(field, "contains a control character");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidValueException(field, "contains half of a surrogate pair, which is not a character");
            }
        }
        return value;
    }

    /** A single-line value: {@link #require(String, String, int, boolean)} without line breaks. */
    public static String line(String value, String field, int maxLength) {
        return require(value, field, maxLength, false);
    }
}
