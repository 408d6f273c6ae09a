package org.amicable.dispute.domain.scenario;

import static org.amicable.dispute.domain.fixtures.Customers.businessCustomer;
import static org.amicable.dispute.domain.fixtures.Customers.consumerWithPhone;
import static org.amicable.dispute.domain.fixtures.Invoices.invoiceDue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.amicable.dispute.domain.fixtures.World;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.InvalidCommandException;
import org.amicable.dispute.domain.port.in.EscalationProgress;
import org.amicable.dispute.domain.port.in.EscalationReport;
import org.junit.jupiter.api.Test;

/** The escalation run and its preview. */
class EscalationRunTest {

    static final LocalDate DUE = LocalDate.of(2026, 1, 31);

    final World world = World.on(DUE.plusDays(1));

    @Test
    void a_preview_says_what_the_run_would_do_and_stores_nothing() {
        DisputeId claim = world.opensClaim(businessCustomer(), invoiceDue(DUE, "1200.00"));
        long version = world.view(claim).version();

        EscalationReport preview = world.services.previewEscalation().previewEscalation(DUE.plusDays(5));

        assertThat(preview.preview()).isTrue();
        assertThat(preview.actions()).singleElement().satisfies(action -> {
            assertThat(action.disputeId()).isEqualTo(claim);
            assertThat(action.stateAfter()).isEqualTo("FIRST_REMINDER_SENT");
        });
        assertThat(preview.counts()).containsEntry("LetterIssued", 1).containsEntry("PhoneTaskCreated", 1);
        assertThat(world.view(claim).version()).isEqualTo(version);
        assertThat(world.state(claim)).isEqualTo("OPEN");
        assertThat(world.store.counts()).containsEntry("PENDING", 0L);
    }

    @Test
    void running_the_escalation_twice_for_a_date_does_nothing_the_second_time() {
        DisputeId first = world.opensClaim(businessCustomer(), invoiceDue(DUE, "1200.00"));
        DisputeId second = world.opensClaim(consumerWithPhone(), invoiceDue(DUE.minusDays(10), "80.00"));
        world.movesTo(DUE.plusDays(5));

        EscalationReport once = world.escalationRuns();
        EscalationReport twice = world.escalationRuns();

        assertThat(once.actions()).extracting(EscalationReport.Action::disputeId).containsExactlyInAnyOrder(first, second);
        assertThat(once.preview()).isFalse();
        assertThat(twice.actions()).isEmpty();
        assertThat(twice.examined()).isZero();
        assertThat(world.letters(first)).hasSize(1);
        assertThat(world.letters(second)).hasSize(1);
    }

    @Test
    void a_run_stopped_between_two_disputes_leaves_the_rest_due_for_the_next_run() {
        DisputeId first = world.opensClaim(businessCustomer(), invoiceDue(DUE, "1200.00"));
        DisputeId second = world.opensClaim(businessCustomer(), invoiceDue(DUE, "300.00"));
        world.movesTo(DUE.plusDays(5));

        EscalationReport stopped = world.services.runEscalation().runEscalation(world.today(), new EscalationProgress() {
            private int asked;

            @Override
            public void advanced(long examined, long due) {
            }

            @Override
            public boolean stopRequested() {
                // Asked before each dispute: let the first through, stop before the second.
                return ++asked > 1;
            }
        });
        assertThat(stopped.complete()).isFalse();
        assertThat(stopped.examined()).isEqualTo(1);
        assertThat(world.letters(first)).hasSize(1);
        assertThat(world.letters(second)).isEmpty();

        EscalationReport resumed = world.escalationRuns();
        assertThat(resumed.complete()).isTrue();
        assertThat(resumed.actions()).extracting(EscalationReport.Action::disputeId).containsExactly(second);
        assertThat(world.letters(first)).hasSize(1);
        assertThat(world.letters(second)).hasSize(1);
    }

    @Test
    void a_run_reports_its_progress_against_the_number_due() {
        world.opensClaim(businessCustomer(), invoiceDue(DUE, "1200.00"));
        world.opensClaim(businessCustomer(), invoiceDue(DUE, "300.00"));
        world.movesTo(DUE.plusDays(5));
        java.util.List<long[]> calls = new java.util.ArrayList<>();

        world.services.runEscalation().runEscalation(world.today(), (examined, due) -> calls.add(new long[] {examined, due}));

        assertThat(calls).singleElement().satisfies(call -> assertThat(call).containsExactly(2L, 2L));
    }

    @Test
    void the_run_refuses_a_date_after_today() {
        assertThatThrownBy(() -> world.services.runEscalation().runEscalation(world.today().plusDays(1)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.field()).isEqualTo("date"));
    }

    @Test
    void a_run_for_a_past_date_does_what_was_due_then() {
        DisputeId claim = world.opensClaim(businessCustomer(), invoiceDue(DUE, "1200.00"));
        world.movesTo(DUE.plusDays(20));

        world.services.runEscalation().runEscalation(DUE.plusDays(5));

        assertThat(world.letter(claim, org.amicable.dispute.domain.model.LetterKind.FIRST_REMINDER).issuedOn())
                .isEqualTo(DUE.plusDays(5));
    }
}
