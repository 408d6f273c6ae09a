package org.amicable.dispute.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.amicable.dispute.domain.inmemory.InMemoryDisputeRepository;
import org.amicable.dispute.domain.inmemory.PlainTextLetterRenderer;
import org.amicable.dispute.domain.inmemory.RecordingLetterSender;
import org.amicable.dispute.domain.model.ClaimState;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.LetterChannel;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.PostalAddress;
import org.amicable.dispute.domain.model.Timeline;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.amicable.dispute.domain.policy.ClaimLadder;
import org.amicable.dispute.domain.policy.DatedRate;
import org.amicable.dispute.domain.policy.EscalationPolicy;
import org.amicable.dispute.domain.policy.LegalRates;
import org.amicable.dispute.domain.policy.RateTable;
import org.amicable.dispute.domain.port.in.DisputeQuery;
import org.amicable.dispute.domain.port.in.DisputeSummary;
import org.amicable.dispute.domain.port.in.DisputeView;
import org.amicable.dispute.domain.port.in.OpenUnpaidClaimUseCase;
import org.amicable.dispute.domain.service.DisputeServices;
import org.junit.jupiter.api.Test;

/**
 * The examples of docs/LIBRARY.md that need the domain alone; {@link DocumentedExamplesTest} checks that
 * each block of the guide is the body of the method it names.
 */
class LibraryGuideTest {

    private final Clock clock = Clock.fixed(ZonedDateTime.of(2026, 2, 5, 9, 0, 0, 0, ZoneId.of("Europe/Paris")).toInstant(),
            ZoneId.of("Europe/Paris"));

    @Test
    void configure_the_rates_and_the_ladder() {
        // Rates change by date: give each table every rate with the day it applies from.
        RateTable ecb = new RateTable("ECB refinancing rate", List.of(
                new DatedRate(LocalDate.of(2025, 3, 12), new BigDecimal("2.65")),
                new DatedRate(LocalDate.of(2025, 6, 11), new BigDecimal("2.15"))));
        RateTable legal = new RateTable("legal interest rate", List.of(
                new DatedRate(LocalDate.of(2025, 7, 1), new BigDecimal("7.21")),
                new DatedRate(LocalDate.of(2026, 1, 1), new BigDecimal("6.67"))));

        // The ladder of each kind of customer starts from DESIGN.md's defaults; change only what differs.
        EscalationPolicy policy = EscalationPolicy.defaults(LegalRates.of(ecb, legal))
                .withBusinessLadder(ClaimLadder.defaults(CustomerKind.BUSINESS)
                        .withFirstReminderDays(3)
                        .withReminderChannel(LetterChannel.EMAIL)
                        .withConfirmByPhone(false))
                .withConsumerLadder(ClaimLadder.defaults(CustomerKind.CONSUMER)
                        .withAfterMissedInstalment(ClaimState.LITIGATION));

        assertThat(ecb.rateOn(LocalDate.of(2025, 6, 10))).isEqualByComparingTo("2.65");
        assertThat(policy.ladderFor(CustomerKind.BUSINESS).firstReminderDays()).isEqualTo(3);
        assertThat(policy.ladderFor(CustomerKind.CONSUMER).firstReminderDays()).isEqualTo(5);
        assertThat(policy.ladderFor(CustomerKind.CONSUMER).limitationPeriod()).isEqualTo(Period.ofYears(2));
    }

    @Test
    void list_disputes_and_read_a_stored_timeline() {
        InMemoryDisputeRepository store = new InMemoryDisputeRepository();
        DisputeServices amicable = new DisputeServices(store, store, new PlainTextLetterRenderer(),
                new RecordingLetterSender(), EscalationPolicy.defaults(LegalRates.of(
                        RateTable.constant("ECB refinancing rate", LocalDate.of(2025, 6, 11), "2.15"),
                        RateTable.constant("legal interest rate", LocalDate.of(2026, 1, 1), "6.67"))), clock);
        Customer customer = Customer.business("B-042", "Boulangerie Martin SARL").email("compta@martin.example")
                .address(new PostalAddress(List.of("12 rue de la Paix"), "75002", "Paris", "FR")).language(Language.FR).build();
        DisputeView claim = amicable.openUnpaidClaim().openUnpaidClaim(new OpenUnpaidClaimUseCase.Command(customer,
                new Invoice("F-2026-0042", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), Money.euros("1200.00"))));
        amicable.runEscalation().runEscalation(LocalDate.of(2026, 2, 5));

        // Listing needs port.in only: the query and its summaries.
        List<DisputeSummary> open = amicable.viewDisputes().list(DisputeQuery.openAbout("B-042", "F-2026-0042"));
        assertThat(open).extracting(DisputeSummary::id).containsExactly(claim.id());

        // Each entry is stored as one line of canonical JSON with the hash of the chain (docs/EVIDENCE.md).
        List<TimelineEntry> timeline = amicable.viewDisputes().timeline(claim.id());
        TimelineEntry opened = timeline.get(0);
        assertThat(opened.stored()).startsWith("{").contains("\"type\":\"claim-opened\"", "\"sequence\":1");
        assertThat(opened.previousHash()).isEqualTo(Timeline.GENESIS);

        // Read back from the stored lines and hashes alone: verify the chain, then rebuild the dispute.
        List<TimelineEntry> read = timeline.stream().map(entry -> TimelineEntry.read(entry.stored(), entry.hash())).toList();
        assertThat(Timeline.verify(read, read.size()).intact()).isTrue();
        assertThat(Dispute.replay(read).state()).isEqualTo(ClaimState.FIRST_REMINDER_SENT);
    }
}
