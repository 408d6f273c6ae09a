package org.amicable.bench.reports;

import io.micronaut.context.ApplicationContext;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import io.micronaut.transaction.TransactionOperations;
import org.amicable.dispute.domain.model.ClaimState;
import org.amicable.dispute.domain.port.in.ViewReportsUseCase;

/**
 * The four reports through the use case (ViewReportsUseCase over the JDBC adapter, as the API calls it)
 * against a bare SQL aggregate of the same figures written here, over DISPUTES report rows seeded straight
 * into an embedded PostgreSQL with generate_series, and the claims' balance movements derived from them. Each report: warm-up rounds, then measured rounds
 * alternating bare and use case; the figures of both must agree. Prints one CSV row a report:
 * FIGURES report,disputes,use_case_ms_median,bare_ms_median,ratio.
 */
public final class ReportBench {

    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
    private static final LocalDate FROM = LocalDate.of(2025, 10, 1);

    public static void main(String[] args) throws Exception {
        int disputes = Integer.parseInt(arg(args, "--disputes", "1000000"));
        int rounds = Integer.parseInt(arg(args, "--rounds", "10"));
        int warmup = Integer.parseInt(arg(args, "--warmup", "3"));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Map<String, Object> settings = Map.of(
                    "datasources.default.url", postgres.getJdbcUrl("postgres", "postgres"),
                    "datasources.default.username", "postgres", "datasources.default.password", "postgres",
                    "datasources.default.driver-class-name", "org.postgresql.Driver",
                    "amicable.dispatch.enabled", "false", "amicable.escalation.schedule.enabled", "false",
                    "micronaut.server.port", "-1");
            try (ApplicationContext context = ApplicationContext.run(settings, "test")) {
                @SuppressWarnings("unchecked")
                TransactionOperations<Connection> data = context.getBean(TransactionOperations.class);
                long started = System.nanoTime();
                seed(data, disputes);
                System.err.printf("SEEDED %,d report rows in %.1f s%n", disputes, (System.nanoTime() - started) / 1e9);
                ViewReportsUseCase reports = context.getBean(ViewReportsUseCase.class);
                ViewReportsUseCase.Period period = new ViewReportsUseCase.Period(FROM, AS_OF);
                Bare bare = new Bare(data);
                List<String> lines = new ArrayList<>();
                lines.add(measure("aged-balance", disputes, warmup, rounds,
                        () -> reports.agedBalance(AS_OF).cells().stream()
                                .mapToLong(cell -> cell.claims() * 31 + cell.owed().minorUnits()).sum(),
                        bare::agedBalance));
                lines.add(measure("recovery", disputes, warmup, rounds, () -> {
                    ViewReportsUseCase.Recovery recovery = reports.recovery(period);
                    return recovery.steps().stream().mapToLong(step -> step.claims() * (step.step().ordinal() + 1)).sum()
                            + recovery.medianDays().orElseThrow().movePointRight(1).longValueExact();
                }, bare::recovery));
                lines.add(measure("mediation-litigation", disputes, warmup, rounds,
                        () -> reports.mediationAndLitigation(AS_OF).cells().stream().mapToLong(cell -> cell.claims()
                                * (cell.stage() == ClaimState.LITIGATION ? 7 : 3) + cell.owed().minorUnits()).sum(),
                        bare::stages));
                lines.add(measure("grievances", disputes, warmup, rounds, () -> {
                    ViewReportsUseCase.GrievanceDeadlines deadlines = reports.grievanceDeadlines(period);
                    return deadlines.onTime() * 3 + deadlines.late();
                }, bare::grievances));
                lines.forEach(line -> System.out.println("FIGURES " + line));
            }
        }
    }

    /** Times both ways alternately; their checksums of the figures must agree, or the run fails. */
    private static String measure(String report, int disputes, int warmup, int rounds, LongSupplier useCase,
            LongSupplier bare) {
        long expected = bare.getAsLong();
        long got = useCase.getAsLong();
        if (expected != got) {
            throw new IllegalStateException(report + ": the use case's figures (" + got + ") differ from the bare"
                    + " aggregate's (" + expected + ")");
        }
        for (int i = 0; i < warmup; i++) {
            bare.getAsLong();
            useCase.getAsLong();
        }
        double[] app = new double[rounds];
        double[] sql = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            // Alternating which goes first, so that neither always finds the cache the other warmed.
            if (i % 2 == 0) {
                sql[i] = time(bare);
                app[i] = time(useCase);
            } else {
                app[i] = time(useCase);
                sql[i] = time(bare);
            }
        }
        double appMs = median(app);
        double sqlMs = median(sql);
        System.err.printf("%-22s use case %8.1f ms  bare SQL %8.1f ms  ratio %.2f%n", report, appMs, sqlMs, appMs / sqlMs);
        return String.format("%s,%d,%.1f,%.1f,%.2f", report, disputes, appMs, sqlMs, appMs / sqlMs);
    }

    private static double time(LongSupplier run) {
        long start = System.nanoTime();
        run.getAsLong();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /**
     * Report rows straight into the table: a tenth grievances (half of them resolved, three in four on time),
     * the claims spread over both kinds of customer, two currencies, every age band, every step, and the
     * states that the reports count.
     */
    private static void seed(TransactionOperations<Connection> data, int disputes) {
        data.executeWrite(status -> {
            try (Statement statement = status.getConnection().createStatement()) {
                statement.executeUpdate("""
                        INSERT INTO dispute_report (dispute_id, track, customer_kind, state, is_open, currency,
                            outstanding_minor, due_on, highest_step, opened_on, settled_on, days_to_settle, mediation_since,
                            mediation_left_on, court_on, remedy_deadline, resolved_on, resolved_on_time)
                        SELECT md5(g::text)::uuid, t.track, CASE WHEN g % 3 = 0 THEN 'CONSUMER' ELSE 'BUSINESS' END, s.state,
                            s.state NOT IN ('SETTLED', 'LITIGATION', 'RESOLVED_ON_TIME', 'RESOLVED_LATE'),
                            CASE WHEN t.claim THEN CASE WHEN g % 50 = 0 THEN 'USD' ELSE 'EUR' END END,
                            CASE WHEN t.claim THEN CASE WHEN s.state = 'SETTLED' THEN 0 ELSE (g::bigint * 7919) % 500000 END END,
                            CASE WHEN t.claim THEN DATE '2026-01-01' + ((g * 31) % 400) - 200 END,
                            CASE WHEN t.claim THEN (ARRAY['NONE', 'FIRST_REMINDER', 'SECOND_REMINDER', 'FORMAL_NOTICE',
                                'MEDIATION'])[g % 5 + 1] ELSE 'NONE' END,
                            DATE '2025-06-01' + g % 250,
                            CASE WHEN s.state = 'SETTLED' THEN DATE '2025-06-01' + g % 250 + g % 90 END,
                            CASE WHEN s.state = 'SETTLED' THEN g % 90 END,
                            CASE WHEN s.state = 'IN_MEDIATION' THEN DATE '2025-10-01' + g % 200 END,
                            CASE WHEN s.state = 'IN_MEDIATION' AND g % 11 = 0 THEN DATE '2026-04-15' END,
                            CASE WHEN s.state = 'LITIGATION' THEN DATE '2025-09-01' + g % 300 END,
                            CASE WHEN NOT t.claim THEN DATE '2026-01-01' + g % 100 END,
                            CASE WHEN s.state LIKE 'RESOLVED%' THEN DATE '2025-12-01' + g % 120 END,
                            s.state = 'RESOLVED_ON_TIME'
                        FROM generate_series(1, DISPUTES) g
                        CROSS JOIN LATERAL (SELECT g % 10 <> 0 AS claim,
                            CASE WHEN g % 10 = 0 THEN 'GRIEVANCE' ELSE 'UNPAID_CLAIM' END AS track) t
                        CROSS JOIN LATERAL (SELECT CASE
                            WHEN NOT t.claim THEN CASE WHEN g % 20 = 0 THEN 'AGREED' WHEN g % 40 = 10 THEN 'RESOLVED_LATE'
                                ELSE 'RESOLVED_ON_TIME' END
                            WHEN g % 7 = 0 THEN 'SETTLED' WHEN g % 7 = 1 THEN 'IN_MEDIATION' WHEN g % 7 = 2 THEN 'LITIGATION'
                            ELSE 'FIRST_REMINDER_SENT' END AS state) s
                        """.replace("DISPUTES", Integer.toString(disputes)));
            }
            return null;
        });
        // The claims' balance movements, as the saves of those rows would have left them: each opened for what it
        // owes plus, for one in four, what a payment ten days later took off; closed (settled or gone to court)
        // for what it still owed, on that day.
        data.executeWrite(status -> {
            try (Statement statement = status.getConnection().createStatement()) {
                statement.executeUpdate("""
                        INSERT INTO claim_movement (dispute_id, sequence, customer_kind, currency, due_on, moved_on, claims,
                            amount_minor)
                        SELECT dispute_id, 1, customer_kind, currency, due_on, opened_on, 1, outstanding_minor
                            + CASE WHEN get_byte(uuid_send(dispute_id), 0) % 4 = 0 THEN 12345 ELSE 0 END
                        FROM dispute_report WHERE track = 'UNPAID_CLAIM'
                        UNION ALL
                        SELECT dispute_id, 2, customer_kind, currency, due_on, opened_on + 10, 0, -12345
                        FROM dispute_report WHERE track = 'UNPAID_CLAIM' AND get_byte(uuid_send(dispute_id), 0) % 4 = 0
                        UNION ALL
                        SELECT dispute_id, 3, customer_kind, currency, due_on,
                            GREATEST(opened_on + 10, COALESCE(settled_on, court_on)), -1, -outstanding_minor
                        FROM dispute_report WHERE track = 'UNPAID_CLAIM' AND NOT is_open
                        """);
            }
            return null;
        });
        data.executeWrite(status -> {
            try (Statement statement = status.getConnection().createStatement()) {
                statement.execute("ANALYZE dispute_report");
                statement.execute("ANALYZE claim_movement");
            }
            return null;
        });
    }

    /** The same figures as one plain aggregate each, written apart from the adapter's, as checksums. */
    private record Bare(TransactionOperations<Connection> data) {

        long agedBalance() {
            return sum("SELECT sum(claims), sum(amount_minor) FROM claim_movement WHERE moved_on <= ?"
                    + " GROUP BY currency, customer_kind, CASE WHEN ?::date - due_on <= 0 THEN 0"
                    + " WHEN ?::date - due_on <= 30 THEN 1 WHEN ?::date - due_on <= 60 THEN 2"
                    + " WHEN ?::date - due_on <= 90 THEN 3 ELSE 4 END HAVING sum(claims) > 0",
                    rows -> rows.getLong(1) * 31 + rows.getLong(2), AS_OF, AS_OF, AS_OF, AS_OF, AS_OF);
        }

        long recovery() {
            String settled = " FROM dispute_report WHERE state = 'SETTLED' AND settled_on BETWEEN ? AND ?";
            long steps = sum("SELECT count(*), CASE highest_step WHEN 'NONE' THEN 1 WHEN 'FIRST_REMINDER' THEN 2"
                    + " WHEN 'SECOND_REMINDER' THEN 3 WHEN 'FORMAL_NOTICE' THEN 4 ELSE 5 END" + settled
                    + " GROUP BY highest_step", rows -> rows.getLong(1) * rows.getLong(2), FROM, AS_OF);
            return steps + sum("SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY days_to_settle) * 10)" + settled,
                    rows -> rows.getLong(1), FROM, AS_OF);
        }

        long stages() {
            String day = "DATE '" + AS_OF + "'";
            return sum("SELECT count(*), sum(outstanding_minor), court_on <= " + day + " FROM dispute_report"
                    + " WHERE track = 'UNPAID_CLAIM' AND (court_on <= " + day + " OR (mediation_since <= " + day
                    + " AND coalesce(mediation_left_on, 'infinity') > " + day + ")) GROUP BY currency, court_on <= " + day,
                    rows -> rows.getLong(1) * (rows.getBoolean(3) ? 7 : 3) + rows.getLong(2));
        }

        long grievances() {
            return sum("SELECT count(*) FILTER (WHERE resolved_on_time), count(*) FILTER (WHERE NOT resolved_on_time)"
                    + " FROM dispute_report WHERE track = 'GRIEVANCE' AND resolved_on BETWEEN ? AND ?",
                    rows -> rows.getLong(1) * 3 + rows.getLong(2), FROM, AS_OF);
        }

        private interface RowValue {
            long of(ResultSet rows) throws SQLException;
        }

        private long sum(String sql, RowValue value, Object... parameters) {
            return data.executeRead(status -> {
                try (PreparedStatement select = status.getConnection().prepareStatement(sql)) {
                    for (int i = 0; i < parameters.length; i++) {
                        select.setObject(i + 1, parameters[i]);
                    }
                    long sum = 0;
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            sum += value.of(rows);
                        }
                    }
                    return sum;
                }
            });
        }
    }

    private static String arg(String[] args, String name, String otherwise) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return otherwise;
    }
}
