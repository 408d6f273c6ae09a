package org.amicable.dispute.adapter.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;

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
}
