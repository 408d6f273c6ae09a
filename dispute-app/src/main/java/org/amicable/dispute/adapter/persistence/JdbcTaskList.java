package org.amicable.dispute.adapter.persistence;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.LetterId;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.OpenTasks;
import org.amicable.dispute.domain.model.Task;
import org.amicable.dispute.domain.model.TaskAction;
import org.amicable.dispute.domain.model.TaskKind;
import org.amicable.dispute.domain.model.Track;
import org.amicable.dispute.domain.port.out.TaskList;
import org.amicable.dispute.domain.port.out.TaskQuery;

/**
 * The open tasks in the {@code open_task} table: written only by {@link #replace}, which the dispute
 * repository calls in the transaction of every save, and read page by page in index order.
 */
@Singleton
public final class JdbcTaskList implements TaskList {

    private static final String COLUMNS = "dispute_id, task_key, kind, letter_id, track, customer_reference, "
            + "customer_name, amount_minor, currency, due_on, assignee, closed_by, detail";

    private final TransactionOperations<Connection> transactions;

    JdbcTaskList(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /**
     * Makes the stored tasks of these disputes what {@link OpenTasks} says of them, on the caller's connection,
     * so within the transaction that saves them. Most changes leave most tasks as they were: only the tasks
     * that differ are deleted and written, so that the list's indexes are not rewritten for nothing.
     */
    public static void replace(Connection connection, Collection<Dispute> disputes) throws SQLException {
        if (disputes.isEmpty()) {
            return;
        }
        // A dispute stored for the first time has no tasks stored.
        Set<Task> stored = stored(connection, disputes.stream().filter(dispute -> dispute.committedVersion() > 0)
                .map(Dispute::id).toList());
        Set<Task> computed = new LinkedHashSet<>();
        disputes.forEach(dispute -> computed.addAll(OpenTasks.of(dispute)));
        List<Task> stale = stored.stream().filter(task -> !computed.contains(task)).toList();
        if (!stale.isEmpty()) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM open_task WHERE dispute_id = ? AND task_key = ?")) {
                for (Task task : stale) {
                    delete.setObject(1, task.disputeId().value());
                    delete.setString(2, task.key());
                    delete.addBatch();
                }
                delete.executeBatch();
            }
        }
        List<Task> tasks = computed.stream().filter(task -> !stored.contains(task)).toList();
        if (tasks.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO open_task (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Task task : tasks) {
                insert.setObject(1, task.disputeId().value());
                insert.setString(2, task.key());
                insert.setString(3, task.kind().name());
                if (task.letterId().isPresent()) {
                    insert.setObject(4, task.letterId().get().value());
                } else {
                    insert.setNull(4, Types.OTHER);
                }
                insert.setString(5, task.track().name());
                insert.setString(6, task.customerReference());
                insert.setString(7, task.customerName());
                if (task.amount().isPresent()) {
                    insert.setLong(8, task.amount().get().minorUnits());
                    insert.setString(9, task.amount().get().currency().getCurrencyCode());
                } else {
                    insert.setNull(8, Types.BIGINT);
                    insert.setNull(9, Types.CHAR);
                }
                insert.setObject(10, task.dueOn());
                insert.setString(11, task.assignee().orElse(null));
                insert.setString(12, task.closedBy().name());
                insert.setString(13, task.detail().map(JdbcTaskList::fitting).orElse(null));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Set<Task> stored(Connection connection, List<DisputeId> disputes) throws SQLException {
        Set<Task> stored = new HashSet<>();
        if (disputes.isEmpty()) {
            return stored;
        }
        DisputeRows.read(connection, "SELECT " + COLUMNS + " FROM open_task WHERE dispute_id IN", disputes,
                row -> stored.add(read(row)));
        return stored;
    }

    private static String fitting(String detail) {
        return detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    @Override
    public List<Task> find(TaskQuery query) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM open_task WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        query.assignee().ifPresent(name -> {
            sql.append(" AND assignee = ?");
            parameters.add(name);
        });
        if (query.unassigned()) {
            sql.append(" AND assignee IS NULL");
        }
        query.kind().ifPresent(kind -> {
            sql.append(" AND kind = ?");
            parameters.add(kind.name());
        });
        query.dueOnOrBefore().ifPresent(date -> {
            sql.append(" AND due_on <= ?");
            parameters.add(date);
        });
        sql.append(" ORDER BY due_on, amount_minor DESC NULLS LAST, dispute_id, task_key OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
        parameters.add(query.offset());
        parameters.add(query.limit());
        return transactions.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement(sql.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                    select.setObject(i + 1, parameters.get(i));
                }
                List<Task> tasks = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        tasks.add(read(rows));
                    }
                }
                return tasks;
            }
        });
    }

    private static Task read(ResultSet rows) throws SQLException {
        long minor = rows.getLong(8);
        Optional<Money> amount = rows.wasNull() ? Optional.empty()
                : Optional.of(Money.ofMinor(minor, Currency.getInstance(rows.getString(9).trim())));
        return new Task(new DisputeId(rows.getObject(1, UUID.class)), TaskKind.valueOf(rows.getString(3)),
                Optional.ofNullable(rows.getObject(4, UUID.class)).map(LetterId::new), Track.valueOf(rows.getString(5)),
                rows.getString(6), rows.getString(7), amount, rows.getObject(10, LocalDate.class),
                Optional.ofNullable(rows.getString(11)), TaskAction.valueOf(rows.getString(12)),
                Optional.ofNullable(rows.getString(13)));
    }
}
