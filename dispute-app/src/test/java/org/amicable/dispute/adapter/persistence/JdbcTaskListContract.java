package org.amicable.dispute.adapter.persistence;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.amicable.dispute.domain.fixtures.TaskListContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

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

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
    }
}
