package org.amicable.bench;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

/**
 * Seeds the task list's benchmark: {@code --disputes} dispute rows, of which {@code --tasks} have an open
 * task of the measured assignee ({@code manager-0}) and as many again an open task of other managers or of
 * nobody. The schema comes from the application's own migrations (its context started once); the rows
 * are written by plain JDBC, the tasks as the application stores them (open_task), without replaying
 * timelines: what is measured is the read, not how the rows came to be.
 *
 * <p>Arguments: {@code --dir DIR --disputes N --tasks N}.
 */
public final class SeedTasks {

    private SeedTasks() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        Db db = Db.h2(Path.of(args.required("dir")));
        int disputes = Integer.parseInt(args.get("disputes", "1000000"));
        int tasks = Integer.parseInt(args.get("tasks", "50000"));
        try (ApplicationContext context = ApplicationContext.builder().properties(db.contextProperties()).start()) {
            // Flyway ran: the schema is the application's.
        }
        long started = System.nanoTime();
        Random random = new Random(42);
        LocalDate today = LocalDate.now();
        String[] kinds = {"CONFIRM_BY_PHONE", "RECORD_TRACKING", "RECORD_ACKNOWLEDGMENT", "PROMISE_DUE",
                "CONFIRM_MEDIATION", "LIMITATION_WARNING"};
        String[] closers = {"RECORD_PHONE_CALL", "RECORD_TRACKING", "RECORD_ACKNOWLEDGMENT", "RECORD_PAYMENT",
                "CONFIRM_MEDIATION", "TAKE_TO_COURT"};
        try (Connection connection = DriverManager.getConnection(db.url, db.user, db.password)) {
            connection.setAutoCommit(false);
            try (PreparedStatement dispute = connection.prepareStatement("INSERT INTO dispute (id, track, state, is_open,"
                    + " customer_reference, customer_name, invoice_number, due_on, version, opened_on)"
                    + " VALUES (?, 'UNPAID_CLAIM', ?, ?, ?, ?, ?, ?, 1, ?)");
                 PreparedStatement task = connection.prepareStatement("INSERT INTO open_task (dispute_id, task_key, kind,"
                         + " letter_id, track, customer_reference, customer_name, amount_minor, currency, due_on,"
                         + " assignee, closed_by, detail) VALUES (?, ?, ?, ?, 'UNPAID_CLAIM', ?, ?, ?, 'EUR', ?, ?, ?,"
                         + " ?)")) {
                for (int i = 0; i < disputes; i++) {
                    UUID id = new UUID(0x0190_0000_0000_7000L + ((long) i << 16), 0x8000_0000_0000_0000L | i);
                    boolean withTask = i % (disputes / (2 * tasks)) == 0 && i / (disputes / (2 * tasks)) < 2 * tasks;
                    String customer = "C-" + (i % 200_000);
                    dispute.setObject(1, id);
                    dispute.setString(2, withTask ? "FIRST_REMINDER_SENT" : (i % 3 == 0 ? "SETTLED" : "OPEN"));
                    dispute.setBoolean(3, withTask || i % 3 != 0);
                    dispute.setString(4, customer);
                    dispute.setString(5, "Client " + customer + " SARL");
                    dispute.setString(6, "F-" + i);
                    dispute.setObject(7, today.plusDays(random.nextInt(30)));
                    dispute.setObject(8, today.minusDays(random.nextInt(400)));
                    dispute.addBatch();
                    if (withTask) {
                        int k = random.nextInt(kinds.length);
                        int n = i / (disputes / (2 * tasks));
                        // A letter's task names its letter; a call names the reminder it confirms.
                        boolean letter = k == 1 || k == 2;
                        UUID letterId = new UUID(id.getMostSignificantBits() + 1, id.getLeastSignificantBits());
                        task.setObject(1, id);
                        task.setString(2, letter ? kinds[k] + "/" + letterId : kinds[k]);
                        task.setString(3, kinds[k]);
                        if (letter) {
                            task.setObject(4, letterId);
                        } else {
                            task.setNull(4, Types.OTHER);
                        }
                        task.setString(5, customer);
                        task.setString(6, "Client " + customer + " SARL");
                        task.setLong(7, 10_000 + random.nextInt(5_000_000));
                        task.setObject(8, today.plusDays(random.nextInt(120) - 60));
                        // Half the tasks are the measured manager's; the others are two other managers' or nobody's.
                        if (n % 2 == 0) {
                            task.setString(9, "manager-0");
                        } else if (n % 6 == 5) {
                            task.setNull(9, Types.VARCHAR);
                        } else {
                            task.setString(9, "manager-" + (1 + n % 3));
                        }
                        task.setString(10, closers[k]);
                        if (k == 0) {
                            task.setString(11, "FIRST_REMINDER");
                        } else {
                            task.setNull(11, Types.VARCHAR);
                        }
                        task.addBatch();
                    }
                    if (i % 10_000 == 9_999) {
                        dispute.executeBatch();
                        task.executeBatch();
                        connection.commit();
                    }
                }
                dispute.executeBatch();
                task.executeBatch();
                connection.commit();
            }
        }
        System.out.printf("SEEDED %d disputes, %d of them with a task (%d of manager-0) in %d s%n", disputes, 2 * tasks,
                tasks, (System.nanoTime() - started) / 1_000_000_000L);
    }
}
