package org.amicable.dispute.domain.scenario;

import static org.amicable.dispute.domain.fixtures.Customers.businessCustomer;
import static org.amicable.dispute.domain.fixtures.Invoices.invoiceDue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import org.amicable.dispute.domain.fixtures.World;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.DisputeNotFoundException;
import org.amicable.dispute.domain.model.Task;
import org.amicable.dispute.domain.model.TaskKind;
import org.amicable.dispute.domain.port.in.DisputeInFull;
import org.amicable.dispute.domain.port.in.ListTasksUseCase;
import org.amicable.dispute.domain.port.in.ViewDisputesUseCase;
import org.amicable.dispute.domain.service.DisputeServices;
import org.junit.jupiter.api.Test;

/**
 * A dispute's page reads the dispute once: as of today, with its timeline, its open tasks and its manager,
 * the same as each read on its own.
 */
class DisputeInFullTest {

    static final LocalDate DUE = LocalDate.of(2026, 1, 31);

    final World world = World.on(DUE.plusDays(5));
    final ViewDisputesUseCase disputes = world.services.viewDisputes();

    @Test
    void a_claim_with_its_first_reminder_out_and_a_manager_reads_in_full_as_it_reads_piece_by_piece() {
        DisputeId claim = world.opensClaim(businessCustomer(), invoiceDue(DUE, "900.00"));
        world.escalationRuns();
        world.dispatches();
        world.assigns(claim, "marie");

        DisputeInFull full = disputes.viewInFull(claim);

        assertThat(full.view()).isEqualTo(disputes.view(claim));
        assertThat(full.timeline()).isEqualTo(disputes.timeline(claim));
        assertThat(full.manager()).contains("marie");
        assertThat(full.openTasks()).extracting(Task::kind).contains(TaskKind.CONFIRM_BY_PHONE)
                .containsExactlyInAnyOrderElementsOf(storedTasks(claim).stream().map(Task::kind).toList());
        assertThat(full.openTasks()).containsExactlyInAnyOrderElementsOf(storedTasks(claim));
    }

    @Test
    void the_use_cases_own_reading_and_the_services_single_read_agree() {
        DisputeId claim = world.opensClaim(businessCustomer(), invoiceDue(DUE, "900.00"));
        world.escalationRuns();
        // The service for every question, except viewInFull: the interface's own, which reads piece by piece.
        ViewDisputesUseCase pieceByPiece = (ViewDisputesUseCase) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ViewDisputesUseCase.class}, (proxy, method, arguments) -> method.isDefault()
                        ? InvocationHandler.invokeDefault(proxy, method, arguments) : method.invoke(disputes, arguments));

        assertThat(pieceByPiece.viewInFull(claim)).isEqualTo(disputes.viewInFull(claim));
    }

    @Test
    void an_unknown_dispute_is_not_found() {
        assertThatThrownBy(() -> disputes.viewInFull(DisputeId.parse("018f3c1e-0000-7000-8000-000000000000")))
                .isInstanceOf(DisputeNotFoundException.class);
    }

    private List<Task> storedTasks(DisputeId id) {
        return DisputeServices.listTasks(world.store).listTasks(ListTasksUseCase.Query.all(500)).items().stream()
                .filter(task -> task.disputeId().equals(id)).toList();
    }
}
