package org.amicable.dispute.domain.scenario;

import static org.amicable.dispute.domain.fixtures.Customers.businessCustomer;
import static org.amicable.dispute.domain.fixtures.Invoices.invoiceDue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.amicable.dispute.domain.fixtures.World;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.DisputeNotFoundException;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.Timeline;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.amicable.dispute.domain.port.in.ErasePersonalDataUseCase.ErasureReport;
import org.amicable.dispute.domain.port.in.EvidencePack;
import org.amicable.dispute.domain.port.in.RecordCustomerAnswerUseCase;
import org.amicable.dispute.domain.port.in.WriteOffClaimUseCase;
import org.junit.jupiter.api.Test;

/**
 * A closed dispute keeps its timeline for ever, but not the customer's personal data: once its
 * limitation period and one more year have passed, those are erased and the chain still verifies.
 */
class PersonalDataErasureTest {

    private static final LocalDate DUE = LocalDate.of(2026, 1, 10);
    /** What identifies the business customer of the fixtures, and what was said about him. */
    private static final List<String> PERSONAL = List.of("Boulangerie Martin", "compta@boulangerie-martin.fr",
            "+33 1 23 45 67 89", "12 rue de la Paix", "75002", "ses deux enfants", "died");

    private final World world = World.on(DUE);

    /** A business claim that went up to its first reminder, heard an answer, and was written off. */
    private DisputeId claimWrittenOff() {
        DisputeId id = world.opensClaim(businessCustomer(), invoiceDue(DUE, "1200.00"));
        world.daysLater(5).escalationRuns();
        world.dispatches();
        world.services.recordCustomerAnswer().recordCustomerAnswer(new RecordCustomerAnswerUseCase.Command(id, Optional.empty(),
                world.today(), "Le gérant élève seul ses deux enfants et ne peut pas payer"));
        world.services.writeOffClaim().writeOffClaim(new WriteOffClaimUseCase.Command(id, Optional.empty(), world.today(),
                "the manager died; nothing to recover"));
        return id;
    }

    private ErasureReport erasureRuns() {
        return world.services.erasePersonalData().erasePersonalData(world.today(), Period.ofYears(1));
    }

    private static String text(List<TimelineEntry> timeline) {
        StringBuilder text = new StringBuilder();
        timeline.forEach(entry -> text.append(entry.stored()).append('\n').append(entry.event()).append('\n'));
        return text.toString();
    }

    @Test
    void the_stored_lines_never_hold_personal_data_only_a_salted_digest_of_it() {
        DisputeId id = claimWrittenOff();

        List<TimelineEntry> stored = world.store.storedEntries(id);

        String lines = String.join("\n", stored.stream().map(TimelineEntry::stored).toList());
        assertThat(lines).doesNotContain(PERSONAL).contains("\"personal\":\"");
        // Read back, the events hold the personal values again: they are kept beside the lines.
        assertThat(world.view(id).customer().name()).isEqualTo("Boulangerie Martin SARL");
        assertThat(stored.get(0).personal().orElseThrow()).contains("Boulangerie Martin SARL", "\"salt\":\"");
    }

