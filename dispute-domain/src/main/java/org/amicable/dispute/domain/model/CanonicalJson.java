package org.amicable.dispute.domain.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical JSON of stored entries: one text for one value, so that its bytes can be hashed.
 * It is the JSON Canonicalization Scheme (RFC 8785) restricted to the values the timeline stores:
 *
 * <ul>
 *   <li>no whitespace between tokens; the text is encoded in UTF-8;</li>
 *   <li>object members sorted by their names compared as UTF-16 code units; names are unique;</li>
 *   <li>strings: {@code "} and {@code \} escaped with a backslash; U+0008, U+0009, U+000A, U+000C,
 *       U+000D as {@code \b \t \n \f \r}; other characters below U+0020, and unpaired surrogates,
 *       as {@code \}{@code u} and four lowercase hex digits; every other character as itself;</li>
 *   <li>numbers: integers only, between -(2<sup>53</sup>-1) and 2<sup>53</sup>-1, in decimal
 *       without leading zeros, plus sign or exponent (amounts of money are strings);</li>
 *   <li>{@code true}, {@code false}, {@code null}.</li>
 * </ul>
 *
 * <p>Values in Java: {@link Map} with {@link String} keys, {@link List}, {@link String}, {@link Long}
 * (or {@link Integer} when writing), {@link Boolean}, and {@code null}. Parsing accepts any
 * whitespace-free or not JSON text made of those values and returns maps that keep the text's order.
 */
public final class CanonicalJson {

    private static final long LARGEST_EXACT = (1L << 53) - 1;

    private CanonicalJson() {
    }

    /** The canonical text of the value. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder(1024);
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            writeString(text, out);
        } else if (value instanceof Boolean flag) {
            out.append(flag.booleanValue());
        } else if (value instanceof Long || value instanceof Integer) {
            long number = ((Number) value).longValue();
            if (number > LARGEST_EXACT || number < -LARGEST_EXACT) {
                throw new IllegalArgumentException("integer " + number + " is outside the exact range of JSON numbers");
            }
            out.append(number);
        } else if (value instanceof Map<?, ?> map) {
            // String.compareTo compares UTF-16 code units, as RFC 8785 requires.
            TreeMap<String, Object> sorted = new TreeMap<>();
            for (Map.Entry<?, ?> member : map.entrySet()) {
                if (!(member.getKey() instanceof String name)) {
                    throw new IllegalArgumentException("object member names are strings, not " + member.getKey());
                }
                sorted.put(name, member.getValue());
            }
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> member : sorted.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                writeString(member.getKey(), out);
                out.append(':');
                write(member.getValue(), out);
                first = false;
            }
            out.append('}');
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    out.append(',');
                }
                write(item, out);
                first = false;
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("no canonical JSON for a " + value.getClass().getSimpleName());
        }
    }

    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        if (plain(text)) {
            // Most text needs no escape: appended whole rather than char by char.
            out.append(text).append('"');
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c) && !pairedAt(text, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c)) {
                        out.append(c).append(text.charAt(++i));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Whether the text holds no character that is escaped or checked: no control, quote, backslash or surrogate. */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean pairedAt(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }

    /**
     * Parses JSON text into maps, lists, strings, longs, booleans and nulls.
     *
     * @throws IllegalArgumentException when the text is not JSON, or holds a number that is not an integer
     */
    public static Object parse(String text) {
        Parser parser = new Parser(text);
        Object value = parser.value();
        parser.skipWhitespace();
        if (parser.position != text.length()) {
            throw parser.error("unexpected text after the value");
        }
        return value;
    }

    /** A small recursive-descent parser of RFC 8259 JSON. */
    private static final class Parser {
        private final String text;
        private int position;

        Parser(String text) {
            this.text = text;
        }

        Object value() {
            skipWhitespace();
            if (position >= text.length()) {
                throw error("a value is missing");
            }
            char c = text.charAt(position);
            return switch (c) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> {
                    if (c == '-' || c >= '0' && c <= '9') {
                        yield number();
                    }
                    throw error("unexpected character '" + c + "'");
                }
            };
        }

        private Map<String, Object> object() {
            position++;
            Map<String, Object> members = new LinkedHashMap<>();
            skipWhitespace();
            if (peek() == '}') {
                position++;
                return members;
            }
            while (true) {
                skipWhitespace();
                if (peek() != '"') {
                    throw error("an object member name is expected");
                }
                String name = string();
                skipWhitespace();
                expect(':');
                if (members.containsKey(name)) {
                    throw error("member \"" + name + "\" appears twice");
                }
                members.put(name, value());
                skipWhitespace();
                if (peek() == ',') {
                    position++;
                } else {
                    expect('}');
                    return members;
                }
            }
        }

        private List<Object> array() {
            position++;
            List<Object> items = new ArrayList<>();
            skipWhitespace();
            if (peek() == ']') {
                position++;
                return items;
            }
            while (true) {
                items.add(value());
                skipWhitespace();
                if (peek() == ',') {
                    position++;
                } else {
                    expect(']');
                    return items;
                }
            }
        }

        private String string() {
            position++;
            // Most strings hold no escape: taken whole from the text, without copying them char by char.
            for (int end = position; end < text.length(); end++) {
                char c = text.charAt(end);
                if (c == '"') {
                    String plain = text.substring(position, end);
                    position = end + 1;
                    return plain;
                }
                if (c == '\\' || c < 0x20) {
                    break;
                }
            }
            StringBuilder out = new StringBuilder();
            while (true) {
                if (position >= text.length()) {
                    throw error("a string is not closed");
                }
                char c = text.charAt(position++);
                if (c == '"') {
                    return out.toString();
                }
                if (c < 0x20) {
                    throw error("a control character must be escaped");
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (position >= text.length()) {
                    throw error("an escape is not finished");
                }
                char escaped = text.charAt(position++);
                switch (escaped) {
                    case '"', '\\', '/' -> out.append(escaped);
                    case 'b' -> out.append('\b');
                    case 't' -> out.append('\t');
                    case 'n' -> out.append('\n');
                    case 'f' -> out.append('\f');
                    case 'r' -> out.append('\r');
                    case 'u' -> {
                        if (position + 4 > text.length()) {
                            throw error("a \\u escape needs four hex digits");
                        }
                        try {
                            out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                        } catch (NumberFormatException e) {
                            throw error("a \\u escape needs four hex digits");
                        }
                        position += 4;
                    }
                    default -> throw error("unknown escape \\" + escaped);
                }
            }
        }

        private Long number() {
            int start = position;
            if (peek() == '-') {
                position++;
            }
            while (position < text.length() && Character.isDigit(text.charAt(position))) {
                position++;
            }
            if (position < text.length() && ".eE".indexOf(text.charAt(position)) >= 0) {
                throw error("only integers are stored");
            }
            String digits = text.substring(start, position);
            int first = digits.startsWith("-") ? 1 : 0;
            // Empty, a lone minus, or a leading zero (-?0\d+), checked without a regular expression: every
            // number of every entry read passes here.
            if (digits.length() == first || digits.length() > first + 1 && digits.charAt(first) == '0') {
                throw error("malformed number " + digits);
            }
            try {
                return Long.parseLong(digits);
            } catch (NumberFormatException e) {
                throw error("number " + digits + " is too large");
            }
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, position)) {
                throw error("unexpected text");
            }
            position += word.length();
            return value;
        }

        private char peek() {
            if (position >= text.length()) {
                throw error("the text ends too early");
            }
            return text.charAt(position);
        }

        private void expect(char c) {
            if (peek() != c) {
                throw error("'" + c + "' is expected");
            }
            position++;
        }

        void skipWhitespace() {
            while (position < text.length() && " \t\r\n".indexOf(text.charAt(position)) >= 0) {
                position++;
            }
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("not valid JSON at character " + position + ": " + what);
        }
    }
}
