package org.amicable.dispute.adapter.persistence;

import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/** Runs Java migrations again, in one transaction, as Flyway runs them over a database an earlier version wrote. */
final class JavaMigrations {

    private JavaMigrations() {
    }

    static void run(TransactionOperations<Connection> transactions, JavaMigration... migrations) {
        transactions.executeWrite(status -> {
            Context context = new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return status.getConnection();
                }
            };
            for (JavaMigration migration : migrations) {
                migration.migrate(context);
            }
            return null;
        });
    }
}
