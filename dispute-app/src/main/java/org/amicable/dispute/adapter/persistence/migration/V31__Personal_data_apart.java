package org.amicable.dispute.adapter.persistence.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.amicable.dispute.domain.model.EventFormat;
import org.amicable.dispute.domain.model.Timeline;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Moves the personal values of timelines stored before they were kept apart out of their lines, so that
 * they can be erased once their retention ends while the chain still verifies (docs/EVIDENCE.md, "Personal
 * data"). From the first entry holding personal values in its line on, each entry is stated again, its
 * values kept beside the line, and chained again; the hash it had before is kept in
 * {@code hash_before_sealing}, so that a copy exported earlier can still be matched to its entry. A
 * database with no such entry is left as it is.
 */
public class V31__Personal_data_apart extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<UUID> disputes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM dispute ORDER BY id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                disputes.add(rows.getObject(1, UUID.class));
            }
        }
        for (UUID dispute : disputes) {
            seal(connection, dispute);
        }
    }

    private static void seal(Connection connection, UUID dispute) throws SQLException {
        List<TimelineEntry> entries = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT entry, hash, personal FROM timeline_entry WHERE dispute_id = ? ORDER BY sequence")) {
            select.setObject(1, dispute);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(TimelineEntry.read(rows.getString(1), rows.getString(2), Optional.ofNullable(rows.getString(3))));
                }
            }
        }
        int first = 0;
        while (first < entries.size() && !EventFormat.holdsPersonalValuesInItsLine(entries.get(first))) {
            first++;
        }
        if (first == entries.size()) {
            return;
        }
        String previous = first == 0 ? Timeline.GENESIS : entries.get(first - 1).hash();
        try (PreparedStatement update = connection.prepareStatement("UPDATE timeline_entry SET entry = ?, hash = ?,"
                + " personal = ?, hash_before_sealing = ? WHERE dispute_id = ? AND sequence = ?")) {
            for (TimelineEntry entry : entries.subList(first, entries.size())) {
                TimelineEntry sealed = EventFormat.restateSealed(entry, previous);
                update.setString(1, sealed.stored());
                update.setString(2, sealed.hash());
                update.setString(3, sealed.personal().orElse(null));
                update.setString(4, entry.hash());
                update.setObject(5, dispute);
                update.setLong(6, entry.sequence());
                update.addBatch();
                previous = sealed.hash();
            }
            update.executeBatch();
        }
    }
}