    @Test
    void a_closed_dispute_is_erased_once_its_limitation_period_and_a_year_have_passed_and_its_chain_still_verifies() {
        DisputeId id = claimWrittenOff();
        LocalDate closedOn = world.today();
        List<TimelineEntry> before = world.store.storedEntries(id);
        String lastHash = before.get(before.size() - 1).hash();
        List<String> letterHashes = world.letters(id).stream().map(Letter::contentHash).flatMap(Optional::stream).toList();
        assertThat(letterHashes).isNotEmpty();

        // Between businesses the claim expires after five years: kept until then, and a year more.
        world.movesTo(closedOn.plusYears(6).minusDays(1));
        assertThat(erasureRuns().erased()).isEmpty();
        assertThat(world.view(id).customer().name()).isEqualTo("Boulangerie Martin SARL");

        world.daysLater(1);
        ErasureReport report = erasureRuns();

        assertThat(report.erased()).containsExactly(id);
        List<TimelineEntry> after = world.services.viewDisputes().timeline(id);
        assertThat(after).extracting(TimelineEntry::stored).containsExactlyElementsOf(
                before.stream().map(TimelineEntry::stored).toList());
        assertThat(after.get(after.size() - 1).hash()).isEqualTo(lastHash);
        assertThat(Timeline.verify(after, before.size()).intact()).isTrue();
        assertThat(Timeline.verifyStored(after.stream().map(TimelineEntry::stored).toList(),
                after.stream().map(TimelineEntry::hash).toList(), before.size()).intact()).isTrue();
        assertThat(world.services.viewDisputes().evidence(id).verification().intact()).isTrue();
        // Nothing personal is left: not in the lines, not in the events read back, not in the pack.
        assertThat(text(after)).doesNotContain(PERSONAL).contains("[erased]");
        assertThat(world.view(id).customer().name()).isEqualTo("[erased]");
        assertThat(world.view(id).customer().email()).isEmpty();
        assertThat(world.view(id).letters()).allSatisfy(letter -> assertThat(letter.recipient().name()).isEqualTo("[erased]"));
        assertThat(world.store.storedEntries(id)).allSatisfy(entry -> assertThat(entry.personal()).isEmpty());
        EvidencePack pack = world.services.viewDisputes().evidencePack(id);
        assertThat(pack.documents()).isEmpty();
        assertThat(new String(pack.dossier().content(), StandardCharsets.UTF_8)).doesNotContain(PERSONAL);
        // The letters as sent named the customer: they are gone, their hashes stay in the timeline.
        letterHashes.forEach(hash -> assertThat(world.store.document(hash)).isEmpty());
        assertThat(world.view(id).letters()).extracting(letter -> letter.contentHash().orElseThrow())
                .containsExactlyElementsOf(letterHashes);
        Letter letter = world.view(id).letters().get(0);
        assertThatThrownBy(() -> world.services.viewDisputes().sentDocument(id, letter.id()))
                .isInstanceOf(DisputeNotFoundException.class).hasMessageContaining("erased");

        assertThat(erasureRuns().erased()).as("erased once").isEmpty();
    }

    @Test
    void an_open_dispute_is_never_erased() {
        DisputeId id = world.opensClaim(businessCustomer(), invoiceDue(DUE, "1200.00"));

        world.movesTo(DUE.plusYears(10));

        assertThat(erasureRuns().examined()).isZero();
        assertThat(world.view(id).customer().name()).isEqualTo("Boulangerie Martin SARL");
    }

    @Test
    void personal_values_that_do_not_match_the_digest_of_their_line_are_refused() {
        DisputeId id = claimWrittenOff();
        TimelineEntry opening = world.store.storedEntries(id).get(0);

        String forged = opening.personal().orElseThrow().replace("Boulangerie Martin SARL", "Boulangerie Dupont SARL");

        assertThatIllegalArgumentException().isThrownBy(() -> TimelineEntry.read(opening.stored(), opening.hash(),
                Optional.of(forged))).withMessageContaining("digest");
    }

    @Test
    void a_letter_shared_with_another_claim_of_the_customer_stays_while_that_claim_keeps_its_data() {
        DisputeId closed = world.opensClaim(businessCustomer(), invoiceDue("F-SHARED-1", DUE, "100.00"));
        DisputeId open = world.opensClaim(businessCustomer(), invoiceDue("F-SHARED-2", DUE, "900.00"));
        world.daysLater(5).escalationRuns();
        world.dispatches();
        org.amicable.dispute.domain.model.Letter shared = world.letters(open).get(0);
        assertThat(world.letters(closed).get(0).contentHash()).isEqualTo(shared.contentHash());
        world.services.writeOffClaim().writeOffClaim(new WriteOffClaimUseCase.Command(closed, Optional.empty(), world.today(),
                "nothing to recover"));
        world.daysLater(365L * 7);

        assertThat(erasureRuns().erased()).containsExactly(closed);

        assertThat(world.services.viewDisputes().sentDocument(open, shared.id()).document().sha256())
                .isEqualTo(shared.contentHash().orElseThrow());
    }
}
