package org.amicable.dispute.adapter.mail;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Cleans values that come from outside before they reach a letter: no control character can break
 * a mail header or a layout, and what the PDF font cannot draw is shown as U+FFFD.
 */
final class SafeText {

    private SafeText() {
    }

    /** One line: line breaks and tabs become spaces, other control characters are removed. */
    static String line(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            if (cp == '\r' || cp == '\n' || cp == '\t' || cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
                out.append(' ');
            } else if (!Character.isISOControl(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    /** Several lines: line breaks are normalised to '\n', other control characters are removed. */
    static String block(String value) {
        String normalised = value.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(normalised.length());
        normalised.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (cp == '\t') {
                out.append(' ');
            } else if (!Character.isISOControl(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString().strip();
    }

    /** At most {@code max} characters, cut on a code point boundary, with an ellipsis when cut. */
    static String shortened(String value, int max) {
        if (value.codePointCount(0, value.length()) <= max) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, max - 1)) + "…";
    }

    /** What the PDF font cannot draw becomes: U+FFFD, the replacement character, one per code point. */
    static final char UNDRAWABLE = '\uFFFD';

    /**
     * What the PDF's font can draw: the text in NFC (a decomposed "e" + accent becomes "é"), with every
     * character the font has kept as is, Arabic and Hebrew included. A character it has not (CJK, most
     * emoji) becomes {@link #UNDRAWABLE}, one per code point, so that the reader sees that something was
     * there; it takes the width of one glyph and cannot break the layout. Removed without a mark: format
     * characters (bidi overrides and isolates such as U+202E, which could reorder the letter's text, zero
     * width joiners, soft hyphens), variation selectors and emoji skin-tone modifiers (they only qualify
     * the character before), and combining marks the font lacks. The email keeps the original characters.
     */
    static String drawable(String value, IntPredicate canDraw) {
        String normalised = Normalizer.normalize(value, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(normalised.length());
        normalised.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp) || type == Character.FORMAT || isVariationSelector(cp)
                    || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
                // Dropped.
                return;
            } else if (canDraw.test(cp)) {
                out.appendCodePoint(cp);
            } else if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && type != Character.COMBINING_SPACING_MARK) {
                out.append(UNDRAWABLE);
            }
        });
        return out.toString();
    }

    /**
     * The characters of the value that {@link #drawable} would not keep as they are: those no font draws,
     * each once, in order of first appearance. The characters it removes on purpose (controls, format
     * characters, variation selectors, skin-tone modifiers) are not counted: they draw nothing anyway.
     */
    static List<Integer> undrawable(String value, IntPredicate canDraw) {
        Set<Integer> found = new LinkedHashSet<>();
        Normalizer.normalize(value, Normalizer.Form.NFC).codePoints().forEach(cp -> {
            if (cp != '\n' && !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT
                    && !isVariationSelector(cp) && !(cp >= 0x1F3FB && cp <= 0x1F3FF) && !canDraw.test(cp)) {
                found.add(cp);
            }
        });
        return List.copyOf(found);
    }

    /** At most this many code points are listed; a reason stays short enough to be recorded. */
    private static final int LISTED = 10;

    /** Code points as a reader can look them up: "U+1F9FE 🧾", the first ten, then how many in all. */
    static String codePoints(List<Integer> codePoints) {
        StringBuilder out = new StringBuilder();
        for (int cp : codePoints.subList(0, Math.min(LISTED, codePoints.size()))) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(String.format(java.util.Locale.ROOT, "U+%04X ", cp)).appendCodePoint(cp);
        }
        if (codePoints.size() > LISTED) {
            out.append(" and others (").append(codePoints.size()).append(" characters in all)");
        }
        return out.toString();
    }

    private static boolean isVariationSelector(int cp) {
        return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /** HTML text content and attribute values. */
    static String html(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
