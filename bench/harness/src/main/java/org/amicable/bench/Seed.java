package org.amicable.bench;

import io.micronaut.context.ApplicationContext;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.amicable.dispute.adapter.persistence.JdbcBalanceMovements;
import org.amicable.dispute.adapter.persistence.JdbcReportFigures;
import org.amicable.dispute.adapter.persistence.JdbcTaskList;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.Dispute;
import org.amicable.dispute.domain.model.DisputeEvent;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.PostalAddress;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.amicable.dispute.domain.model.DisputeSnapshot;
import org.amicable.dispute.domain.model.UnpaidClaim;
import org.amicable.dispute.domain.policy.EscalationPolicy;
import org.amicable.dispute.domain.port.in.DisputeSummary;

/**
 * Seeds disputes fast, with plain JDBC batches, in the application's own schema (created by the
 * application's Flyway migrations, run by starting its context once). Every dispute is built by the
 * domain ({@code UnpaidClaim.open}) and its uncommitted entries are written with the application's
 * JSON mapping, so the application can replay them, with the snapshot of its state the application
 * keeps in the dispute's row and reads it from, and with the rows its read models hold of it (open tasks,
 * report row, balance movements), written by the application's own writers, as in a running system (a claim
 * awaiting its first reminder has no open task, so {@code open_task} starts empty and fills during a run).
 *
 * <p>Due groups ({@code --due a,b,c}, cumulative counts): the first reminder of the first {@code a}
 * disputes (spread over the id range) is due on today-3, of the next {@code b-a} on today-2, of the
 * next {@code c-b} on today-1; all others on today+30. The escalation run for today-3, today-2 or
 * today-1 thus finds a, b or c due disputes among the same total.
 *
 * <p>{@code --escalated}: each dispute is also escalated once (first reminder issued, its letter
 * recorded as sent), the common shape of a dispute read over HTTP; its invoice is 1,000,000 EUR so
 * that small payments never settle it. {@code --ids-file} writes every dispute id, one a line.
 */
