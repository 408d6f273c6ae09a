package org.amicable.dispute.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.amicable.dispute.domain.model.BalanceMovement;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.Track;

/**
 * The {@code claim_movement} table the aged balance sums ({@link JdbcReportFigures#agedBalance}): the
 * movements of each claim, brought up to date in the transaction of a save whose new entries change them.
 */
public final class JdbcBalanceMovements {

    private JdbcBalanceMovements() {
    }

    /**
     * Makes the stored movements of the claims among these disputes whose new entries change them what
     * {@link BalanceMovement#of} says, on the caller's connection. A claim's movements follow its timeline, so
     * that a save mostly adds one: only the rows that differ are deleted and written, not the claim's every row.
     */
    static void replace(Connection connection, Collection<Dispute> disputes) throws SQLException {
        List<Dispute> changed = disputes.stream().filter(dispute -> dispute.track() == Track.UNPAID_CLAIM
                && BalanceMovement.changedBy(dispute.uncommittedEntries())).toList();
        if (changed.isEmpty()) {
            return;
        }
        // A claim stored for the first time has no movement stored.
        Set<BalanceMovement> stored = stored(connection, changed.stream().filter(dispute -> dispute.committedVersion() > 0)
                .map(Dispute::id).toList());
        Set<BalanceMovement> computed = new LinkedHashSet<>();
        changed.forEach(dispute -> computed.addAll(BalanceMovement.of(dispute)));
        List<BalanceMovement> stale = stored.stream().filter(movement -> !computed.contains(movement)).toList();
        if (!stale.isEmpty()) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM claim_movement WHERE dispute_id = ? AND sequence = ?")) {
                for (BalanceMovement movement : stale) {
                    delete.setObject(1, movement.disputeId().value());
                    delete.setInt(2, movement.sequence());
                    delete.addBatch();
                }
                delete.executeBatch();
            }
        }
        write(connection, computed.stream().filter(movement -> !stored.contains(movement)).toList());
    }

    private static Set<BalanceMovement> stored(Connection connection, List<DisputeId> claims) throws SQLException {
        Set<BalanceMovement> stored = new HashSet<>();
        if (claims.isEmpty()) {
            return stored;
        }
        DisputeRows.read(connection, "SELECT dispute_id, sequence, customer_kind, due_on, moved_on, claims, currency,"
                + " amount_minor FROM claim_movement WHERE dispute_id IN", claims,
                row -> stored.add(new BalanceMovement(new DisputeId(row.getObject(1, UUID.class)), row.getInt(2),
                        CustomerKind.valueOf(row.getString(3)), row.getObject(4, LocalDate.class),
                        row.getObject(5, LocalDate.class), row.getInt(6),
                        Money.ofMinor(row.getLong(8), Currency.getInstance(row.getString(7).trim())))));
        return stored;
    }

    /** Writes the movements of these disputes, which have none stored. */
    public static void insert(Connection connection, Collection<Dispute> disputes) throws SQLException {
        List<BalanceMovement> movements = new ArrayList<>();
        disputes.forEach(dispute -> movements.addAll(BalanceMovement.of(dispute)));
        write(connection, movements);
    }

    private static void write(Connection connection, List<BalanceMovement> movements) throws SQLException {
        if (movements.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO claim_movement (dispute_id, sequence,"
                + " customer_kind, currency, due_on, moved_on, claims, amount_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (BalanceMovement movement : movements) {
                insert.setObject(1, movement.disputeId().value());
                insert.setInt(2, movement.sequence());
                insert.setString(3, movement.customerKind().name());
                insert.setString(4, movement.amount().currency().getCurrencyCode());
                insert.setObject(5, movement.dueOn());
                insert.setObject(6, movement.on());
                insert.setInt(7, movement.claims());
                insert.setLong(8, movement.amount().minorUnits());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
