package org.amicable.dispute.domain.scenario;

import static org.amicable.dispute.domain.fixtures.Customers.businessCustomer;
import static org.amicable.dispute.domain.fixtures.Invoices.invoiceDue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.amicable.dispute.domain.fixtures.Policies;
import org.amicable.dispute.domain.fixtures.TestClock;
import org.amicable.dispute.domain.inmemory.InMemoryDisputeRepository;
import org.amicable.dispute.domain.inmemory.PlainTextLetterRenderer;
import org.amicable.dispute.domain.inmemory.RecordingLetterSender;
import org.amicable.dispute.domain.model.Actor;
import org.amicable.dispute.domain.model.CanonicalJson;
import org.amicable.dispute.domain.model.DisputeEvent;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.GrievanceCause;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.Timeline;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.amicable.dispute.domain.port.in.OpenGrievanceUseCase;
import org.amicable.dispute.domain.port.in.OpenUnpaidClaimUseCase;
import org.amicable.dispute.domain.port.in.RecordPaymentUseCase;
import org.amicable.dispute.domain.service.DisputeServices;
import org.junit.jupiter.api.Test;

/** Every entry says who made it: the API client of the call, or the job acting on its own; the hash covers it. */
class WhoDidWhatTest {

    static final LocalDate DUE = LocalDate.of(2026, 1, 31);
    static final Actor ERP = new Actor.ApiClient("erp", "integration");
    static final Actor CLAIRE = new Actor.ApiClient("claire", "manager");

    final TestClock clock = TestClock.on(DUE.plusDays(5));
    final InMemoryDisputeRepository store = new InMemoryDisputeRepository();
    final AtomicReference<Actor> calling = new AtomicReference<>(ERP);
    final DisputeServices amicable = new DisputeServices(store, store, new PlainTextLetterRenderer(),
            new RecordingLetterSender(), Policies.defaults(), clock, java.time.Duration.ofMinutes(5),
            () -> Optional.of(calling.get()));

    private List<Optional<Actor>> actors(DisputeId id) {
        return store.storedEntries(id).stream().map(TimelineEntry::actor).toList();
    }

    private Optional<Actor> actorOf(DisputeId id, Class<? extends DisputeEvent> type) {
        return store.storedEntries(id).stream().filter(entry -> type.isInstance(entry.event())).findFirst()
                .orElseThrow().actor();
    }

    @Test
    void the_api_client_the_escalation_and_the_dispatcher_each_sign_their_entries() {
        DisputeId claim = amicable.openUnpaidClaim().openUnpaidClaim(new OpenUnpaidClaimUseCase.Command(businessCustomer(),
                invoiceDue(DUE, "1200.00"))).id();
        amicable.runEscalation().runEscalation(clock.today());
        amicable.dispatchLetters().dispatchLetters(10);
        calling.set(CLAIRE);
        amicable.recordPayment().recordPayment(new RecordPaymentUseCase.Command(claim, Optional.empty(), clock.today(),
                Money.euros("100.00"), "VIR-1"));

        assertThat(actorOf(claim, DisputeEvent.ClaimOpened.class)).contains(ERP);
        assertThat(actorOf(claim, DisputeEvent.LetterIssued.class)).contains(Actor.SystemJob.ESCALATION);
        assertThat(actorOf(claim, DisputeEvent.LetterSent.class)).contains(Actor.SystemJob.DISPATCH);
        assertThat(actorOf(claim, DisputeEvent.PaymentRecorded.class)).contains(CLAIRE);
        assertThat(actors(claim)).allSatisfy(actor -> assertThat(actor).isPresent());
    }

    @Test
    void a_grievance_that_holds_a_chase_signs_both_disputes_with_its_author() {
        org.amicable.dispute.domain.model.Invoice invoice = invoiceDue(DUE, "1200.00");
        DisputeId claim = amicable.openUnpaidClaim().openUnpaidClaim(new OpenUnpaidClaimUseCase.Command(businessCustomer(),
                invoice)).id();
        amicable.runEscalation().runEscalation(clock.today());
        calling.set(CLAIRE);
        DisputeId grievance = amicable.openGrievance().openGrievance(new OpenGrievanceUseCase.Command(businessCustomer(),
                GrievanceCause.INVOICE_ERROR, "Billed 12, delivered 10", Optional.of(invoice),
                clock.today())).id();

        assertThat(actorOf(grievance, DisputeEvent.GrievanceOpened.class)).contains(CLAIRE);
        assertThat(actorOf(claim, DisputeEvent.ChaseHeld.class)).contains(CLAIRE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_actor_is_stored_in_words_and_covered_by_the_hash() {
        DisputeId claim = amicable.openUnpaidClaim().openUnpaidClaim(new OpenUnpaidClaimUseCase.Command(businessCustomer(),
                invoiceDue(DUE, "1200.00"))).id();
        TimelineEntry opened = store.storedEntries(claim).get(0);
        Map<String, Object> stored = (Map<String, Object>) CanonicalJson.parse(opened.stored());
        assertThat(stored.get("actor")).isEqualTo(Map.of("kind", "api-client", "name", "erp", "role", "integration"));

        stored.put("actor", Map.of("kind", "api-client", "name", "someone-else", "role", "manager"));
        TimelineEntry forged = TimelineEntry.read(CanonicalJson.write(stored), opened.hash());

        assertThat(forged.actor()).contains(new Actor.ApiClient("someone-else", "manager"));
        assertThat(Timeline.verify(List.of(forged), 1).intact()).isFalse();
        assertThat(ERP.describe()).isEqualTo("API client erp (integration)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_signed_in_person_signs_the_entries_they_make_by_login_name_and_role() {
        Actor marie = new Actor.Person("marie", "Marie Durand", "collector");
        DisputeId claim = amicable.openUnpaidClaim().openUnpaidClaim(new OpenUnpaidClaimUseCase.Command(businessCustomer(),
                invoiceDue(DUE, "1200.00"))).id();
        calling.set(marie);
        amicable.recordPayment().recordPayment(new RecordPaymentUseCase.Command(claim, Optional.empty(), clock.today(),
                Money.euros("100.00"), "VIR-2"));

        TimelineEntry payment = store.storedEntries(claim).stream()
                .filter(entry -> entry.event() instanceof DisputeEvent.PaymentRecorded).findFirst().orElseThrow();
        Map<String, Object> stored = (Map<String, Object>) CanonicalJson.parse(payment.stored());
        TimelineEntry readAgain = TimelineEntry.read(payment.stored(), payment.hash());

        assertThat(stored.get("actor")).isEqualTo(Map.of("kind", "person", "login", "marie", "name", "Marie Durand",
                "role", "collector"));
        assertThat(readAgain.actor()).contains(marie);
        assertThat(Timeline.verify(store.storedEntries(claim), store.storedEntries(claim).size()).intact()).isTrue();
        assertThat(marie.describe()).isEqualTo("Marie Durand (marie, collector)");
    }
}
