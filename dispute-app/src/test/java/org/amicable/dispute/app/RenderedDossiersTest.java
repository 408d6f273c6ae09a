package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amicable.dispute.domain.fixtures.Customers;
import org.amicable.dispute.domain.fixtures.Invoices;
import org.amicable.dispute.domain.fixtures.World;
import org.amicable.dispute.domain.inmemory.PlainTextDossierRenderer;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.Timeline;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.amicable.dispute.domain.port.in.RecordCustomerAnswerUseCase;
import org.amicable.dispute.domain.port.in.ViewDisputesUseCase;
import org.amicable.dispute.domain.port.out.CurrentActor;
import org.amicable.dispute.domain.port.out.Dossier;
import org.amicable.dispute.domain.port.out.DossierRenderer;
import org.amicable.dispute.domain.model.RenderedDossier;
import org.amicable.dispute.domain.service.DisputeServices;
import org.junit.jupiter.api.Test;

/** A dossier is rendered again whenever anything it states changed, and only then. */
class RenderedDossiersTest {

    /** The dossiers the real writer was asked for. */
    private final List<Dossier> rendered = new ArrayList<>();
    private final DossierRenderer counting = (dossier, format) -> {
        rendered.add(dossier);
        return new PlainTextDossierRenderer().render(dossier, format);
    };

    private final World world = World.on(LocalDate.of(2026, 3, 2));
    private final ViewDisputesUseCase view = new DisputeServices(world.store, world.store, world.renderer, world.sender,
            world.policy, world.clock, Duration.ofMinutes(5), CurrentActor.unknown(),
            new RenderedDossiers(counting, 1024 * 1024)).viewDisputes();

    @Test
    void the_same_dispute_on_the_same_day_is_rendered_once_per_format() {
        DisputeId id = world.opensClaim(Customers.businessCustomer(), Invoices.invoiceDue("F-1", LocalDate.of(2026, 2, 1), "100.00"));

        byte[] first = view.evidencePack(id).dossier().content();
        byte[] again = view.evidencePack(id).dossier().content();
        view.evidenceDocument(id);
        view.evidenceDocument(id);

        assertThat(again).isEqualTo(first);
        assertThat(rendered).hasSize(2);
    }

    @Test
    void a_new_entry_or_a_new_day_renders_it_again() {
        DisputeId id = world.opensClaim(Customers.businessCustomer(), Invoices.invoiceDue("F-2", LocalDate.of(2026, 2, 1), "100.00"));
        view.evidencePack(id);

        world.services.recordCustomerAnswer().recordCustomerAnswer(new RecordCustomerAnswerUseCase.Command(id, Optional.empty(),
                world.today(), "Il paiera vendredi"));
        view.evidencePack(id);
        world.daysLater(1);
        view.evidencePack(id);

        assertThat(rendered).hasSize(3);
        assertThat(rendered.get(1).timeline()).hasSize(rendered.get(0).timeline().size() + 1);
        assertThat(rendered.get(2).dispute().asOf()).isEqualTo(rendered.get(1).dispute().asOf().plusDays(1));
    }

    @Test
    void erased_personal_values_or_a_failed_check_are_another_dossier() {
        DisputeId id = world.opensClaim(Customers.businessCustomer(), Invoices.invoiceDue("F-3", LocalDate.of(2026, 2, 1), "100.00"));
        view.evidencePack(id);
        Dossier dossier = rendered.get(0);
        assertThat(dossier.timeline()).anyMatch(entry -> entry.personal().isPresent());

        List<TimelineEntry> erased = dossier.timeline().stream()
                .map(entry -> TimelineEntry.read(entry.stored(), entry.hash(), Optional.empty())).toList();
        // The entries are equal as evidence (same line, same hash): only the personal values tell them apart.
        assertThat(erased).isEqualTo(dossier.timeline());
        Dossier withoutPersonalValues = new Dossier(dossier.dispute(), erased, dossier.verification(), dossier.lateCharges());
        Dossier broken = new Dossier(dossier.dispute(), dossier.timeline(),
                new Timeline.Verification(false, Optional.of(1L), "entry 1 does not match its hash"), dossier.lateCharges());

        String fingerprint = RenderedDossiers.fingerprint(dossier, DossierRenderer.Format.PDF);
        assertThat(RenderedDossiers.fingerprint(dossier, DossierRenderer.Format.PDF)).isEqualTo(fingerprint);
        assertThat(RenderedDossiers.fingerprint(withoutPersonalValues, DossierRenderer.Format.PDF)).isNotEqualTo(fingerprint);
        assertThat(RenderedDossiers.fingerprint(broken, DossierRenderer.Format.PDF)).isNotEqualTo(fingerprint);
        assertThat(RenderedDossiers.fingerprint(dossier, DossierRenderer.Format.HTML)).isNotEqualTo(fingerprint);
    }

    @Test
    void what_the_cache_holds_is_what_the_writer_made() {
        DisputeId id = world.opensClaim(Customers.businessCustomer(), Invoices.invoiceDue("F-4", LocalDate.of(2026, 2, 1), "100.00"));

        RenderedDossier kept = view.evidencePack(id).dossier();

        assertThat(kept.content()).isEqualTo(new PlainTextDossierRenderer().render(rendered.get(0), DossierRenderer.Format.PDF).content());
    }
}
