package org.amicable.dispute.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.amicable.dispute.domain.model.DisputeId;

/**
 * Reads the rows some disputes have in a table a save keeps beside the dispute (open tasks, balance movements), a
 * table that may start empty and fill within one escalation run.
 *
 * <p>On PostgreSQL a statement with parameters, run again and again on one connection, is prepared once by the driver
 * and keeps the plan made then: planned while the table was nearly empty, that is a scan of the whole table, which
 * reads every row at every save as the table fills, until the table's statistics are next gathered. There the ids
 * are written as literals, so that each read is planned on the table as it is and finds its rows through the key's
 * index (a {@link java.util.UUID}'s text holds only hexadecimal digits and hyphens: nothing can be injected). H2
 * looks the ids up through the key's index whatever the table held when the statement was prepared, and parsing a
 * new statement at every save would cost it more than the read: there the ids stay parameters.
 */
final class DisputeRows {

    /** Reads one row of a result. */
    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private DisputeRows() {
    }

    /**
     * Runs {@code select}, which ends with {@code dispute_id IN}, for these disputes (at least one), and gives each
     * row to {@code reader}.
     */
    static void read(Connection connection, String select, List<DisputeId> disputes, RowReader reader)
            throws SQLException {
        if (disputes.isEmpty()) {
            throw new IllegalArgumentException("an IN list needs at least one dispute");
        }
        if (onPostgres(connection)) {
            String literals = disputes.stream().map(id -> "CAST('" + id.value() + "' AS UUID)")
                    .collect(Collectors.joining(", ", " (", ")"));
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(select + literals)) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(select + " (" + "?,".repeat(disputes.size() - 1)
                + "?)")) {
            for (int i = 0; i < disputes.size(); i++) {
                statement.setObject(i + 1, disputes.get(i).value());
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }

    /** Whether the connection is to PostgreSQL (else H2, the other database the application runs on). */
    static boolean onPostgres(Connection connection) throws SQLException {
        return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }
}
