package org.amicable.dispute.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amicable.dispute.adapter.persistence.migration.V130__Plans_to_decide_of_stored_disputes;
import org.amicable.dispute.adapter.persistence.migration.V71__Open_tasks_of_stored_disputes;
import org.amicable.dispute.domain.fixtures.Customers;
import org.amicable.dispute.domain.fixtures.Invoices;
import org.amicable.dispute.domain.fixtures.Policies;
import org.amicable.dispute.domain.fixtures.TaskListContract;
import org.amicable.dispute.domain.fixtures.TestClock;
import org.amicable.dispute.domain.inmemory.PlainTextLetterRenderer;
import org.amicable.dispute.domain.inmemory.RecordingLetterSender;
import org.amicable.dispute.domain.model.Task;
import org.amicable.dispute.domain.model.TaskKind;
import org.amicable.dispute.domain.policy.RepaymentPlanLimits;
import org.amicable.dispute.domain.port.in.OpenUnpaidClaimUseCase;
import org.amicable.dispute.domain.port.in.ProposeRepaymentPlanUseCase;
import org.amicable.dispute.domain.port.out.TaskQuery;
import org.amicable.dispute.domain.service.DisputeServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The task list's contract run against the real JDBC adapter inside a Micronaut context: the tasks it
 * reads from its table are those the domain derives from each dispute. Subclasses say which database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcTaskListContract extends TaskListContract {

    private ApplicationContext context;

    /** The datasource settings of the database under test. */
    protected abstract Map<String, Object> datasource();

    @Override
    protected Storage emptyStorage() {
        if (context == null) {
            Map<String, Object> properties = new HashMap<>(datasource());
            properties.put("amicable.dispatch.enabled", "false");
            properties.put("amicable.escalation.schedule.enabled", "false");
            properties.put("micronaut.server.port", "-1");
            context = ApplicationContext.run(properties, "test");
        }
        transactions().executeWrite(status -> {
            try (Statement statement = status.getConnection().createStatement()) {
                // Test set-up only: the application itself never deletes a timeline entry.
                statement.executeUpdate("DELETE FROM open_task");
                statement.executeUpdate("DELETE FROM dispute_report");
                statement.executeUpdate("DELETE FROM kept_document");
                statement.executeUpdate("DELETE FROM outbox_letter");
                statement.executeUpdate("DELETE FROM timeline_entry");
                statement.executeUpdate("DELETE FROM dispute");
            }
            return null;
        });
        JdbcDisputeRepository disputes = context.getBean(JdbcDisputeRepository.class);
        return new Storage(disputes, context.getBean(JdbcLetterOutbox.class), context.getBean(JdbcTaskList.class));
    }

    @SuppressWarnings("unchecked")
    private TransactionOperations<Connection> transactions() {
        return context.getBean(TransactionOperations.class);
    }

    /** The plan the database chooses for one person's first page of tasks, as text. */
    protected String assigneePlan() {
        return transactions().executeRead(status -> {
            StringBuilder plan = new StringBuilder();
            try (Statement statement = status.getConnection().createStatement()) {
                prepareExplain(statement);
                try (java.sql.ResultSet rows = statement.executeQuery("EXPLAIN SELECT dispute_id FROM open_task"
                        + " WHERE assignee = 'alice' ORDER BY due_on, amount_minor DESC NULLS LAST, dispute_id, task_key"
                        + " OFFSET 0 ROWS FETCH NEXT 51 ROWS ONLY")) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
            }
            return plan.toString();
        });
    }

    /** Lets the database show the plan it would use on a large table (PostgreSQL prefers scanning small ones). */
    protected void prepareExplain(Statement statement) throws java.sql.SQLException {
    }

    @Test
    void one_persons_tasks_are_read_from_the_assignee_index() {
        emptyStorage();
        assertThat(assigneePlan().toLowerCase()).contains("open_task_assignee");
    }

    @Test
    void the_migration_fills_the_tasks_of_the_disputes_stored_before_the_table() throws Exception {
        Storage storage = emptyStorage();
        TestClock clock = TestClock.on("2026-03-02");
        DisputeServices services = new DisputeServices(storage.disputes(), storage.outbox(),
                new PlainTextLetterRenderer(), new RecordingLetterSender(), Policies.defaults(), clock);
        for (int i = 0; i < 3; i++) {
            services.openUnpaidClaim().openUnpaidClaim(new OpenUnpaidClaimUseCase.Command(Customers.businessCustomer(),
                    Invoices.invoiceDue("F-MIGRATED-" + i, LocalDate.of(2026, 1, 31), "1200.00")));
        }
        services.runEscalation().runEscalation(clock.today());
        services.dispatchLetters().dispatchLetters(10);
        TaskQuery all = new TaskQuery(Optional.empty(), false, Optional.empty(), Optional.empty(), 0,
                TaskQuery.MAX_LIMIT);
        List<Task> stored = storage.tasks().find(all);
        // Each claim: the call that confirms its first reminder, and the reminder's tracking number.
        assertThat(stored).hasSize(6);
        transactions().executeWrite(status -> {
            try (Statement statement = status.getConnection().createStatement()) {
                statement.executeUpdate("DELETE FROM open_task");
            }
            return null;
        });
        assertThat(storage.tasks().find(all)).isEmpty();

        JavaMigrations.run(transactions(), new V71__Open_tasks_of_stored_disputes());

        assertThat(storage.tasks().find(all)).containsExactlyInAnyOrderElementsOf(stored);
    }

    @Test
    void the_migration_adds_the_plans_to_decide_of_the_disputes_stored_before_they_were_tasks() throws Exception {
        Storage storage = emptyStorage();
        TestClock clock = TestClock.on("2026-03-02");
        DisputeServices services = new DisputeServices(storage.disputes(), storage.outbox(),
                new PlainTextLetterRenderer(), new RecordingLetterSender(), Policies.defaults(), clock);
        for (int i = 0; i < 2; i++) {
            org.amicable.dispute.domain.model.DisputeId id = services.openUnpaidClaim().openUnpaidClaim(
                    new OpenUnpaidClaimUseCase.Command(Customers.businessCustomer(),
                            Invoices.invoiceDue("F-PROPOSED-" + i, LocalDate.of(2026, 3, 2), "1200.00"))).id();
            services.proposeRepaymentPlan(RepaymentPlanLimits.defaults()).proposeRepaymentPlan(
                    new ProposeRepaymentPlanUseCase.Command(id, Optional.empty(), 12, clock.today().plusDays(10)));
        }
        services.openUnpaidClaim().openUnpaidClaim(new OpenUnpaidClaimUseCase.Command(Customers.businessCustomer(),
                Invoices.invoiceDue("F-NOT-PROPOSED", LocalDate.of(2026, 3, 2), "300.00")));
        TaskQuery all = new TaskQuery(Optional.empty(), false, Optional.empty(), Optional.empty(), 0,
                TaskQuery.MAX_LIMIT);
        List<Task> stored = storage.tasks().find(all);
        assertThat(stored).extracting(Task::kind).containsExactly(TaskKind.DECIDE_PROPOSED_PLAN,
                TaskKind.DECIDE_PROPOSED_PLAN);
        // As a version that did not know the task kind stored them: the table without those rows.
        transactions().executeWrite(status -> {
            try (Statement statement = status.getConnection().createStatement()) {
                statement.executeUpdate("DELETE FROM open_task WHERE kind = 'DECIDE_PROPOSED_PLAN'");
            }
            return null;
        });
        assertThat(storage.tasks().find(all)).isEmpty();

        JavaMigrations.run(transactions(), new V130__Plans_to_decide_of_stored_disputes());

        assertThat(storage.tasks().find(all)).containsExactlyInAnyOrderElementsOf(stored);
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
    }
}
