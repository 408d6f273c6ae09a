package org.amicable.dispute.domain.scenario;

import static org.amicable.dispute.domain.fixtures.Customers.consumerWithoutPhone;
import static org.amicable.dispute.domain.fixtures.Invoices.invoiceDue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.amicable.dispute.domain.fixtures.World;
import org.amicable.dispute.domain.model.ClaimState;
import org.amicable.dispute.domain.model.DisputeEvent;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.InvalidCommandException;
import org.amicable.dispute.domain.model.InvalidValueException;
import org.amicable.dispute.domain.model.OpenTasks;
import org.amicable.dispute.domain.model.Task;
import org.amicable.dispute.domain.model.TaskAction;
import org.amicable.dispute.domain.model.TaskKind;
import org.amicable.dispute.domain.model.TransitionNotAllowedException;
import org.amicable.dispute.domain.policy.RepaymentPlanLimits;
import org.amicable.dispute.domain.port.in.AgreeRepaymentPlanUseCase;
import org.amicable.dispute.domain.port.in.DeclineRepaymentPlanUseCase;
import org.amicable.dispute.domain.port.in.DisputeView;
import org.amicable.dispute.domain.port.in.ListTasksUseCase;
import org.amicable.dispute.domain.port.in.ProposeRepaymentPlanUseCase;
import org.amicable.dispute.domain.service.DisputeServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A plan the customer proposed beyond the limits waits for a manager, as a task; the manager agrees it or
 * declines it with a reason, and the ladder then gives the customer its full waiting delay again.
 */
class DecidingAProposedPlanTest {

    static final LocalDate DUE = LocalDate.of(2026, 1, 31);
    static final String REASON = "Twelve months is too long for this amount: we can accept six.";

    final World world = World.on(DUE.plusDays(5));
    final ListTasksUseCase taskList = DisputeServices.listTasks(world.store);
    DisputeId claim;
    LocalDate proposedOn;

    /** A consumer's claim of 600 EUR whose first reminder went out, then a plan of twelve instalments proposed two days later. */
    @BeforeEach
    void aPlanOfTwelveInstalmentsWaits() {
        claim = world.opensClaim(consumerWithoutPhone(), invoiceDue(DUE, "600.00"));
        world.escalationRuns();
        world.dispatches();
        world.daysLater(2);
        proposedOn = world.today();
        world.services.proposeRepaymentPlan(RepaymentPlanLimits.defaults()).proposeRepaymentPlan(
                new ProposeRepaymentPlanUseCase.Command(claim, Optional.empty(), 12, proposedOn.plusDays(10)));
    }

    private List<Task> tasks() {
        return taskList.listTasks(ListTasksUseCase.Query.all(500)).items().stream()
                .filter(task -> task.disputeId().equals(claim)).toList();
    }

    private List<TaskKind> kinds() {
        return tasks().stream().map(Task::kind).toList();
    }

    private DisputeView decline(String reason) {
        return world.services.declineRepaymentPlan().declineRepaymentPlan(
                new DeclineRepaymentPlanUseCase.Command(claim, world.today(), reason));
    }

    @Test
    void the_proposed_plan_waits_as_a_task_due_some_days_after_the_proposal() {
        Task task = tasks().stream().filter(each -> each.kind() == TaskKind.DECIDE_PROPOSED_PLAN).findFirst()
                .orElseThrow(() -> new AssertionError("no task to decide among " + kinds()));

        assertThat(task.dueOn()).isEqualTo(proposedOn.plusDays(OpenTasks.PLAN_DECISION_DAYS));
        assertThat(task.closedBy()).isEqualTo(TaskAction.DECIDE_PROPOSED_PLAN);
        assertThat(task.detail()).contains("12");
        assertThat(task.whatToDo()).startsWith("Decide on the repayment plan of 12 instalments");
    }

    @Test
    void declining_keeps_the_reason_and_closes_the_task_on_the_same_step() {
        world.daysLater(1);

        DisputeView view = decline(REASON);

        assertThat(world.events(claim).get(world.events(claim).size() - 1))
                .isEqualTo(new DisputeEvent.RepaymentPlanDeclined(world.today(), REASON));
        assertThat(view.claim().orElseThrow().proposedPlan()).isEmpty();
        assertThat(view.state()).isEqualTo(ClaimState.FIRST_REMINDER_SENT);
        assertThat(kinds()).doesNotContain(TaskKind.DECIDE_PROPOSED_PLAN);
    }

    @Test
    void once_declined_the_ladder_waits_its_full_delay_again_from_the_decline() {
        assertThat(world.view(claim).nextDueOn()).contains(proposedOn.plusDays(10));
        world.daysLater(3);
        LocalDate declinedOn = world.today();

        DisputeView view = decline(REASON);

        assertThat(view.nextDueOn()).contains(declinedOn.plusDays(10));
        world.escalatesDailyUntil(declinedOn.plusDays(9));
        assertThat(world.state(claim)).isEqualTo(ClaimState.FIRST_REMINDER_SENT.name());
        world.escalatesDailyUntil(declinedOn.plusDays(10));
        assertThat(world.state(claim)).isEqualTo(ClaimState.SECOND_REMINDER_SENT.name());
    }

    @Test
    void agreeing_the_plan_as_proposed_closes_the_task() {
        DisputeView waiting = world.view(claim);

        world.services.agreeRepaymentPlan().agreeRepaymentPlan(new AgreeRepaymentPlanUseCase.Command(claim,
                world.today(), waiting.claim().orElseThrow().proposedPlan()));

        assertThat(world.state(claim)).isEqualTo(ClaimState.REPAYMENT_PLAN.name());
        assertThat(kinds()).doesNotContain(TaskKind.DECIDE_PROPOSED_PLAN);
    }

    @Test
    void a_payment_in_full_settles_the_claim_and_nothing_is_left_to_decide() {
        world.pays(claim, "600.00");

        assertThat(world.state(claim)).isEqualTo(ClaimState.SETTLED.name());
        assertThat(kinds()).isEmpty();
        assertThatThrownBy(() -> decline(REASON)).isInstanceOf(TransitionNotAllowedException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void a_decline_without_a_reason_or_dated_before_the_proposal_is_refused_and_changes_nothing() {
        int before = world.events(claim).size();

        assertThatThrownBy(() -> decline("  ")).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("reason");
        assertThatThrownBy(() -> world.services.declineRepaymentPlan().declineRepaymentPlan(
                new DeclineRepaymentPlanUseCase.Command(claim, proposedOn.minusDays(1), REASON)))
                .isInstanceOf(InvalidCommandException.class).extracting("field").isEqualTo("on");

        assertThat(world.events(claim)).hasSize(before);
        assertThat(kinds()).contains(TaskKind.DECIDE_PROPOSED_PLAN);
    }

    @Test
    void with_no_plan_waiting_there_is_nothing_to_decline() {
        decline(REASON);
        int before = world.events(claim).size();

        assertThatThrownBy(() -> decline(REASON)).isInstanceOf(TransitionNotAllowedException.class)
                .hasMessageContaining("no plan proposed by the customer waits");
        assertThat(world.events(claim)).hasSize(before);
    }
}
