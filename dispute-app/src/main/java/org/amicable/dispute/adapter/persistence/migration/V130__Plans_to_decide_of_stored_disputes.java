package org.amicable.dispute.adapter.persistence.migration;

import java.util.List;
import org.amicable.dispute.adapter.persistence.JdbcTaskList;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Writes again the open tasks of the open disputes where a customer proposed a repayment plan, stored before a
 * plan waiting for a manager's decision was a task: each is rebuilt from its timeline and its tasks written as
 * every later save writes them.
 */
public class V130__Plans_to_decide_of_stored_disputes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        StoredDisputes.forEach(context.getConnection(), "SELECT id FROM dispute WHERE is_open = TRUE AND EXISTS"
                + " (SELECT 1 FROM timeline_entry WHERE timeline_entry.dispute_id = dispute.id"
                + " AND timeline_entry.event_type = 'repayment-plan-proposed') ORDER BY id",
                (connection, dispute) -> JdbcTaskList.replace(connection, List.of(dispute)));
    }
}
