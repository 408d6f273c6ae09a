package org.amicable.dispute.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.amicable.dispute.domain.fixtures.Invoices;
import org.amicable.dispute.domain.fixtures.Policies;
import org.amicable.dispute.domain.fixtures.TestClock;
import org.amicable.dispute.domain.inmemory.InMemoryDisputeRepository;
import org.amicable.dispute.domain.inmemory.RecordingLetterSender;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterNotPrintableException;
import org.amicable.dispute.domain.model.LetterStatus;
import org.amicable.dispute.domain.model.PostalAddress;
import org.amicable.dispute.domain.port.in.OpenUnpaidClaimUseCase;
import org.amicable.dispute.domain.service.DisputeServices;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names in Chinese, Japanese, Thai and Devanagari print as themselves, Devanagari shaped as it is written;
 * a name that no font can draw is not issued at all, and the dispute says why.
 */
class EveryScriptPrintedTest {

    @TempDir
    Path folder;

    private byte[] pdf(Customer customer) {
        return new PdfLetterRenderer(Letters.pickupSettings(folder)).render(Letters.formalNotice(customer)).document();
    }

    @Test
    void cjk_thai_and_devanagari_names_and_cities_extract_as_typed() {
        String[][] names = {{"株式会社パン屋", "大阪市"}, {"北京烤鸭有限公司", "北京"}, {"บริษัท น้ำใจดี จำกัด", "เชียงใหม่"},
            {"किताब क्षत्रिय शर्मा", "दिल्ली"}};
        for (String[] name : names) {
            String text = PdfText.of(pdf(Letters.businessNamed(name[0], name[1])));

            assertThat(text).as(name[0]).contains(name[0] + " " + name[0] + " 10000 " + name[1]).doesNotContain("\uFFFD");
        }
    }

    @Test
    void devanagari_is_shaped_the_reph_the_conjuncts_and_the_vowel_sign_i_are_not_drawn_letter_by_letter() throws Exception {
        String name = "किताब क्षत्रिय शर्मा";
        byte[] document = pdf(Letters.businessNamed(name, "दिल्ली"));

        List<Integer> drawn = glyphsDrawn(document, "NotoSansDevanagari-Bold");
        List<Integer> letterByLetter = cmapGlyphs("NotoSansDevanagari-Bold.ttf", name);
        // Letter by letter, the name would be its characters' own glyphs, in the order typed. Shaped, the bold
        // name line draws fewer glyphs (क्ष, त्र and र्म are one glyph each, or a half form and a full one), some
        // of them forms no character maps to.
        assertThat(drawn).isNotEmpty().hasSizeLessThan(letterByLetter.size());
        assertThat(drawn).anyMatch(glyph -> !letterByLetter.contains(glyph));
        // कि: the vowel sign (one of the font's forms of it, by the width of the consonant) is drawn first, then क.
        int ka = letterByLetter.get(0);
        assertThat(drawn.get(0)).as("ि drawn before क").isNotEqualTo(ka);
        assertThat(drawn.get(1)).isEqualTo(ka);
    }

    @Test
    void a_name_no_font_can_draw_is_refused_naming_the_field_and_the_characters() {
        Customer customer = new Customer("C-200", "Boulangerie 🧾 𓀀", CustomerKind.BUSINESS,
                Optional.of("contact@client.example"),
                new PostalAddress(List.of("2 rue du Four"), "75006", "Paris", "FR"), Optional.empty(), Language.FR);

        assertThatThrownBy(() -> pdf(customer)).isInstanceOfSatisfying(LetterNotPrintableException.class, refusal -> {
            assertThat(refusal.field()).isEqualTo("customer.name");
            assertThat(refusal.codePoints()).containsExactly(0x1F9FE, 0x13000);
            assertThat(refusal.getMessage()).contains("customer.name", "U+1F9FE 🧾", "U+13000 𓀀", "not issued");
        });
    }

    @Test
    void an_address_line_no_font_can_draw_is_refused_with_its_line() {
        Customer customer = new Customer("C-201", "Jeanne Petit", CustomerKind.CONSUMER, Optional.of("j@mail.example"),
                new PostalAddress(List.of("4 impasse des Roses", "Bât. 𐀀"), "13001", "Marseille", "FR"), Optional.empty(),
                Language.FR);

        assertThatThrownBy(() -> pdf(customer)).isInstanceOfSatisfying(LetterNotPrintableException.class,
                refusal -> assertThat(refusal.field()).isEqualTo("customer.address.lines[1]"));
    }

    @Test
    void the_dispatcher_fails_such_a_letter_with_the_reason_on_the_dispute_and_sends_nothing() {
        LocalDate today = LocalDate.of(2027, 1, 7);
        InMemoryDisputeRepository store = new InMemoryDisputeRepository();
        RecordingLetterSender sender = new RecordingLetterSender();
        DisputeServices amicable = new DisputeServices(store, store, new PdfLetterRenderer(Letters.pickupSettings(folder)),
                sender, Policies.defaults(), TestClock.on(today));
        Customer customer = new Customer("C-202", "𓀀𓀁 SARL", CustomerKind.BUSINESS, Optional.of("compta@client.example"),
                new PostalAddress(List.of("1 quai Branly"), "75007", "Paris", "FR"), Optional.empty(), Language.FR);
        DisputeId claim = amicable.openUnpaidClaim().openUnpaidClaim(new OpenUnpaidClaimUseCase.Command(customer,
                Invoices.invoiceDue(today.minusDays(10), "900.00"))).id();
        amicable.runEscalation().runEscalation(today);

        var report = amicable.dispatchLetters().dispatchLetters(10);

        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.sent()).isZero();
        assertThat(sender.sent()).isEmpty();
        Letter letter = amicable.viewDisputes().view(claim).letters().get(0);
        assertThat(letter.status()).isEqualTo(LetterStatus.FAILED);
        assertThat(letter.failure()).get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("customer.name", "U+13000", "U+13001", "not issued");
    }

    /** The glyph ids drawn, in drawing order, with the font whose name contains {@code font}. */
    private static List<Integer> glyphsDrawn(byte[] document, String font) throws IOException {
        List<Integer> glyphs = new ArrayList<>();
        try (PDDocument parsed = Loader.loadPDF(document)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void showGlyph(Matrix matrix, PDFont shown, int code, Vector displacement) throws IOException {
                    if (shown.getName().contains(font)) {
                        glyphs.add(code);
                    }
                    super.showGlyph(matrix, shown, code, displacement);
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(parsed);
        }
        // The name line is drawn first in bold; the glyphs up to its last are the first of the list.
        return glyphs;
    }

    /** The glyph of each character as the font's character map gives it, with no shaping. */
    private static List<Integer> cmapGlyphs(String file, String text) throws IOException, java.awt.FontFormatException {
        try (InputStream in = LetterFonts.class.getResourceAsStream("fonts/" + file)) {
            java.awt.Font font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in).deriveFont(10f);
            var vector = font.createGlyphVector(new FontRenderContext(new AffineTransform(), false, true), text);
            List<Integer> glyphs = new ArrayList<>();
            for (int glyph : vector.getGlyphCodes(0, vector.getNumGlyphs(), null)) {
                glyphs.add(glyph);
            }
            return glyphs;
        }
    }
}
