package org.amicable.dispute.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The databases the application runs on, for tests: a fresh H2 in memory, or a real PostgreSQL. */
enum Databases {
    H2,
    POSTGRESQL;

    private static EmbeddedPostgres postgres;

    /** Datasource settings of a new, empty database of this kind. */
    Map<String, Object> freshDatabase() {
        Map<String, Object> properties = new HashMap<>();
        String name = "t" + UUID.randomUUID().toString().replace("-", "");
        if (this == H2) {
            properties.put("datasources.default.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            properties.put("datasources.default.username", "sa");
            properties.put("datasources.default.password", "");
            return properties;
        }
        EmbeddedPostgres server = postgres();
        try (var connection = server.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        properties.put("datasources.default.url", server.getJdbcUrl("postgres", name) + "&reWriteBatchedInserts=true");
        properties.put("datasources.default.username", "postgres");
        properties.put("datasources.default.password", "postgres");
        properties.put("datasources.default.driver-class-name", "org.postgresql.Driver");
        return properties;
    }

    /** One embedded PostgreSQL for the whole test JVM, stopped when the JVM exits. */
    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    // The JVM is exiting; the temporary data folder goes with it.
                }
            }));
        }
        return postgres;
    }
}
