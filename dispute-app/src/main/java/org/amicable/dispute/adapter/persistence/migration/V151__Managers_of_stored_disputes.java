package org.amicable.dispute.adapter.persistence.migration;

import java.sql.PreparedStatement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the manager of the disputes stored before the summaries kept one: each dispute whose timeline assigns
 * a manager is rebuilt from it and its summary given the manager every later save writes.
 */
public class V151__Managers_of_stored_disputes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        // Only a "manager-assigned" entry names a manager (its stable type name, in the canonical JSON).
        StoredDisputes.forEach(context.getConnection(), "SELECT DISTINCT dispute_id FROM timeline_entry"
                + " WHERE entry LIKE '%\"type\":\"manager-assigned\"%' ORDER BY dispute_id", (connection, dispute) -> {
                    try (PreparedStatement update = connection.prepareStatement("UPDATE dispute SET manager = ? WHERE id = ?")) {
                        update.setString(1, dispute.manager().orElse(null));
                        update.setObject(2, dispute.id().value());
                        update.executeUpdate();
                    }
                });
    }
}
