package org.amicable.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A database for a benchmark: an H2 file, or a database of an embedded PostgreSQL (zonky binaries from
 * Maven Central) whose cluster lives in a folder and listens on 127.0.0.1 only.
 */
public final class Db implements AutoCloseable {

    public static final int PG_PORT = Integer.getInteger("bench.pg.port", 54329);

    public final String kind;
    public final String url;
    public final String user;
    public final String password;
    private final EmbeddedPostgres postgres;

    private Db(String kind, String url, String user, String password, EmbeddedPostgres postgres) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password;
        this.postgres = postgres;
    }

    /** The H2 file database {@code folder/amicable}, with the application's default URL form. */
    public static Db h2(Path folder) {
        return new Db("h2", "jdbc:h2:file:" + folder.toAbsolutePath() + "/amicable", "sa", "", null);
    }

    /**
     * Starts the PostgreSQL cluster in {@code cluster} (created on first use) and returns its database
     * {@code name}. {@code durable}: fsync and synchronous_commit on, as production would run; the
     * embedded server starts with them off.
     */
    public static Db postgres(Path cluster, String name, boolean durable) {
        try {
            Files.createDirectories(cluster);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(cluster)
                    .setCleanDataDirectory(false)
                    .setPort(PG_PORT)
                    .setPGStartupWait(Duration.ofSeconds(120))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off")
                    .setServerConfig("max_wal_size", "2GB")
                    .start();
            String url = "jdbc:postgresql://127.0.0.1:" + PG_PORT + "/" + name + "?reWriteBatchedInserts=true";
            return new Db("pg", url, "postgres", "", pg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs administrative statements on the cluster's {@code postgres} database (CREATE DATABASE …). */
    public void admin(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + PG_PORT + "/postgres", user, password);
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** An in-memory H2 database (the warm-up of an H2 run). */
    public static Db h2Memory(String name) {
        return new Db("h2", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", null);
    }

    public Db database(String name) {
        return new Db(kind, "jdbc:postgresql://127.0.0.1:" + PG_PORT + "/" + name + "?reWriteBatchedInserts=true",
                user, password, null);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Properties that point the application's context at this database, with the background jobs off. */
    public Map<String, Object> contextProperties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("datasources.default.url", url);
        p.put("datasources.default.username", user);
        p.put("datasources.default.password", password);
        p.put("amicable.dispatch.enabled", "false");
        p.put("amicable.escalation.schedule.enabled", "false");
        // A kept seed already holds the bench's own V900 table: a migration the application gained since is
        // applied on top of it rather than refused as out of order.
        p.put("flyway.datasources.default.out-of-order", "true");
        return p;
    }

    @Override
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
