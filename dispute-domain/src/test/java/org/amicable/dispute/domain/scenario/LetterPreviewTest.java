package org.amicable.dispute.domain.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amicable.dispute.domain.fixtures.TestClock;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.InvalidValueException;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterChannel;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.port.in.PreviewLetterUseCase;
import org.amicable.dispute.domain.port.in.PreviewLetterUseCase.Command;
import org.amicable.dispute.domain.model.RenderedLetter;
import org.amicable.dispute.domain.inmemory.PlainTextLetterRenderer;
import org.amicable.dispute.domain.service.DisputeServices;
import org.junit.jupiter.api.Test;

/** Whoever edits the wording previews any kind of letter on sample facts dated today, with no dispute. */
class LetterPreviewTest {

    private final List<Letter> previewed = new ArrayList<>();
    private final PreviewLetterUseCase previews = DisputeServices.previewLetter(letter -> {
        previewed.add(letter);
        return new PlainTextLetterRenderer().render(letter);
    }, TestClock.on("2027-01-07"));

    @Test
    void every_kind_previews_on_sample_facts_dated_today_in_the_language_asked() {
        for (LetterKind kind : LetterKind.values()) {
            RenderedLetter rendered = previews.previewLetter(new Command(kind, Language.EN, CustomerKind.CONSUMER, Optional.empty()));

            Letter letter = rendered.letter();
            assertThat(letter.kind()).isEqualTo(kind);
            assertThat(letter.language()).isEqualTo(Language.EN);
            assertThat(letter.recipient().kind()).isEqualTo(CustomerKind.CONSUMER);
            assertThat(letter.issuedOn()).isEqualTo(LocalDate.of(2027, 1, 7));
        }
        assertThat(previewed).extracting(Letter::channel).contains(LetterChannel.REGISTERED_POST, LetterChannel.EMAIL);
    }

    @Test
    void a_name_given_is_printed_instead_of_the_sample_one() {
        RenderedLetter rendered = previews.previewLetter(new Command(LetterKind.FORMAL_NOTICE, Language.FR,
                CustomerKind.BUSINESS, Optional.of("{amount} SARL")));

        assertThat(rendered.letter().recipient().name()).isEqualTo("{amount} SARL");
        assertThat(new String(rendered.document(), StandardCharsets.UTF_8)).contains("{amount} SARL");
    }

    @Test
    void a_blank_or_multi_line_name_is_refused_naming_the_field() {
        assertThatThrownBy(() -> new Command(LetterKind.FORMAL_NOTICE, Language.FR, CustomerKind.BUSINESS, Optional.of(" ")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("customerName"));
        assertThatThrownBy(() -> new Command(LetterKind.FORMAL_NOTICE, Language.FR, CustomerKind.BUSINESS,
                Optional.of("a\nb"))).isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("customerName"));
    }
}
