package org.amicable.dispute.adapter.persistence.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.amicable.dispute.adapter.persistence.JdbcReportFigures;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the report rows of the disputes stored before the reports were kept: each dispute, open or closed,
 * is rebuilt from its timeline and its row written as every later save writes it.
 */
public class V111__Report_rows_of_stored_disputes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<UUID> stored = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM dispute ORDER BY id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                stored.add(rows.getObject(1, UUID.class));
            }
        }
        for (UUID id : stored) {
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
                JdbcReportFigures.replace(connection, List.of(Dispute.replay(entries)));
            }
        }
    }
}
