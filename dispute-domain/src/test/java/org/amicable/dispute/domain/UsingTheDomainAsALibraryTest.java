package org.amicable.dispute.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.amicable.dispute.domain.inmemory.InMemoryDisputeRepository;
import org.amicable.dispute.domain.inmemory.PlainTextLetterRenderer;
import org.amicable.dispute.domain.inmemory.RecordingLetterSender;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterContent;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.PostalAddress;
import org.amicable.dispute.domain.policy.EscalationPolicy;
import org.amicable.dispute.domain.policy.LegalRates;
import org.amicable.dispute.domain.policy.RateTable;
import org.amicable.dispute.domain.port.in.DisputeView;
import org.amicable.dispute.domain.port.in.OpenUnpaidClaimUseCase;
import org.amicable.dispute.domain.service.DisputeServices;
import org.junit.jupiter.api.Test;

/**
 * The example of README.md's section "Using the domain as a library" is the body of this test, word for
 * word: {@link DocumentedExamplesTest} fails when the two differ.
 */
class UsingTheDomainAsALibraryTest {

    @Test
    void open_a_claim_run_the_escalation_and_read_the_first_reminder() {
        // Rates are data the caller supplies; time comes from a Clock (here fixed on 5 February 2026).
        EscalationPolicy policy = EscalationPolicy.defaults(LegalRates.of(
                RateTable.constant("ECB refinancing rate", LocalDate.of(2025, 6, 11), "2.15"),
                RateTable.constant("legal interest rate", LocalDate.of(2026, 1, 1), "6.67")));
        Clock clock = Clock.fixed(ZonedDateTime.of(2026, 2, 5, 9, 0, 0, 0, ZoneId.of("Europe/Paris")).toInstant(),
                ZoneId.of("Europe/Paris"));
        InMemoryDisputeRepository store = new InMemoryDisputeRepository();
        DisputeServices amicable = new DisputeServices(store, store, new PlainTextLetterRenderer(),
                new RecordingLetterSender(), policy, clock);

        Customer customer = Customer.business("B-042", "Boulangerie Martin SARL")
                .email("compta@boulangerie-martin.fr")
                .address(new PostalAddress(List.of("12 rue de la Paix"), "75002", "Paris", "FR"))
                .language(Language.FR)
                .build();
        Invoice invoice = new Invoice("F-2026-0042", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31),
                Money.euros("1200.00"));
        DisputeView claim = amicable.openUnpaidClaim().openUnpaidClaim(new OpenUnpaidClaimUseCase.Command(customer, invoice));

        // Five days after the due date the escalation sends the first reminder.
        amicable.runEscalation().runEscalation(LocalDate.of(2026, 2, 5));

        Letter reminder = amicable.viewDisputes().view(claim.id()).letters().get(0);
        assertThat(reminder.kind()).isEqualTo(LetterKind.FIRST_REMINDER);
        LetterContent.Reminder content = (LetterContent.Reminder) reminder.content();
        assertThat(content.balance().principal()).isEqualTo(Money.euros("1200.00"));
        assertThat(content.balance().indemnity()).isEqualTo(Money.euros("40.00"));
        assertThat(content.payBy()).isEqualTo(LocalDate.of(2026, 2, 13));
    }
}
