package org.amicable.dispute.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.model.PostalAddress;
import org.amicable.dispute.domain.model.Timeline;
import org.amicable.dispute.domain.model.RenderedLetter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PdfLetterRendererTest {

    @TempDir
    Path folder;

    private PdfLetterRenderer renderer() {
        return new PdfLetterRenderer(Letters.pickupSettings(folder));
    }

    static Stream<Arguments> everyKindInBothLanguages() {
        return Stream.of(Language.values()).flatMap(language -> Stream.of(Letters.business(language), Letters.consumer(language))
                .flatMap(customer -> Letters.everyKind(customer).stream().map(letter -> Arguments.of(letter.kind(), language,
                        customer.kind(), letter))));
    }

    @ParameterizedTest(name = "{0} in {1} to a {2}")
    @MethodSource("everyKindInBothLanguages")
    void every_kind_renders_in_both_languages_with_its_facts(Object kind, Language language, Object customerKind, Letter letter) {
        RenderedLetter rendered = renderer().render(letter);
        String pdf = PdfText.of(rendered.document());

        assertThat(rendered.subject()).isNotBlank().doesNotContain("{").doesNotContain("\n");
        // Collection letters are signed by collections, grievance letters by customer service.
        boolean grievance = java.util.EnumSet.of(LetterKind.GRIEVANCE_ACKNOWLEDGMENT, LetterKind.SETTLEMENT_PROPOSAL,
                LetterKind.AGREEMENT_CONFIRMATION, LetterKind.RESOLUTION_CONFIRMATION).contains(letter.kind());
        assertThat(pdf).contains("Boulangerie Dupain SAS", letter.recipient().name(),
                grievance ? "Paul Martin Service clients" : "Marie Durand Responsable du recouvrement");
        assertThat(pdf).contains(language == Language.FR ? "Fait à Lyon, le 7 janvier 2027" : "Lyon, 7 January 2027");
        assertThat(pdf).contains(language == Language.FR ? "Réf. : " : "Ref.: ",
                language == Language.FR ? "dossier n° " + Letters.CASE : "case no. " + Letters.CASE);
        assertThat(rendered.subject()).contains(Letters.CASE);
        // Every letter states the company's identity (Code de commerce, art. R123-237) in its footer.
        assertThat(pdf).contains("SAS", language == Language.FR ? "50 000,00 EUR" : "50,000.00 EUR",
                "RCS Lyon 552 100 554", "SIREN 552 100 554", "FR96552100554");
        assertThat(rendered.plainText()).doesNotContain("{").contains(letter.recipient().name());
        assertThat(rendered.html()).startsWith("<!DOCTYPE html>").doesNotContain("{");
        if (letter.recipient().kind() == org.amicable.dispute.domain.model.CustomerKind.CONSUMER) {
            // A line may break after the URL's hyphen.
            assertThat(pdf.replace("- ", "-")).contains("Médiateur du commerce", "https://www.mediateur-commerce.example");
        }
        assertThat(rendered.contentHash()).isEqualTo(Timeline.sha256Hex(rendered.document()));
    }

    @Test
    void a_formal_notice_to_a_business_says_mise_en_demeure_and_states_every_amount_in_french() {
        Letter letter = Letters.formalNotice(Letters.business(Language.FR));

        RenderedLetter rendered = renderer().render(letter);
        String pdf = PdfText.of(rendered.document());

        assertThat(rendered.subject()).contains("Mise en demeure").contains("F-2026-118");
        assertThat(pdf).contains("Mise en demeure de payer", "mettons en demeure",
                "facture n° F-2026-118 du 2 novembre 2026", "échue le 2 décembre 2026",
                "Principal restant dû 1 234,56 EUR", "Pénalités de retard", "18,20 EUR",
                "Indemnité forfaitaire pour frais de recouvrement", "40,00 EUR", "Total dû 1 292,76 EUR",
                "dans un délai de huit jours à compter de la réception de la présente lettre",
                "Taux annuel appliqué : 12,15 % (taux de refinancement de la Banque centrale européenne majoré de 10 points",
                "ce délai court à compter de sa première présentation", "article 1344 du Code civil",
                "juridiction compétente afin de recouvrer notre créance", "Lettre recommandée avec accusé de réception");
        assertThat(rendered.plainText()).contains("mettons en demeure", "1\u00A0292,76\u00A0EUR",
                "l'original vous parvient par lettre recommandée");
    }

    @Test
    void a_formal_notice_to_a_consumer_has_no_indemnity_and_names_the_consumer_mediator() {
        Letter letter = Letters.formalNotice(Letters.consumer(Language.FR));

        String pdf = PdfText.of(renderer().render(letter).document());

        assertThat(pdf).contains("mettons en demeure", "Total dû 1 234,56 EUR", "L111-8", "Médiateur du commerce")
                .doesNotContain("Indemnité forfaitaire", "40 EUR");
    }

    @Test
    void english_letters_format_amounts_and_dates_for_english_readers() {
        Letter letter = Letters.formalNotice(Letters.business(Language.EN));

        RenderedLetter rendered = renderer().render(letter);
        String pdf = PdfText.of(rendered.document());

        assertThat(rendered.subject()).startsWith("Formal notice to pay (mise en demeure)");
        assertThat(pdf).doesNotContain("15 January 2027");
        assertThat(pdf).contains("Total due 1,292.76 EUR", "within eight days of your receipt of this letter",
                "competent court", "40.00 EUR",
                "invoice no. F-2026-118 of 2 November 2026");
    }

    @Test
    void a_settlement_proposal_states_remedy_amount_answer_by_and_resolve_by() {
        Letter letter = Letters.everyKind(Letters.consumer(Language.FR)).get(6);

        String pdf = PdfText.of(renderer().render(letter).document());

        assertThat(pdf).contains("un remboursement", "Montant : 89,90 EUR", "au plus tard le 21 janvier 2027",
                "au plus tard le 1er février 2027", "Remboursement intégral par virement.");
    }

    @Test
    void the_same_letter_renders_to_the_same_bytes() {
        Letter letter = Letters.formalNotice(Letters.business(Language.FR));

        RenderedLetter first = renderer().render(letter);
        RenderedLetter second = new PdfLetterRenderer(Letters.pickupSettings(folder)).render(letter);

        assertThat(second.document()).isEqualTo(first.document());
        assertThat(second.contentHash()).isEqualTo(first.contentHash()).hasSize(64);
        String raw = new String(first.document(), StandardCharsets.ISO_8859_1);
        assertThat(raw).contains("/CreationDate(D:20270107000000Z)").contains("/ModDate(D:20270107000000Z)");
    }

    /** A customer whose name and address need Arabic, Hebrew, Greek and Cyrillic, with an emoji and a bidi override. */
    static Customer worldwide(Language language) {
        return new Customer("C-077", "عبد الله Кузнецова Παπαδόπουλος כהן 😀 \u202Eevil\u202C", CustomerKind.CONSUMER,
                Optional.of("abd@mail.example"),
                new PostalAddress(List.of("شارع الملك فيصل ١٢", "רחוב הרצל 5", "Οδός Ερμού 7"), "101000", "Москва", "RU"),
                Optional.empty(), language);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void names_and_addresses_in_arabic_hebrew_greek_and_cyrillic_are_drawn_not_question_marks(Object kind, Letter letter) {
        RenderedLetter rendered = renderer().render(letter);
        String pdf = PdfText.of(rendered.document());

        // pdfbox may give a right-to-left run in either order: the letters are checked, not the words.
        assertThat(pdf).contains("Кузнецова", "Παπαδόπουλος", "Москва", "Οδός Ερμού 7", "Boulangerie Dupain SAS")
                .doesNotContain("?");
        PdfText.assertHasWords(pdf, Character.UnicodeScript.ARABIC, "عبد", "الله", "شارع", "الملك", "فيصل");
        PdfText.assertHasWords(pdf, Character.UnicodeScript.HEBREW, "כהן", "רחוב", "הרצל");
        // The smiley is in DejaVu Sans. The override is dropped: "evil" reads as written. (pdfbox reads the
        // name's line as right to left, since its first letters are Arabic, and gives the smiley's two UTF-16
        // halves swapped.)
        assertThat(pdf.replace("\uDE00\uD83D", "😀")).contains("😀", "evil").doesNotContain("\u202E", "live", "\uFFFD");
        assertThat(rendered.plainText()).contains(letter.recipient().name());
    }

    static Stream<Arguments> kinds() {
        return Letters.everyKind(worldwide(Language.FR)).stream().map(letter -> Arguments.of(letter.kind(), letter));
    }

    @Test
    void a_letter_in_several_scripts_renders_to_the_same_bytes_with_small_embedded_font_subsets() {
        Letter letter = Letters.grievanceAcknowledgment(worldwide(Language.EN), "Свежий хлеб 🍞 était moisi — שלום");

        byte[] first = renderer().render(letter).document();
        byte[] second = new PdfLetterRenderer(Letters.pickupSettings(folder)).render(letter).document();

        assertThat(second).isEqualTo(first);
        String raw = new String(first, StandardCharsets.ISO_8859_1);
        assertThat(raw).contains("/BaseFont/AAAAAA+DejaVuSans", "/BaseFont/BBBBBB+DejaVuSans-Bold", "/FontFile2")
                .doesNotContain("/Helvetica");
        // Subsets, not the two whole fonts (about 1.4 MB), with the unused glyphs' metrics blanked.
        assertThat(first.length).isLessThan(32 * 1024);
    }

    @Test
    void the_embedded_fonts_keep_the_widths_of_every_glyph_drawn_spaces_included() throws IOException {
        Letter letter = Letters.grievanceAcknowledgment(worldwide(Language.FR), "Свежий хлеб\u00A0était moisi — שלום");

        try (PDDocument document = Loader.loadPDF(renderer().render(letter).document())) {
            PDResources resources = document.getPage(0).getResources();
            int fonts = 0;
            for (COSName name : resources.getFontNames()) {
                PDCIDFont font = ((PDType0Font) resources.getFont(name)).getDescendantFont();
                int checked = 0;
                for (int code = 0; code < 7000; code++) {
                    if (font.hasExplicitWidth(code)) {
                        assertThat(font.getWidthFromFont(code)).as("%s glyph %d", font.getName(), code)
                                .isCloseTo(font.getWidth(code), org.assertj.core.api.Assertions.within(1f));
                        checked++;
                    }
                }
                assertThat(checked).isGreaterThan(20);
                fonts++;
            }
            assertThat(fonts).isEqualTo(2);
        }
    }

    @Test
    void a_long_letter_flows_onto_a_second_page_and_ends_with_the_signature() throws IOException {
        Letter letter = Letters.grievanceAcknowledgment(Letters.consumer(Language.FR), "début " + "très long ".repeat(800));

        byte[] pdf = renderer().render(letter).document();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
        }
        assertThat(PdfText.of(pdf)).contains("début très long", "Paul Martin Service clients Boulangerie Dupain SAS")
                .endsWith("3 place du Marché, 69002 Lyon ");
    }

    @Test
    void two_letters_with_the_same_facts_but_different_ids_have_different_document_ids() {
        Letter letter = Letters.formalNotice(Letters.business(Language.FR));
        Letter twin = Letters.formalNotice(Letters.business(Language.FR));

        assertThat(renderer().render(twin).contentHash()).isNotEqualTo(renderer().render(letter).contentHash());
    }

    @Test
    void an_operator_overrides_a_template_from_the_configured_folder() throws IOException {
        Path templates = Files.createDirectories(folder.resolve("templates"));
        Files.writeString(templates.resolve("letters_fr.properties"),
                "letter.closing=Bien cordialement.\nletter.greeting=Chère cliente, cher client,\n", StandardCharsets.UTF_8);
        PdfLetterRenderer renderer = new PdfLetterRenderer(Letters.pickupSettings(folder).withTemplateFolder(templates));

        String french = PdfText.of(renderer.render(Letters.formalNotice(Letters.business(Language.FR))).document());
        String english = PdfText.of(renderer.render(Letters.formalNotice(Letters.business(Language.EN))).document());

        assertThat(french).contains("Chère cliente, cher client,", "Bien cordialement.", "mettons en demeure")
                .doesNotContain("Madame, Monsieur,");
        assertThat(english).contains("Dear Sir or Madam,");
    }

    @Test
    void an_override_with_an_unknown_placeholder_is_refused_before_any_letter_is_rendered() throws IOException {
        Path templates = Files.createDirectories(folder.resolve("templates"));
        Files.writeString(templates.resolve("letters_fr.properties"), "letter.closing=Cordialement, {signature}\n",
                StandardCharsets.UTF_8);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PdfLetterRenderer(Letters.pickupSettings(folder).withTemplateFolder(templates)))
                .withMessageContaining("letters_fr.properties").withMessageContaining("letter.closing")
                .withMessageContaining("{signature}");
    }

    @Test
    void both_languages_have_the_same_template_keys() {
        LetterTemplates templates = new LetterTemplates(java.util.Optional.empty());

        assertThat(templates.keys(Language.EN).keySet()).isEqualTo(templates.keys(Language.FR).keySet());
    }

    @Test
    void a_template_using_an_unknown_placeholder_fails_instead_of_printing_it() {
        LetterTemplates templates = new LetterTemplates(java.util.Optional.empty());

        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> templates.fill(Language.FR, "letter.placeAndDate", java.util.Map.of("place", "Lyon")))
                .withMessageContaining("{date}");
    }

    @Test
    void dates_in_french_use_1er_for_the_first_of_the_month() {
        assertThat(new LetterFormat(Language.FR).date(java.time.LocalDate.of(2027, 2, 1))).isEqualTo("1er\u00A0février 2027");
        assertThat(new LetterFormat(Language.EN).money(org.amicable.dispute.domain.model.Money.of("1234567.5", "EUR")))
                .isEqualTo("1,234,567.50\u00A0EUR");
        assertThat(new LetterFormat(Language.FR).money(org.amicable.dispute.domain.model.Money.of("1234567", "JPY")))
                .isEqualTo("1\u00A0234\u00A0567\u00A0JPY");
    }

    static List<Customer> customers() {
        return List.of(Letters.business(Language.FR), Letters.consumer(Language.EN));
    }
}
