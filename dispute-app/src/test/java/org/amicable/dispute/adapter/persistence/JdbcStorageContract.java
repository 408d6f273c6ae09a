package org.amicable.dispute.adapter.persistence;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.amicable.dispute.domain.fixtures.DisputeRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The storage contract run against the real JDBC adapter inside a Micronaut context (Hikari, Flyway,
 * Micronaut Data transactions). Subclasses say which database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcStorageContract extends DisputeRepositoryContract {

    private ApplicationContext context;

    /** The datasource settings of the database under test. */
    protected abstract Map<String, Object> datasource();

    @Override
    protected Storage emptyStorage() {
        if (context == null) {
            Map<String, Object> properties = new java.util.HashMap<>(datasource());
            properties.put("amicable.dispatch.enabled", "false");
            properties.put("amicable.escalation.schedule.enabled", "false");
            properties.put("micronaut.server.port", "-1");
            context = ApplicationContext.run(properties, "test");
        }
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> transactions = context.getBean(TransactionOperations.class);
        transactions.executeWrite(status -> {
            try (Statement statement = status.getConnection().createStatement()) {
                // Test set-up only: the application itself never deletes a timeline entry.
                statement.executeUpdate("DELETE FROM outbox_letter");
                statement.executeUpdate("DELETE FROM timeline_entry");
                statement.executeUpdate("DELETE FROM dispute");
            }
            return null;
        });
        return new Storage(context.getBean(JdbcDisputeRepository.class), context.getBean(JdbcLetterOutbox.class));
    }

    @AfterAll
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }
}
