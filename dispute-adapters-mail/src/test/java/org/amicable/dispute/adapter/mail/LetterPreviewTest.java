package org.amicable.dispute.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.amicable.dispute.domain.fixtures.TestClock;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.InvalidCommandException;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.port.in.PreviewLetterUseCase;
import org.amicable.dispute.domain.port.in.PreviewLetterUseCase.Command;
import org.amicable.dispute.domain.service.DisputeServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whoever edits the wording sees it at once on sample facts; values stay values; a broken edit is named. */
class LetterPreviewTest {

    @TempDir
    Path folder;

    private MailSettings settings() {
        return Letters.pickupSettings(folder).withTemplateFolder(folder.resolve("templates"));
    }

    private PreviewLetterUseCase previews() {
        return DisputeServices.previewLetter(MailAdapter.preview(settings()), TestClock.on("2027-01-07"));
    }

    private String preview(LetterKind kind, Language language, CustomerKind customer, Optional<String> name) {
        return PdfText.of(previews().previewLetter(new Command(kind, language, customer, name)).document());
    }

    private void edit(String file, String properties) throws IOException {
        Files.createDirectories(folder.resolve("templates"));
        Files.writeString(folder.resolve("templates").resolve(file), properties, StandardCharsets.UTF_8);
    }

    @Test
    void every_kind_of_letter_previews_in_both_languages_on_the_sample_facts() {
        for (LetterKind kind : LetterKind.values()) {
            for (Language language : Language.values()) {
                for (CustomerKind customer : CustomerKind.values()) {
                    String text = preview(kind, language, customer, Optional.empty());

                    assertThat(text).as("%s %s %s", kind, language, customer)
                            .contains(customer == CustomerKind.BUSINESS ? "Épicerie Martin SARL" : "Jeanne Petit")
                            .contains("F-2026-0118", "Boulangerie Dupain SAS");
                }
            }
        }
        assertThat(preview(LetterKind.FORMAL_NOTICE, Language.FR, CustomerKind.BUSINESS, Optional.empty()))
                .contains("Mise en demeure", "1 234,56 EUR", "huit jours");
    }

    @Test
    void a_value_that_looks_like_a_placeholder_is_printed_as_it_is_never_filled() {
        String name = "{amount} {total} ${jndi:ldap://x} {{7*7}} SARL";

        String text = preview(LetterKind.FORMAL_NOTICE, Language.FR, CustomerKind.BUSINESS, Optional.of(name));

        assertThat(text).contains("Lyon " + name + " 12 rue des Lilas").doesNotContain("1 234,56 EUR 1 286,89 EUR");
    }

    @Test
    void an_edited_template_shows_in_the_next_preview_while_letters_keep_the_wording_read_at_start() throws IOException {
        PdfLetterRenderer started = new PdfLetterRenderer(settings());
        edit("letters_fr.properties", "formalNotice.subject=Dernier avis avant poursuites : facture {invoice}\n");

        String text = preview(LetterKind.FORMAL_NOTICE, Language.FR, CustomerKind.BUSINESS, Optional.empty());

        assertThat(text).contains("Dernier avis avant poursuites : facture F-2026-0118");
        assertThat(PdfText.of(started.render(Letters.formalNotice(Letters.business(Language.FR))).document()))
                .doesNotContain("Dernier avis");
    }

    @Test
    void an_edited_template_with_a_value_it_is_not_given_is_named_by_file_key_and_placeholder() throws IOException {
        edit("letters_en.properties", "formalNotice.subject=Final notice: {invoice}, pay {ammount}\n");

        assertThatThrownBy(() -> preview(LetterKind.FORMAL_NOTICE, Language.EN, CustomerKind.BUSINESS, Optional.empty()))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> {
                    assertThat(e.field()).isEqualTo("amicable.mail.template-folder");
                    assertThat(e.getMessage()).contains("letters_en.properties", "formalNotice.subject", "{ammount}",
                            "{invoice}");
                });
        // The same edit stops the application at start rather than failing letters later.
        assertThatThrownBy(() -> new PdfLetterRenderer(settings())).hasMessageStartingWith("mail.template-folder: ")
                .hasMessageContaining("formalNotice.subject");
    }

    @Test
    void an_edited_key_that_is_not_a_key_of_the_wording_is_refused() throws IOException {
        edit("letters_fr.properties", "formalNotice.subjet=Mise en demeure\n");

        assertThatThrownBy(() -> preview(LetterKind.FORMAL_NOTICE, Language.FR, CustomerKind.BUSINESS, Optional.empty()))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("formalNotice.subjet", "not a key");
    }
}
