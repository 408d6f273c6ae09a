package org.amicable.dispute.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.amicable.dispute.domain.inmemory.InMemoryDisputeRepository;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.KeptDocument;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.PostalAddress;
import org.amicable.dispute.domain.policy.EscalationPolicy;
import org.amicable.dispute.domain.policy.LegalRates;
import org.amicable.dispute.domain.policy.RateTable;
import org.amicable.dispute.domain.port.in.DispatchLettersUseCase;
import org.amicable.dispute.domain.port.in.DisputeView;
import org.amicable.dispute.domain.port.in.OpenUnpaidClaimUseCase;
import org.amicable.dispute.domain.port.in.SentDocument;
import org.amicable.dispute.domain.service.DisputeServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example of docs/LIBRARY.md that sends the first reminder as the product does: the real PDF of the
 * mail adapter, dropped as an .eml file. DocumentedExamplesTest, in the domain, checks that the guide's
 * block is this method's body.
 */
class LibraryGuideMailTest {

    @TempDir
    Path outbox;

    @Test
    void open_a_claim_dispatch_its_reminder_and_read_the_real_pdf() throws IOException {
        Clock clock = Clock.fixed(ZonedDateTime.of(2026, 2, 5, 9, 0, 0, 0, ZoneId.of("Europe/Paris")).toInstant(),
                ZoneId.of("Europe/Paris"));
        EscalationPolicy policy = EscalationPolicy.defaults(LegalRates.of(
                RateTable.constant("ECB refinancing rate", LocalDate.of(2025, 6, 11), "2.15"),
                RateTable.constant("legal interest rate", LocalDate.of(2026, 1, 1), "6.67")));

        // Who writes the letters, with what every business letter must state; checked when built.
        MailSettings.Company company = new MailSettings.Company("Boulangerie Dupain SAS",
                List.of("3 place du Marché", "69002 Lyon"), "Lyon",
                new MailSettings.Signatory("Marie Durand", "Responsable du recouvrement"),
                "Médiateur du commerce", "https://www.mediateur-commerce.example",
                new MailSettings.LegalIdentity("SAS", new BigDecimal("50000"), "Lyon", "552 100 554",
                        Optional.of("FR96552100554")),
                new MailSettings.Payment("Boulangerie Dupain SAS", "FR76 3000 6000 0112 3456 7890 189", "AGRIFRPP",
                        Optional.empty()),
                new MailSettings.Signatory("Paul Martin", "Service clients"));
        // No SMTP host: each message is dropped as an .eml file in the pickup folder.
        MailSettings mail = MailSettings.pickup(outbox, "litiges@dupain.example", company);

        InMemoryDisputeRepository store = new InMemoryDisputeRepository();
        DisputeServices amicable = new DisputeServices(store, store, MailAdapter.renderer(mail),
                MailAdapter.sender(mail, clock), policy, clock);

        Customer customer = Customer.business("B-042", "Boulangerie Martin SARL")
                .email("compta@boulangerie-martin.fr")
                .address(new PostalAddress(List.of("12 rue de la Paix"), "75002", "Paris", "FR"))
                .language(Language.FR)
                .build();
        DisputeView claim = amicable.openUnpaidClaim().openUnpaidClaim(new OpenUnpaidClaimUseCase.Command(customer,
                new Invoice("F-2026-0042", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), Money.euros("1200.00"))));
        amicable.runEscalation().runEscalation(LocalDate.of(2026, 2, 5));

        // The escalation issued the reminder; dispatching renders it and hands it to the sender.
        DispatchLettersUseCase.DispatchReport report = amicable.dispatchLetters().dispatchLetters(10);
        assertThat(report.sent()).isEqualTo(1);

        // The PDF kept as sent is the one whose SHA-256 the timeline recorded.
        Letter reminder = amicable.viewDisputes().view(claim.id()).letters().get(0);
        SentDocument sent = amicable.viewDisputes().sentDocument(claim.id(), reminder.id());
        assertThat(sent.document().mediaType()).isEqualTo(KeptDocument.PDF);
        assertThat(new String(sent.document().content(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(PdfText.of(sent.document().content())).contains("Boulangerie Martin SARL", "F-2026-0042", "1 200,00");
        try (Stream<Path> dropped = Files.list(outbox)) {
            assertThat(dropped.filter(file -> file.toString().endsWith(".eml"))).hasSize(1);
        }
    }
}
