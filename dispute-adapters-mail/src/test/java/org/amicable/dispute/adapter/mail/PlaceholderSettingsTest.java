package org.amicable.dispute.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.port.out.LetterSender;
import org.amicable.dispute.domain.port.out.LetterSender.SendResult;
import org.amicable.dispute.domain.model.RenderedLetter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A consumer letter never goes out naming a mediator or a company that is still "à configurer". */
class PlaceholderSettingsTest {

    @TempDir
    Path folder;

    private final Clock clock = Clock.fixed(Instant.parse("2027-01-07T09:30:00Z"), ZoneOffset.UTC);

    private static MailSettings.Company withMediator(String mediator) {
        MailSettings.Company c = Letters.company();
        return new MailSettings.Company(c.name(), c.addressLines(), c.place(), c.signatory(), mediator,
                c.mediatorWebsite(), c.identity(), c.payment(), c.customerService());
    }

    @Test
    void a_mediator_still_to_be_configured_is_a_placeholder_and_a_real_one_is_not() {
        assertThat(withMediator("Médiateur de la consommation (à configurer)").placeholders())
                .containsExactly("company.mediator-name");
        assertThat(Letters.company().placeholders()).isEmpty();
    }

    @Test
    void letters_to_consumers_are_held_with_the_reason_while_letters_to_businesses_go_out() {
        MailSettings settings = MailSettings.pickup(folder, "litiges@dupain.example",
                withMediator("Médiateur de la consommation (à configurer)"));
        PdfLetterRenderer renderer = new PdfLetterRenderer(settings);
        RenderedLetter toConsumer = renderer.render(Letters.formalNotice(Letters.consumer(Language.FR)));
        RenderedLetter toBusiness = renderer.render(Letters.formalNotice(Letters.business(Language.FR)));
        LetterSender sender = MailAdapter.sender(settings, clock);

        List<SendResult> results = sender.send(List.of(toConsumer, toBusiness));

        assertThat(results.get(0)).isInstanceOfSatisfying(SendResult.TransientFailure.class, held -> {
            assertThat(held.letterId()).isEqualTo(toConsumer.letter().id());
            assertThat(held.reply()).startsWith("held:").contains("amicable.company.mediator-name");
        });
        assertThat(results.get(1)).isInstanceOf(SendResult.Sent.class);
        assertThat(folder.resolve(toConsumer.letter().id() + ".eml")).doesNotExist();
        assertThat(folder.resolve(toBusiness.letter().id() + ".eml")).isRegularFile();
    }

    @Test
    void with_every_setting_real_consumer_letters_go_out() {
        MailSettings settings = Letters.pickupSettings(folder);
        RenderedLetter toConsumer = new PdfLetterRenderer(settings).render(Letters.formalNotice(Letters.consumer(Language.FR)));

        assertThat(MailAdapter.sender(settings, clock).send(List.of(toConsumer)))
                .singleElement().isInstanceOf(SendResult.Sent.class);
    }
}
