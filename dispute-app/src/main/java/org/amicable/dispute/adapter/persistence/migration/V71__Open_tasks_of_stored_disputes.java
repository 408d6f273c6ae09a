package org.amicable.dispute.adapter.persistence.migration;

import java.util.List;
import org.amicable.dispute.adapter.persistence.JdbcTaskList;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the open tasks of the disputes stored before tasks were kept: each open dispute is rebuilt from
 * its timeline and its tasks written as every later save writes them.
 */
public class V71__Open_tasks_of_stored_disputes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        StoredDisputes.forEach(context.getConnection(), "SELECT id FROM dispute WHERE is_open = TRUE ORDER BY id",
                (connection, dispute) -> JdbcTaskList.replace(connection, List.of(dispute)));
    }
}
