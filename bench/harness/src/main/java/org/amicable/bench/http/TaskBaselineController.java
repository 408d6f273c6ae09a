package org.amicable.bench.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The baseline of the task list: the same indexed SELECT as the application's (one person's open
 * tasks, in the list's order, one page), its rows returned as they are, with nothing between the
 * connection pool and the JSON. Same security and thread model as the application's controllers.
 */
@Controller("/baseline")
@ExecuteOn(TaskExecutors.IO)
@Secured({"manager", "auditor"})
class TaskBaselineController {

    @Serdeable
    record TaskRow(UUID disputeId, String taskKey, String kind, @Nullable UUID letterId, String track,
            String customerReference, String customerName, @Nullable Long amountMinor, @Nullable String currency,
            LocalDate dueOn, @Nullable String assignee, String closedBy, @Nullable String detail) {
    }

    private final TransactionOperations<Connection> transactions;

    TaskBaselineController(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Get("/tasks{?assignee,page,size}")
    List<TaskRow> tasks(@QueryValue String assignee, @QueryValue @Nullable Integer page,
            @QueryValue @Nullable Integer size) {
        int rows = size == null ? 50 : size;
        long offset = (long) ((page == null ? 1 : page) - 1) * rows;
        // A read-only transaction hands out the pool's connection, as the application's read does.
        return transactions.executeRead(status -> read(status.getConnection(), assignee, offset, rows));
    }

    private static List<TaskRow> read(Connection connection, String assignee, long offset, int rows)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT dispute_id, task_key, kind, letter_id,"
                     + " track, customer_reference, customer_name, amount_minor, currency, due_on, assignee, closed_by,"
                     + " detail FROM open_task WHERE assignee = ?"
                     + " ORDER BY due_on, amount_minor DESC NULLS LAST, dispute_id, task_key"
                     + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
            select.setString(1, assignee);
            select.setLong(2, offset);
            // The application reads one more row to tell whether a next page exists; so does the baseline.
            select.setInt(3, rows + 1);
            List<TaskRow> found = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    long amount = result.getLong(8);
                    Long amountMinor = result.wasNull() ? null : amount;
                    found.add(new TaskRow(result.getObject(1, UUID.class), result.getString(2), result.getString(3),
                            result.getObject(4, UUID.class), result.getString(5), result.getString(6),
                            result.getString(7), amountMinor, result.getString(9),
                            result.getObject(10, LocalDate.class), result.getString(11), result.getString(12),
                            result.getString(13)));
                }
            }
            return found.size() > rows ? found.subList(0, rows) : found;
        }
    }
}
