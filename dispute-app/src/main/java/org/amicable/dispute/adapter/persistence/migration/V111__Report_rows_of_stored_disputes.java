package org.amicable.dispute.adapter.persistence.migration;

import java.util.List;
import org.amicable.dispute.adapter.persistence.JdbcReportFigures;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the report rows of the disputes stored before the reports were kept: each dispute, open or closed,
 * is rebuilt from its timeline and its row written as every later save writes it.
 */
public class V111__Report_rows_of_stored_disputes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        StoredDisputes.forEach(context.getConnection(), "SELECT id FROM dispute ORDER BY id",
                (connection, dispute) -> JdbcReportFigures.replace(connection, List.of(dispute)));
    }
}
