package org.amicable.dispute.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterChannel;
import org.amicable.dispute.domain.model.LetterContent;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.model.PostalAddress;
import org.amicable.dispute.domain.port.out.LetterSender.SendResult;
import org.amicable.dispute.domain.model.RenderedLetter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmtpLetterSenderTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private MailSettings settings() {
        return Letters.smtpSettings(GREEN_MAIL.getSmtp().getPort()).withReplyTo("reponses@dupain.example");
    }

    @Test
    void every_kind_of_letter_in_both_languages_arrives_with_its_alternatives_and_its_pdf() throws Exception {
        PdfLetterRenderer renderer = new PdfLetterRenderer(settings());
        List<Letter> letters = new ArrayList<>();
        for (Language language : Language.values()) {
            letters.addAll(Letters.everyKind(Letters.business(language)));
            letters.addAll(Letters.everyKind(Letters.consumer(language)));
        }
        List<RenderedLetter> rendered = letters.stream().map(renderer::render).toList();

        List<SendResult> results = new SmtpLetterSender(settings()).send(rendered);

        assertThat(results).hasSize(rendered.size()).allSatisfy(result -> assertThat(result).isInstanceOf(SendResult.Sent.class));
        MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
        assertThat(received).hasSize(rendered.size());
        java.util.Map<String, MimeMessage> byLetter = new java.util.HashMap<>();
        for (MimeMessage message : received) {
            byLetter.put(message.getHeader(MimeLetters.LETTER_ID_HEADER)[0], message);
        }
        for (int i = 0; i < rendered.size(); i++) {
            RenderedLetter sent = rendered.get(i);
            MimeMessage message = byLetter.get(sent.letter().id().toString());
            Letter letter = sent.letter();
            assertThat(message.getSubject()).isEqualTo(sent.subject());
            assertThat(message.getMessageID()).isEqualTo("<" + letter.id() + "@dupain.example>")
                    .isEqualTo(((SendResult.Sent) results.get(i)).messageId());
            // The email kept as evidence is the message the server received.
            MimeMessage kept = new MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()),
                    new java.io.ByteArrayInputStream(((SendResult.Sent) results.get(i)).email().orElseThrow()));
            assertThat(kept.getMessageID()).isEqualTo(message.getMessageID());
            assertThat(kept.getSubject()).isEqualTo(message.getSubject());
            assertThat(new Mails(kept).pdf).isEqualTo(new Mails(message).pdf).isEqualTo(sent.document());
            assertThat(message.getHeader(MimeLetters.LETTER_ID_HEADER)[0]).isEqualTo(letter.id().toString());
            assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("litiges@dupain.example");
            assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("Boulangerie Dupain SAS");
            assertThat(((InternetAddress) message.getReplyTo()[0]).getAddress()).isEqualTo("reponses@dupain.example");
            Address to = message.getRecipients(MimeMessage.RecipientType.TO)[0];
            assertThat(((InternetAddress) to).getAddress()).isEqualTo(letter.recipient().email().orElseThrow());
            assertThat(((InternetAddress) to).getPersonal()).isEqualTo(letter.recipient().name());

            Mails parts = new Mails(message);
            assertThat(parts.plain).contains(letter.recipient().name());
            assertThat(parts.html).contains("<p>");
            assertThat(parts.pdf).isEqualTo(sent.document());
            assertThat(parts.pdfName).endsWith(letter.id() + ".pdf");
            String pdf = PdfText.of(parts.pdf);
            assertThat(pdf).contains(letter.language() == Language.FR ? "7 janvier 2027" : "7 January 2027");
            if (letter.kind() == LetterKind.FORMAL_NOTICE) {
                assertThat(message.getSubject()).containsIgnoringCase("mise en demeure");
                assertThat(pdf).containsIgnoringCase("mise en demeure")
                        .contains(letter.language() == Language.FR ? "huit jours" : "eight days");
                assertThat(pdf).contains(letter.language() == Language.FR ? "1 234,56 EUR" : "1,234.56 EUR");
                if (letter.recipient().kind() == CustomerKind.BUSINESS) {
                    assertThat(pdf).contains("40 EUR").contains(letter.language() == Language.FR ? "1 292,76 EUR" : "1,292.76 EUR");
                }
            }
            if (letter.channel() == LetterChannel.REGISTERED_POST) {
                assertThat(parts.plain).contains(letter.language() == Language.FR ? "lettre recommandée" : "registered post");
            }
        }
    }

    @Test
    void hostile_values_cannot_break_headers_inject_html_or_template_syntax() throws Exception {
        String hostile = "<script>alert('x')</script> {total} ${jndi:ldap://x} {{7*7}} &amp;\r\nBcc: victim@evil.example\n"
                + "Subject: injected\r\n\r\nבקשה שלום مرحبا 😀🧾 " + "très long ".repeat(800);
        Customer customer = new Customer("C-666", "Ahmad ‮evil‬ عبد الله 😀 <b>Bold</b>", CustomerKind.CONSUMER,
                Optional.of("victim@mail.example"), new PostalAddress(List.of("1 rue <i>x</i> {date}"), "75001", "Paris", "FR"),
                Optional.empty(), Language.FR);
        Letter grievance = Letters.grievanceAcknowledgment(customer, hostile);
        Letter mediation = Letters.letter(LetterKind.MEDIATION_REFERRAL, customer, LetterChannel.EMAIL,
                new LetterContent.MediationReferral(Optional.empty(), "Médiateur\r\nBcc: victim2@evil.example {reference}",
                        Optional.empty()));
        PdfLetterRenderer renderer = new PdfLetterRenderer(settings());
        List<RenderedLetter> rendered = List.of(renderer.render(grievance), renderer.render(mediation));

        List<SendResult> results = new SmtpLetterSender(settings()).send(rendered);

        assertThat(results).allSatisfy(result -> assertThat(result).isInstanceOf(SendResult.Sent.class));
        MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
        assertThat(received).hasSize(2);
        for (MimeMessage message : received) {
            assertThat(message.getAllRecipients()).hasSize(1);
            assertThat(message.getHeader("Bcc")).isNull();
            assertThat(message.getSubject()).doesNotContain("\r").doesNotContain("\n").isNotEqualTo("injected");
            Mails parts = new Mails(message);
            assertThat(parts.html).doesNotContain("<script>").doesNotContain("<b>Bold").doesNotContain("<i>x");
            assertThat(parts.pdf).isNotEmpty();
        }
        assertThat(GREEN_MAIL.getReceivedMessagesForDomain("evil.example")).isEmpty();
        if (!received[0].getHeader(MimeLetters.LETTER_ID_HEADER)[0].equals(grievance.id().toString())) {
            received = new MimeMessage[] {received[1], received[0]};
        }
        assertThat(((InternetAddress) received[0].getRecipients(MimeMessage.RecipientType.TO)[0]).getPersonal())
                .isEqualTo(customer.name());

        Mails grievanceParts = new Mails(received[0]);
        assertThat(grievanceParts.html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&amp;amp;",
                "{total}", "${jndi:ldap://x}", "{{7*7}}", "שלום", "مرحبا", "😀🧾", "&lt;b&gt;Bold&lt;/b&gt;");
        // The placeholder-looking text is printed as written, never replaced by a value.
        assertThat(grievanceParts.plain).contains("{total}").doesNotContain("1 234,56 EUR {total}");
        assertThat(grievanceParts.plain).contains("Bcc: victim@evil.example");
        String pdf = PdfText.of(grievanceParts.pdf);
        assertThat(pdf).contains("<script>alert('x')</script>", "{total}", "{{7*7}}", "très long");
        // Drawn in the PDF's font, not as '?': the Arabic and Hebrew of the name and the description; the
        // emoji the font lacks (🧾) as U+FFFD; the bidi override dropped, so "evil" is not shown reversed.
        assertThat(pdf).doesNotContain("?", "\u202E", "live").contains("evil", "\uFFFD");
        PdfText.assertHasWords(pdf, Character.UnicodeScript.ARABIC, "عبد", "الله", "مرحبا");
        PdfText.assertHasWords(pdf, Character.UnicodeScript.HEBREW, "בקשה", "שלום");
        assertThat(received[1].getSubject()).contains("Médiateur Bcc: victim2@evil.example {reference}");
        assertThat(new Mails(received[1]).plain).contains("{reference}");
    }

    @Test
    void a_letter_sent_again_keeps_its_message_id() throws Exception {
        RenderedLetter rendered = new PdfLetterRenderer(settings()).render(Letters.formalNotice(Letters.business(Language.EN)));
        SmtpLetterSender sender = new SmtpLetterSender(settings());

        sender.send(List.of(rendered));
        sender.send(List.of(rendered));

        MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[1].getMessageID()).isEqualTo(received[0].getMessageID());
    }
}
