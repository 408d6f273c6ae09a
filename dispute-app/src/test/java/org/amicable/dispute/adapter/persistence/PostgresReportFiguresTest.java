package org.amicable.dispute.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The reports' figures contract on a real PostgreSQL, started from the embedded binaries of Maven Central. */
class PostgresReportFiguresTest extends JdbcReportFiguresContract {

    private EmbeddedPostgres postgres;

    @Override
    protected Map<String, Object> datasource() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
        return Map.of("datasources.default.url", postgres.getJdbcUrl("postgres", "postgres"),
                "datasources.default.username", "postgres", "datasources.default.password", "postgres",
                "datasources.default.driver-class-name", "org.postgresql.Driver");
    }

    @AfterAll
    void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void the_report_dates_are_indexed_only_where_set_and_the_dated_reports_can_use_those_indexes() throws SQLException {
        emptyStorage();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            Map<String, String> definitions = new HashMap<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'dispute_report'")) {
                while (rows.next()) {
                    definitions.put(rows.getString(1), rows.getString(2));
                }
            }
            assertThat(definitions).hasSize(5);
            assertThat(definitions.get("dispute_report_settled")).endsWith("WHERE (settled_on IS NOT NULL)");
            assertThat(definitions.get("dispute_report_resolved")).endsWith("WHERE (resolved_on IS NOT NULL)");
            assertThat(definitions.get("dispute_report_mediation")).endsWith("WHERE (mediation_since IS NOT NULL)");
            assertThat(definitions.get("dispute_report_court")).endsWith("WHERE (court_on IS NOT NULL)");

            // A range of dates implies the date is set: the planner may answer it from the partial index
            // (it is told not to scan the table, so the plan shows whether the index qualifies).
            statement.execute("SET enable_seqscan = off");
            assertThat(plan(statement, "PREPARE settled(date, date) AS SELECT COUNT(*) FROM dispute_report"
                    + " WHERE track = 'UNPAID_CLAIM' AND settled_on >= $1 AND settled_on <= $2",
                    "settled('2026-01-01', '2026-12-31')"))
                    .contains("dispute_report_settled");
            assertThat(plan(statement, "PREPARE staged(date) AS SELECT COUNT(*) FROM dispute_report"
                    + " WHERE track = 'UNPAID_CLAIM' AND (court_on <= $1 OR (mediation_since <= $1"
                    + " AND (mediation_left_on IS NULL OR mediation_left_on > $1)))", "staged('2026-06-30')"))
                    .contains("dispute_report_court").contains("dispute_report_mediation");
        }
    }

    /** The generic plan of a prepared statement, which holds for any value of its parameters. */
    private static String plan(Statement statement, String prepare, String execute) throws SQLException {
        statement.execute("SET plan_cache_mode = force_generic_plan");
        statement.execute(prepare);
        StringBuilder plan = new StringBuilder();
        try (ResultSet rows = statement.executeQuery("EXPLAIN EXECUTE " + execute)) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }
}
