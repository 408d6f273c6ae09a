package org.amicable.dispute.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.port.out.LetterSender;
import org.amicable.dispute.domain.port.out.LetterSender.SendResult;
import org.amicable.dispute.domain.model.RenderedLetter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PickupFolderLetterSenderTest {

    @TempDir
    Path folder;

    private final Clock clock = Clock.fixed(Instant.parse("2027-01-07T09:30:00Z"), ZoneOffset.UTC);

    @Test
    void each_letter_becomes_a_complete_eml_file_named_by_its_id_and_readable_by_jakarta_mail() throws Exception {
        MailSettings settings = Letters.pickupSettings(folder);
        List<RenderedLetter> rendered = Letters.everyKind(Letters.business(Language.FR)).stream()
                .map(new PdfLetterRenderer(settings)::render).toList();
        LetterSender sender = MailAdapter.sender(settings, clock);

        List<SendResult> results = sender.send(rendered);

        assertThat(sender).isInstanceOf(PickupFolderLetterSender.class);
        assertThat(results).allSatisfy(result -> assertThat(result).isInstanceOf(SendResult.Sent.class));
        for (RenderedLetter letter : rendered) {
            Path eml = folder.resolve(letter.letter().id() + ".eml");
            assertThat(eml).isRegularFile();
            MimeMessage message;
            try (InputStream in = Files.newInputStream(eml)) {
                message = new MimeMessage(Session.getInstance(new Properties()), in);
            }
            assertThat(message.getSubject()).isEqualTo(letter.subject());
            assertThat(message.getMessageID()).isEqualTo("<" + letter.letter().id() + "@dupain.example>");
            assertThat(message.getSentDate().toInstant()).isEqualTo(clock.instant());
            assertThat(new Mails(message).pdf).isEqualTo(letter.document());
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .allMatch(name -> name.endsWith(".eml") || name.equals("print"))
                    .noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void a_registered_letter_sent_again_is_never_printed_twice_even_after_the_printer_took_the_first_copy()
            throws Exception {
        MailSettings settings = Letters.pickupSettings(folder);
        Letter notice = Letters.formalNotice(Letters.business(Language.FR));
        RenderedLetter rendered = new PdfLetterRenderer(settings).render(notice);
        PickupFolderLetterSender sender = new PickupFolderLetterSender(settings, clock);
        Path printed = folder.resolve("print").resolve(notice.id() + ".pdf");

        assertThat(sender.send(List.of(rendered)).get(0)).isInstanceOf(SendResult.Sent.class);
        assertThat(printed).hasBinaryContent(rendered.document());
        Files.delete(printed);
        // Sent again, as after a crash between sending and recording it.
        assertThat(sender.send(List.of(rendered)).get(0)).isInstanceOf(SendResult.Sent.class);

        assertThat(printed).as("not dropped a second time").doesNotExist();
        assertThat(folder.resolve(notice.id() + ".eml")).isRegularFile();
    }

    @Test
    void the_email_kept_as_evidence_is_byte_for_byte_the_message_dropped_in_the_folder() throws Exception {
        MailSettings settings = Letters.pickupSettings(folder);
        RenderedLetter rendered = new PdfLetterRenderer(settings).render(Letters.formalNotice(Letters.business(Language.FR)));

        SendResult result = new PickupFolderLetterSender(settings, clock).send(List.of(rendered)).get(0);

        assertThat(result).isInstanceOfSatisfying(SendResult.Sent.class, sent -> assertThat(sent.email())
                .hasValueSatisfying(email -> assertThat(folder.resolve(rendered.letter().id() + ".eml")).hasBinaryContent(email)));
    }

    @Test
    void a_registered_letter_is_dropped_as_a_pdf_for_printing_and_a_copy_goes_by_email() throws Exception {
        MailSettings settings = Letters.pickupSettings(folder);
        Letter notice = Letters.formalNotice(Letters.business(Language.FR));
        RenderedLetter rendered = new PdfLetterRenderer(settings).render(notice);

        List<SendResult> results = new PickupFolderLetterSender(settings, clock).send(List.of(rendered));

        assertThat(results.get(0)).isInstanceOf(SendResult.Sent.class);
        assertThat(folder.resolve("print").resolve(notice.id() + ".pdf")).hasBinaryContent(rendered.document());
        Mails copy;
        try (InputStream in = Files.newInputStream(folder.resolve(notice.id() + ".eml"))) {
            copy = new Mails(new MimeMessage(Session.getInstance(new Properties()), in));
        }
        assertThat(copy.plain).contains("l'original vous parvient par lettre recommandée avec accusé de réception");
    }

    @Test
    void a_registered_letter_to_a_customer_without_email_is_only_printed() throws IOException {
        Customer base = Letters.business(Language.FR);
        Customer noEmail = new Customer(base.reference(), base.name(), base.kind(), Optional.empty(), base.address(),
                base.phone(), base.language());
        MailSettings settings = Letters.pickupSettings(folder);
        Letter notice = Letters.formalNotice(noEmail);

        List<SendResult> results = new PickupFolderLetterSender(settings, clock)
                .send(List.of(new PdfLetterRenderer(settings).render(notice)));

        assertThat(results.get(0)).isInstanceOf(SendResult.Sent.class);
        assertThat(folder.resolve("print").resolve(notice.id() + ".pdf")).isRegularFile();
        assertThat(folder.resolve(notice.id() + ".eml")).doesNotExist();
    }

    @Test
    void sending_again_replaces_the_file_with_the_same_message() throws Exception {
        MailSettings settings = Letters.pickupSettings(folder);
        RenderedLetter rendered = new PdfLetterRenderer(settings).render(
                Letters.grievanceAcknowledgment(Letters.consumer(Language.EN), "Broken item."));
        PickupFolderLetterSender sender = new PickupFolderLetterSender(settings, clock);

        sender.send(List.of(rendered));
        byte[] first = Files.readAllBytes(folder.resolve(rendered.letter().id() + ".eml"));
        sender.send(List.of(rendered));

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.filter(path -> path.toString().endsWith(".eml"))).hasSize(1);
        }
        String again = Files.readString(folder.resolve(rendered.letter().id() + ".eml"));
        assertThat(again).contains("Message-ID: <" + rendered.letter().id() + "@dupain.example>");
        assertThat(first.length).isPositive();
    }

    @Test
    void an_unwritable_pickup_folder_is_a_transient_failure() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("file"), "x");
        MailSettings settings = Letters.pickupSettings(notAFolder);
        RenderedLetter rendered = new PdfLetterRenderer(settings).render(
                Letters.grievanceAcknowledgment(Letters.consumer(Language.EN), "Broken item."));

        List<SendResult> results = new PickupFolderLetterSender(settings, clock).send(List.of(rendered));

        assertThat(results.get(0)).isInstanceOf(SendResult.TransientFailure.class);
    }
}