public final class Seed {

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        String kind = args.required("db");
        Path dir = Path.of(args.required("dir"));
        int total = args.integer("disputes", 10_000);
        int[] due = java.util.Arrays.stream(args.get("due", "10,100,1000").split(",")).mapToInt(Integer::parseInt)
                .toArray();
        boolean escalated = Boolean.parseBoolean(args.get("escalated", "false"));
        Optional<Path> idsFile = Optional.ofNullable(args.get("ids-file", null)).map(Path::of);
        if (total % 1000 != 0) {
            throw new IllegalArgumentException("--disputes must be a multiple of 1000");
        }
        Db db;
        if (kind.equals("pg")) {
            // Seeding is not measured: the cluster runs without fsync here, with it for the runs.
            Db server = Db.postgres(dir.resolve("pg"), "postgres", false);
            server.admin("DROP DATABASE IF EXISTS seed", "CREATE DATABASE seed");
            db = server;
            run(server.database("seed"), total, due, escalated, idsFile);
            server.admin("CHECKPOINT");
            server.close();
        } else {
            Files.createDirectories(dir);
            db = Db.h2(dir);
            run(db, total, due, escalated, idsFile);
        }
    }

    public static void run(Db db, int total, int[] due, boolean escalated, Optional<Path> idsFile) throws Exception {
        long started = System.nanoTime();
        try (ApplicationContext context = ApplicationContext.builder().properties(db.contextProperties()).start()) {
            EscalationPolicy policy = context.getBean(EscalationPolicy.class);
            Clock clock = context.getBean(Clock.class);
            DataSource dataSource = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(
                    context.getBean(DataSource.class));
            LocalDate today = LocalDate.now(clock);
            // Claims were opened 60 days ago (a claim is never due before the day it was opened).
            Clock opening = Clock.offset(clock, java.time.Duration.ofDays(-60));
            int reminderDays = firstReminderDays(policy, opening, today);
            int[] thresholds = new int[due.length];
            for (int g = 0; g < due.length; g++) {
                thresholds[g] = (int) ((long) due[g] * 1000 / total);
            }
            BufferedWriter ids = idsFile.isPresent() ? Files.newBufferedWriter(idsFile.get()) : null;
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                PreparedStatement dispute = c.prepareStatement("INSERT INTO dispute (id, track, state, is_open, "
                        + "customer_reference, customer_name, invoice_number, due_on, version, opened_on, snapshot) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement entry = c.prepareStatement("INSERT INTO timeline_entry "
                        + "(dispute_id, sequence, recorded_at, event_type, hash, entry, personal) VALUES (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement letter = c.prepareStatement("INSERT INTO outbox_letter (letter_id, dispute_id, "
                        + "status, attempts, not_before, sent_at, letter) VALUES (?, ?, 'SENT', 1, ?, ?, ?)");
                OffsetDateTime epoch = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
                List<Dispute> batch = new ArrayList<>(1000);
                for (int i = 0; i < total; i++) {
                    int k = i % 1000;
                    int group = 0;
                    while (group < thresholds.length && k >= thresholds[group]) {
                        group++;
                    }
                    // group g < due.length: first reminder due on today-(due.length-g); otherwise today+30.
                    LocalDate reminderOn = group < due.length ? today.minusDays(due.length - group) : today.plusDays(30);
                    LocalDate invoiceDue = reminderOn.minusDays(reminderDays);
                    if (escalated) {
                        invoiceDue = today.minusDays(reminderDays + 1L);
                    }
                    Customer customer = new Customer("C-" + i, "Client " + i + " SARL", CustomerKind.BUSINESS,
                            Optional.of("compta" + i + "@example.com"),
                            new PostalAddress(List.of(i + " rue de la Paix"), "75002", "Paris", "FR"),
                            Optional.of("+33 1 23 45 67 89"), Language.FR);
                    Invoice invoice = new Invoice("F-2026-" + i, invoiceDue.minusDays(30), invoiceDue,
                            Money.euros(escalated ? "1000000.00" : "1200.00"));
                    UnpaidClaim claim = UnpaidClaim.open(DisputeId.next(clock), customer, invoice, opening);
                    if (escalated) {
                        claim.escalate(today, policy, clock);
                    }
                    Optional<LocalDate> dueOn = claim.nextDueOn(policy);
                    if (!escalated && i < 1000 && group < due.length && !dueOn.equals(Optional.of(reminderOn))) {
                        throw new IllegalStateException("seeded due date " + dueOn + " is not " + reminderOn);
                    }
                    DisputeSummary s = DisputeSummary.of(claim, dueOn);
                    dispute.setObject(1, s.id().value());
                    dispute.setString(2, s.track().name());
                    dispute.setString(3, s.state().name());
                    dispute.setBoolean(4, !claim.isClosed());
                    dispute.setString(5, s.customerReference());
                    dispute.setString(6, s.customerName());
                    dispute.setString(7, s.invoiceNumber().orElse(null));
                    if (dueOn.isPresent()) {
                        dispute.setObject(8, dueOn.get());
                    } else {
                        dispute.setNull(8, Types.DATE);
                    }
                    dispute.setLong(9, s.version());
                    dispute.setObject(10, s.openedOn());
                    dispute.setString(11, DisputeSnapshot.of(claim));
                    dispute.addBatch();
                    batch.add(claim);
                    for (TimelineEntry e : claim.uncommittedEntries()) {
                        entry.setObject(1, e.disputeId().value());
                        entry.setLong(2, e.sequence());
                        entry.setObject(3, OffsetDateTime.ofInstant(e.recordedAt(), ZoneOffset.UTC));
                        entry.setString(4, BenchJson.eventType(e));
                        entry.setString(5, e.hash());
                        entry.setString(6, BenchJson.write(e));
                        entry.setString(7, e.personal().orElse(null));
                        entry.addBatch();
                        if (e.event() instanceof DisputeEvent.LetterIssued issued) {
                            Letter l = issued.letter();
                            letter.setObject(1, l.id().value());
                            letter.setObject(2, claim.id().value());
                            letter.setObject(3, epoch);
                            letter.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
                            letter.setString(5, BenchJson.write(l));
                            letter.addBatch();
                        }
                    }
                    if (ids != null) {
                        ids.write(claim.id().toString());
                        ids.newLine();
                    }
                    if ((i + 1) % 1000 == 0) {
                        dispute.executeBatch();
                        entry.executeBatch();
                        if (escalated) {
                            letter.executeBatch();
                        }
                        JdbcTaskList.replace(c, batch);
                        JdbcReportFigures.replace(c, batch);
                        JdbcBalanceMovements.insert(c, batch);
                        batch.clear();
                        c.commit();
                        if ((i + 1) % 100_000 == 0) {
                            System.out.printf("seeded %d disputes in %.0f s (load %s)%n", i + 1,
                                    (System.nanoTime() - started) / 1e9, Db.loadAverage());
                        }
                    }
                }
                if (db.kind.equals("pg")) {
                    c.setAutoCommit(true);
                    try (Statement s = c.createStatement()) {
                        s.execute("VACUUM ANALYZE");
                    }
                } else {
                    try (Statement s = c.createStatement()) {
                        s.execute("ANALYZE");
                    }
                    c.commit();
                }
            }
            if (ids != null) {
                ids.close();
            }
            System.out.printf("SEEDED db=%s disputes=%d due=%s escalated=%s seconds=%.1f today=%s%n", db.kind, total,
                    java.util.Arrays.toString(due), escalated, (System.nanoTime() - started) / 1e9, today);
        }
    }

    /** The policy's delay from an invoice's due date to the first reminder, read from the domain itself. */
    private static int firstReminderDays(EscalationPolicy policy, Clock clock, LocalDate today) {
        Customer probe = new Customer("P", "Probe", CustomerKind.BUSINESS, Optional.empty(),
                new PostalAddress(List.of("1 rue"), "75002", "Paris", "FR"), Optional.empty(), Language.FR);
        UnpaidClaim claim = UnpaidClaim.open(DisputeId.next(clock), probe,
                new Invoice("P-1", today.minusDays(60), today.minusDays(30), Money.euros("1.00")), clock);
        LocalDate next = claim.nextDueOn(policy).orElseThrow();
        return (int) java.time.temporal.ChronoUnit.DAYS.between(today.minusDays(30), next);
    }
}
