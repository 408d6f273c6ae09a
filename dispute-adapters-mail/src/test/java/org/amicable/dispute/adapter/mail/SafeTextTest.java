package org.amicable.dispute.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.InvalidValueException;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.PostalAddress;
import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void a_line_loses_every_line_break_and_control_character() {
        assertThat(SafeText.line("Jean\r\nBcc: x@evil.example\u0000\u001b[31m\u2028end\t!")).isEqualTo("Jean Bcc: x@evil.example[31m end !");
    }

    @Test
    void a_block_keeps_line_breaks_normalised() {
        assertThat(SafeText.block("one\r\ntwo\rthree\u0007")).isEqualTo("one\ntwo\nthree");
    }

    @Test
    void what_the_pdf_fonts_cannot_draw_becomes_a_replacement_character_and_the_rest_stays() {
        String text = "Œuvre à l'été, 12 €, שלום مرحبا Ωμέγα Привет 😀🧾 中文 かな 한글 ไทย हिन्दी";

        assertThat(SafeText.drawable(text, LetterFonts::canDraw))
                .isEqualTo("Œuvre à l'été, 12 €, שלום مرحبا Ωμέγα Привет 😀\uFFFD 中文 かな 한글 ไทย हिन्दी");
    }

    @Test
    void bidi_overrides_joiners_selectors_and_modifiers_are_dropped_and_accents_composed() {
        // RLO ... PDF around "evil", a thumbs up with a skin tone and a variation selector, a family
        // joined by ZWJ, "e" + combining acute accent, a soft hyphen.
        String text = "Ahmad \u202Eevil\u202C 👍🏽\uFE0F 👨\u200D👩\u200D👧 Rene\u0301 ba\u00ADker\u2067x\u2069";

        assertThat(SafeText.drawable(text, LetterFonts::canDraw))
                .isEqualTo("Ahmad evil \uFFFD \uFFFD\uFFFD\uFFFD René bakerx");
    }

    @Test
    void line_breaks_stay_and_a_combining_mark_the_font_lacks_leaves_no_mark() {
        assertThat(SafeText.drawable("a\nb\u20DD c", cp -> cp < 0x80)).isEqualTo("a\nb c");
    }

    @Test
    void shortening_never_cuts_an_emoji_in_half() {
        assertThat(SafeText.shortened("😀😀😀😀", 3)).isEqualTo("😀😀…");
    }

    @Test
    void html_special_characters_are_escaped() {
        assertThat(SafeText.html("<a href=\"x\">'&'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    }

    @Test
    void the_domain_already_refuses_a_customer_name_with_a_line_break() {
        assertThatThrownBy(() -> new Customer("C-1", "Jean\r\nBcc: x@evil.example",
                CustomerKind.CONSUMER, Optional.empty(), new PostalAddress(List.of("1 rue"), "75001", "Paris", "FR"),
                Optional.empty(), Language.FR)).isInstanceOfSatisfying(InvalidValueException.class,
                        refusal -> assertThat(refusal.field()).isEqualTo("customer.name"));
    }

    @Test
    void settings_refuse_control_characters_and_hide_the_password() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MailSettings.Company("A\nB", List.of("x"), "Lyon",
                Letters.company().signatory(), "m", "w", Letters.company().identity(), Letters.company().payment(),
                Letters.company().customerService()));
        assertThatIllegalArgumentException().isThrownBy(() -> MailSettings.smtp("h", 25, MailSettings.Security.NONE,
                "not an address", Letters.company()));
        MailSettings settings = Letters.pickupSettings(Path.of("/tmp/x")).withCredentials("user", "s3cret");
        assertThat(settings.toString()).doesNotContain("s3cret");
    }

    @Test
    void the_characters_no_font_draws_are_listed_once_each_at_most_ten_of_them() {
        StringBuilder hieroglyphs = new StringBuilder();
        for (int cp = 0x13000; cp < 0x13000 + 150; cp++) {
            hieroglyphs.appendCodePoint(cp).appendCodePoint(cp);
        }
        List<Integer> undrawable = SafeText.undrawable("Ré\u202E" + hieroglyphs + "\uFE0F", cp -> cp < 0x3000);

        assertThat(undrawable).hasSize(150).startsWith(0x13000, 0x13001);
        String listed = SafeText.codePoints(undrawable);
        assertThat(listed).startsWith("U+13000 𓀀, U+13001 𓀁").contains("U+13009", "150 characters in all")
                .doesNotContain("U+1300A");
        assertThat(listed.length()).isLessThan(200);
    }
}
