package org.amicable.bench.esc;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.amicable.bench.Args;
import org.amicable.bench.Db;
import org.amicable.dispute.domain.policy.EscalationPolicy;
import org.amicable.dispute.domain.port.in.EscalationReport;
import org.amicable.dispute.domain.port.in.RunEscalationUseCase;

/**
 * One measured escalation run, in its own JVM, on a fresh copy of the seeded database: an H2 file
 * copy, or a PostgreSQL database created from the seeded one as a template, the cluster running with
 * fsync and synchronous_commit on.
 *
 * <pre>
 * --db h2|pg  --seed DIR  --work DIR  --days-back 1|2|3  --impl app|jdbc  [--out results.csv]
 * </pre>
 *
 * app: the application's {@code RunEscalationUseCase.runEscalation(date)} from its own Micronaut context;
 * jdbc: {@link PlainJdbcEscalation}.
 */
public final class EscalationBench {

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        String kind = args.required("db");
        Path seed = Path.of(args.required("seed"));
        Path work = Path.of(args.required("work"));
        int daysBack = args.integer("days-back", 1);
        String impl = args.required("impl");
        Db server = null;
        Db db;
        if (kind.equals("pg")) {
            // --durable false: fsync and synchronous_commit off (a diagnostic only, never a reported figure).
            server = Db.postgres(seed.resolve("pg"), "postgres", !"false".equals(args.get("durable", "true")));
            server.admin("DROP DATABASE IF EXISTS run", "CREATE DATABASE run TEMPLATE seed");
            db = server.database("run");
        } else {
            deleteTree(work);
            Files.createDirectories(work);
            Files.copy(seed.resolve("amicable.mv.db"), work.resolve("amicable.mv.db"), StandardCopyOption.REPLACE_EXISTING);
            db = Db.h2(work);
        }
        // Warm-up, in the same JVM and on the same kind of database: 100,000 disputes (10,000 due) seeded and
        // escalated by the same implementation, so that the measured run is the steady state. After a warm-up of
        // 200 due, the JIT compiler still took about one of the two cores through a whole 10,000-due run of the
        // application, whose code is larger than the plain program's: that measured its compilation.
        int warm = args.integer("warm-up", 100_000);
        if (warm > 0) {
            Db warmDb;
            if (server != null) {
                server.admin("DROP DATABASE IF EXISTS warm", "CREATE DATABASE warm");
                warmDb = server.database("warm");
            } else {
                warmDb = Db.h2Memory("warm");
            }
            org.amicable.bench.Seed.run(warmDb, warm, new int[] {warm / 1000, warm / 100, warm / 10}, false,
                    java.util.Optional.empty());
            try (ApplicationContext context = ApplicationContext.builder().properties(warmDb.contextProperties()).start()) {
                measure(context, impl, 1, args, "warm-up");
            }
            if (server != null) {
                server.admin("DROP DATABASE IF EXISTS warm");
            } else {
                // The in-memory database outlives its pool: drop it, lest the measured run carry it in its heap.
                try (java.sql.Connection c = warmDb.connect(); java.sql.Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                }
            }
        }
        try (ApplicationContext context = ApplicationContext.builder().properties(db.contextProperties()).start()) {
            String line = measure(context, impl, daysBack, args, kind);
            System.out.println("RESULT db,impl,disputes,due,seconds,rows_per_s,load_before,load_after,entries_after,jvm_cpu_s");
            System.out.println("RESULT " + line);
            String out = args.get("out", null);
            if (out != null) {
                Files.writeString(Path.of(out), line + System.lineSeparator(), StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
        } finally {
            if (server != null) {
                server.admin("DROP DATABASE IF EXISTS run");
                server.close();
            } else {
                deleteTree(work);
            }
        }
    }

    private static String measure(ApplicationContext context, String impl, int daysBack, Args args, String kind)
            throws Exception {
        Clock clock = context.getBean(Clock.class);
        EscalationPolicy policy = context.getBean(EscalationPolicy.class);
        DataSource dataSource = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(
                context.getBean(DataSource.class));
        LocalDate date = LocalDate.now(clock).minusDays(daysBack);
        long total = count(dataSource, "SELECT COUNT(*) FROM dispute", null);
        long due = count(dataSource, "SELECT COUNT(*) FROM dispute WHERE due_on <= ?", date);
        PlainJdbcEscalation jdbc = new PlainJdbcEscalation(dataSource, policy, clock, date);
        RunEscalationUseCase app = context.getBean(RunEscalationUseCase.class);
        String loadBefore = Db.loadAverage();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        long done;
        switch (impl) {
            case "app" -> {
                EscalationReport report = app.runEscalation(date);
                done = report.examined();
                if (!report.conflicts().isEmpty()) {
                    throw new IllegalStateException(report.conflicts().size() + " conflicts");
                }
            }
            case "jdbc" -> done = jdbc.run(date);
            default -> throw new IllegalArgumentException("--impl app|jdbc");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
        String loadAfter = Db.loadAverage();
        long letters = count(dataSource, "SELECT COUNT(*) FROM outbox_letter WHERE status = 'PENDING'", null);
        long left = count(dataSource, "SELECT COUNT(*) FROM dispute WHERE due_on <= ?", date);
        long entries = count(dataSource, "SELECT COUNT(*) FROM timeline_entry", null);
        if (done != due || letters != due || left != 0) {
            throw new IllegalStateException("done " + done + ", due " + due + ", letters " + letters + ", left " + left);
        }
        System.out.printf("%s: %d due escalated in %.2f s%n", kind, due, seconds);
        return String.format("%s,%s,%d,%d,%.2f,%.0f,%s,%s,%d,%.2f", kind, impl, total, due, seconds, due / seconds,
                loadBefore, loadAfter, entries, cpuSeconds);
    }

    private static long count(DataSource dataSource, String sql, LocalDate date) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (date != null) {
                s.setObject(1, date);
            }
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
