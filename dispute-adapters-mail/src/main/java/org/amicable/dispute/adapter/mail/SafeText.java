package org.amicable.dispute.adapter.mail;

import java.nio.charset.CharsetEncoder;
import java.nio.charset.Charset;

/**
 * Cleans values that come from outside before they reach a letter: no control character can break
 * a mail header or a layout, and what a PDF font cannot draw is shown as '?'.
 */
final class SafeText {

    private static final Charset WIN_ANSI = Charset.forName("windows-1252");

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

    /**
     * What the PDF's standard fonts (WinAnsi) can draw; anything else becomes '?'. The email keeps the
     * original characters.
     */
    static String winAnsi(String value) {
        CharsetEncoder encoder = WIN_ANSI.newEncoder();
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isBmpCodePoint(cp) && encoder.canEncode((char) cp) && !Character.isISOControl(cp)) {
                out.append((char) cp);
            } else if (Character.getType(cp) != Character.NON_SPACING_MARK && Character.getType(cp) != Character.FORMAT) {
                out.append('?');
            }
        });
        return out.toString();
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
