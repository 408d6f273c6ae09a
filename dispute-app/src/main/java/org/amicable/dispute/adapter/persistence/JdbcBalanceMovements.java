package org.amicable.dispute.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.amicable.dispute.domain.model.BalanceMovement;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.Track;

/**
 * The {@code claim_movement} table the aged balance sums ({@link JdbcReportFigures#agedBalance}): the
 * movements of each claim, rewritten in the transaction of a save whose new entries change them.
 */
public final class JdbcBalanceMovements {

    private JdbcBalanceMovements() {
    }

    /** Rewrites the movements of the claims among these disputes whose new entries change them, on the caller's connection. */
    static void replace(Connection connection, Collection<Dispute> disputes) throws SQLException {
        List<Dispute> changed = disputes.stream().filter(dispute -> dispute.track() == Track.UNPAID_CLAIM
                && BalanceMovement.changedBy(dispute.uncommittedEntries())).toList();
        if (changed.isEmpty()) {
            return;
        }
        // A claim stored for the first time has no movement to remove.
        List<Dispute> stored = changed.stream().filter(dispute -> dispute.committedVersion() > 0).toList();
        if (!stored.isEmpty()) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM claim_movement WHERE dispute_id = ?")) {
                for (Dispute dispute : stored) {
                    delete.setObject(1, dispute.id().value());
                    delete.addBatch();
                }
                delete.executeBatch();
            }
        }
        insert(connection, changed);
    }

    /** Writes the movements of these disputes, which have none stored. */
    public static void insert(Connection connection, Collection<Dispute> disputes) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO claim_movement (dispute_id, sequence,"
                + " customer_kind, currency, due_on, moved_on, claims, amount_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int batched = 0;
            for (Dispute dispute : disputes) {
                for (BalanceMovement movement : BalanceMovement.of(dispute)) {
                    insert.setObject(1, movement.disputeId().value());
                    insert.setInt(2, movement.sequence());
                    insert.setString(3, movement.customerKind().name());
                    insert.setString(4, movement.amount().currency().getCurrencyCode());
                    insert.setObject(5, movement.dueOn());
                    insert.setObject(6, movement.on());
                    insert.setInt(7, movement.claims());
                    insert.setLong(8, movement.amount().minorUnits());
                    insert.addBatch();
                    batched++;
                }
            }
            if (batched > 0) {
                insert.executeBatch();
            }
        }
    }
}
