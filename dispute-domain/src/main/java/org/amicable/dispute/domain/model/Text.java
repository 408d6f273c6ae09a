package org.amicable.dispute.domain.model;

/** Validation of free text that comes from outside: required, bounded, no control characters. */
public final class Text {

    private Text() {
    }

    /**
     * Returns the stripped value, or throws {@link InvalidValueException} naming the field when it
     * is blank, longer than {@code maxLength}, or holds a control character (CR and LF included,
     * unless {@code multiline}).
     */
    public static String require(String value, String field, int maxLength, boolean multiline) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "is required");
        }
        String stripped = value.strip();
        if (stripped.codePointCount(0, stripped.length()) > maxLength) {
            throw new InvalidValueException(field, "is longer than " + maxLength + " characters");
        }
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            boolean allowedBreak = multiline && (c == '\n' || c == '\r' || c == '\t');
            if (Character.isISOControl(c) && !allowedBreak) {
                throw new InvalidValueException(field, "contains a control character");
            }
        }
        return stripped;
    }

    /** A single-line value: {@link #require(String, String, int, boolean)} without line breaks. */
    public static String line(String value, String field, int maxLength) {
        return require(value, field, maxLength, false);
    }
}
