package org.amicable.dispute.domain.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amicable.dispute.domain.model.CanonicalJson;
import org.junit.jupiter.api.Test;

/** The canonical JSON rule of docs/EVIDENCE.md, one clause at a time. */
class CanonicalJsonTest {

    @Test
    void members_are_sorted_by_name_and_no_whitespace_is_written() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("sequence", 2L);
        value.put("dispute", "d");
        value.put("Z", List.of(1L, true, false));
        value.put("a", null);

        assertThat(CanonicalJson.write(value)).isEqualTo("{\"Z\":[1,true,false],\"a\":null,\"dispute\":\"d\",\"sequence\":2}");
    }

    @Test
    void names_are_compared_as_utf16_code_units_as_rfc_8785_requires() {
        // U+20AC (€) sorts before U+1F600 (😀, stored as the surrogates D83D DE00) in UTF-16, though not in code points.
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("\uD83D\uDE00", 1L);
        value.put("\uFB01", 2L);
        value.put("\u20AC", 3L);

        assertThat(CanonicalJson.write(value)).isEqualTo("{\"\u20AC\":3,\"\uD83D\uDE00\":1,\"\uFB01\":2}");
    }

    @Test
    void strings_escape_only_quote_backslash_and_control_characters() {
        String text = "Élodie \"Dupont\" \\ tab\t line\n cr\r bell\u0007 del\u007f 日本 \uD83D\uDE00 lone\uD800";

        assertThat(CanonicalJson.write(text)).isEqualTo(
                "\"Élodie \\\"Dupont\\\" \\\\ tab\\t line\\n cr\\r bell\\u0007 del\u007f 日本 \uD83D\uDE00 lone\\ud800\"");
        assertThat(CanonicalJson.parse(CanonicalJson.write(text))).isEqualTo(text);
    }

    @Test
    void numbers_are_integers_within_the_exact_range_of_a_double() {
        assertThat(CanonicalJson.write(List.of(0L, -7L, 9007199254740991L))).isEqualTo("[0,-7,9007199254740991]");
        assertThatThrownBy(() -> CanonicalJson.write(9007199254740992L)).hasMessageContaining("exact range");
        assertThatThrownBy(() -> CanonicalJson.parse("1.5")).hasMessageContaining("only integers");
        assertThatThrownBy(() -> CanonicalJson.parse("1e3")).hasMessageContaining("only integers");
        assertThatThrownBy(() -> CanonicalJson.parse("012")).hasMessageContaining("malformed");
    }

    @Test
    void parsing_then_writing_gives_the_canonical_text_back() {
        String canonical = "{\"a\":[{\"b\":\"c\"},null,-1],\"d\":{\"e\":\"\\\"\"}}";

        assertThat(CanonicalJson.write(CanonicalJson.parse(canonical))).isEqualTo(canonical);
        assertThat(CanonicalJson.write(CanonicalJson.parse(" { \"d\" : {\"e\":\"\\u0022\"}, \"a\" : [ {\"b\":\"c\"} , null , -1 ] } ")))
                .isEqualTo(canonical);
    }

    @Test
    void text_with_nothing_to_escape_reads_and_writes_as_it_is() {
        for (String text : List.of("", "Élodie Dupont", "日本 \uD83D\uDE00 del\u007f", "/ and ' stay")) {
            assertThat(CanonicalJson.write(text)).isEqualTo("\"" + text + "\"");
            assertThat(CanonicalJson.parse("\"" + text + "\"")).isEqualTo(text);
            assertThat(CanonicalJson.parse("[\"" + text + "\",\"a\\nb\"]")).isEqualTo(List.of(text, "a\nb"));
        }
        assertThat(CanonicalJson.parse("\"plain then \\u00e9\"")).isEqualTo("plain then é");
    }

    @Test
    void malformed_text_is_refused_with_its_position() {
        for (String text : Arrays.asList("{\"a\":1,\"a\":2}", "{\"a\" 1}", "[1,]", "\"open", "tru", "{} x", "\"\u0001\"")) {
            assertThatThrownBy(() -> CanonicalJson.parse(text)).as(text)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not valid JSON at character");
        }
    }
}
