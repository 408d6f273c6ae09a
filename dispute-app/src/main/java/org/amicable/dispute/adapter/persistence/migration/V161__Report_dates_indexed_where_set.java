package org.amicable.dispute.adapter.persistence.migration;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, indexes each date of the report rows only where it is set. Most rows have none of these dates
 * (a claim not yet settled, in mediation or in court; a grievance not yet resolved), and every save of a dispute
 * writes its report row again: a full index took an entry for every row at every save, while the dated reports
 * only ask for a range of dates, which implies the date is set and lets PostgreSQL use the partial index.
 * H2 has no partial indexes: there the indexes stay as they are.
 */
public class V161__Report_dates_indexed_where_set extends BaseJavaMigration {

    /** Each index of the report's dates and the column it indexes. */
    private static final Map<String, String> INDEXES = Map.of(
            "dispute_report_settled", "settled_on",
            "dispute_report_resolved", "resolved_on",
            "dispute_report_mediation", "mediation_since",
            "dispute_report_court", "court_on");

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> index : INDEXES.entrySet()) {
                statement.execute("DROP INDEX " + index.getKey());
                statement.execute("CREATE INDEX " + index.getKey() + " ON dispute_report (" + index.getValue()
                        + ") WHERE " + index.getValue() + " IS NOT NULL");
            }
        }
    }
}
