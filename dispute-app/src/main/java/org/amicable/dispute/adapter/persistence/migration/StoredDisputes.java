package org.amicable.dispute.adapter.persistence.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.TimelineEntry;

/**
 * The disputes already stored, rebuilt one at a time from their timelines, for a migration that fills a
 * table every later save keeps (the open tasks, the report rows) as that save would have written it.
 */
final class StoredDisputes {

    /** What a migration writes for one rebuilt dispute, on the migration's connection. */
    interface Writer {
        void write(Connection connection, Dispute dispute) throws SQLException;
    }

    private StoredDisputes() {
    }

    /** Rebuilds each dispute the query selects (its one column: the dispute's id) and hands it to the writer. */
    static void forEach(Connection connection, String selectIds, Writer writer) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(selectIds);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        for (UUID id : ids) {
            List<TimelineEntry> entries = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT entry, hash, personal FROM timeline_entry WHERE dispute_id = ? ORDER BY sequence")) {
                select.setObject(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.add(TimelineEntry.read(rows.getString(1), rows.getString(2),
                                Optional.ofNullable(rows.getString(3))));
                    }
                }
            }
            if (!entries.isEmpty()) {
                writer.write(connection, Dispute.replay(entries));
            }
        }
    }
}
