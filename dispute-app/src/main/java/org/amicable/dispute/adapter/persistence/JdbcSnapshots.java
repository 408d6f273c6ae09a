package org.amicable.dispute.adapter.persistence;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.amicable.dispute.domain.model.DisputeId;

/**
 * The snapshots kept in the disputes' rows ({@link org.amicable.dispute.domain.model.DisputeSnapshot}) with the
 * version they must have been taken at. The saves write them with the rest of the row; this reads them, and
 * writes again a snapshot the dispute had to be rebuilt for.
 */
@Singleton
final class JdbcSnapshots {

    /** A read needs no transaction of its own: one statement is consistent by itself. */
    private static final TransactionDefinition ONE_STATEMENT =
            TransactionDefinition.of(TransactionDefinition.Propagation.SUPPORTS);

    private final TransactionOperations<Connection> transactions;

    JdbcSnapshots(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /**
     * A dispute's row: its version (the number of its entries) and its snapshot, empty when it has none (stored
     * before snapshots were kept, or its personal data erased).
     */
    record Row(long version, Optional<String> snapshot) {
    }

    /** The rows of the disputes that exist, by id. */
    Map<DisputeId, Row> rows(List<DisputeId> ids) {
        return transactions.execute(ONE_STATEMENT, status -> {
            Map<DisputeId, Row> rows = new LinkedHashMap<>();
            // An erased dispute is read from its erased timeline, whatever snapshot its row may hold.
            try (PreparedStatement select = status.getConnection().prepareStatement("SELECT id, version,"
                    + " CASE WHEN erased_on IS NULL THEN snapshot END FROM dispute WHERE id IN ("
                    + "?,".repeat(ids.size() - 1) + "?)")) {
                for (int i = 0; i < ids.size(); i++) {
                    select.setObject(i + 1, ids.get(i).value());
                }
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        rows.put(new DisputeId(result.getObject(1, UUID.class)),
                                new Row(result.getLong(2), Optional.ofNullable(result.getString(3))));
                    }
                }
            }
            return rows;
        });
    }

    /**
     * Keeps the snapshot of a dispute rebuilt from its timeline, unless the dispute changed meanwhile, when it is read
     * outside any transaction: in a change's transaction, its save writes the snapshot, and a row locked at read
     * time could deadlock with another change.
     */
    void rewrite(DisputeId id, long version, String snapshot) {
        if (transactions.findTransactionStatus().isPresent()) {
            return;
        }
        transactions.executeWrite(status -> {
            try (PreparedStatement update = status.getConnection().prepareStatement(
                    "UPDATE dispute SET snapshot = ? WHERE id = ? AND version = ? AND erased_on IS NULL")) {
                update.setString(1, snapshot);
                update.setObject(2, id.value());
                update.setLong(3, version);
                return update.executeUpdate();
            }
        });
    }
}
