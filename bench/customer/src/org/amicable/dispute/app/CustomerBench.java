package org.amicable.dispute.app;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.transaction.TransactionOperations;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Two benchmarks of the customer-facing bulk paths, each against its baseline in the same JVM run:
 *
 * <ul>
 *   <li>import: {@code POST /imports/unpaid-claims} of a CSV of N claims against plain JDBC batch
 *       inserts (500 rows a transaction) of the same dispute rows and timeline entries, read back from
 *       the application's database, into a fresh database of the same schema;</li>
 *   <li>webhooks: the application's dispatcher delivering M queued messages to a receiver on loopback
 *       against a bare JDK HttpClient posting the same bodies, in batches of the same size.</li>
 * </ul>
 *
 * Usage: {@code java -cp dispute-app.jar:classes org.amicable.dispute.app.CustomerBench DATA_DIR N M}
 */
public final class CustomerBench {

    static final String TOKEN = "bench-token";

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int claims = Integer.parseInt(args[1]);
        int messages = Integer.parseInt(args[2]);
        Files.createDirectories(data);
        int status = 0;
        try {
            importBench(data, claims);
            webhookBench(data, messages);
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        }
        // The receiver's and the servers' threads would keep the JVM alive.
        System.exit(status);
    }

    static Map<String, Object> settings(String url) throws Exception {
        Map<String, Object> settings = new HashMap<>();
        settings.put("datasources.default.url", url);
        settings.put("datasources.default.username", "sa");
        settings.put("datasources.default.password", "");
        settings.put("micronaut.server.port", -1);
        settings.put("micronaut.server.host", "127.0.0.1");
        settings.put("amicable.dispatch.enabled", "false");
        settings.put("amicable.escalation.schedule.enabled", "false");
        settings.put("amicable.imports.wait", "0s");
        settings.put("amicable.security.tokens[0].name", "bench");
        settings.put("amicable.security.tokens[0].sha256", HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(TOKEN.getBytes(StandardCharsets.UTF_8))));
        settings.put("amicable.security.tokens[0].role", "manager");
        return settings;
    }

    static String h2(Path data, String name) {
        return "jdbc:h2:file:" + data.resolve(name).toAbsolutePath() + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0;AUTO_COMPACT_FILL_RATE=0";
    }

    static String csv(int rows, String prefix) {
        StringBuilder csv = new StringBuilder("customer_reference,name,kind,email,phone,language,address,postal_code,"
                + "city,country,invoice_number,issue_date,due_date,amount,currency,contract_rate\n");
        for (int i = 0; i < rows; i++) {
            csv.append("C-").append(prefix).append(i / 5).append(",Client ").append(i / 5)
                    .append(" SARL,BUSINESS,compta@client.example,+33 1 23 45 67 89,FR,12 rue de la Paix,75002,Paris,FR,F-")
                    .append(prefix).append(i).append(",2026-09-01,2026-10-01,").append(100 + i % 900).append(".50,EUR,\n");
        }
        return csv.toString();
    }

    /** Posts the CSV and follows the import's report until DONE; returns the wall time in ms. */
    static long importOverHttp(EmbeddedServer server, String csv) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/imports/unpaid-claims"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(30)).POST(HttpRequest.BodyPublishers.ofString(csv)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        String location = response.headers().firstValue("Location").orElseThrow();
        String body = response.body();
        for (int i = 0; i < 36_000 && body.contains("\"state\":\"RUNNING\""); i++) {
            Thread.sleep(50);
            body = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + location))
                    .header("Authorization", "Bearer " + TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (!body.contains("\"state\":\"DONE\"") || body.contains("\"refused\":") && !body.contains("\"refused\":0")) {
            throw new IllegalStateException("import did not complete cleanly: " + body.substring(0, Math.min(400, body.length())));
        }
        return ms;
    }

    static void importBench(Path data, int claims) throws Exception {
        // Warm-up on its own database, then the measured run on a fresh one.
        try (EmbeddedServer warm = ApplicationContext.run(EmbeddedServer.class, settings(h2(data, "warm-import")))) {
            importOverHttp(warm, csv(Math.min(claims, 5000), "W"));
        }
        String appUrl = h2(data, "app-import");
        long appMs;
        List<Object[]> disputes = new ArrayList<>();
        List<Object[]> entries = new ArrayList<>();
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, settings(appUrl))) {
            appMs = importOverHttp(server, csv(claims, "A"));
            @SuppressWarnings("unchecked")
            TransactionOperations<Connection> tx = server.getApplicationContext().getBean(TransactionOperations.class);
            tx.executeRead(status -> {
                try (Statement select = status.getConnection().createStatement()) {
                    try (ResultSet rows = select.executeQuery("SELECT id, track, state, is_open, customer_reference,"
                            + " customer_name, invoice_number, due_on, version, opened_on, open_subject FROM dispute")) {
                        while (rows.next()) {
                            Object[] row = new Object[11];
                            for (int c = 0; c < 11; c++) {
                                row[c] = rows.getObject(c + 1);
                            }
                            disputes.add(row);
                        }
                    }
                    try (ResultSet rows = select.executeQuery("SELECT dispute_id, sequence, recorded_at, event_type, hash,"
                            + " entry FROM timeline_entry")) {
                        while (rows.next()) {
                            Object[] row = new Object[6];
                            for (int c = 0; c < 6; c++) {
                                row[c] = rows.getObject(c + 1);
                            }
                            entries.add(row);
                        }
                    }
                }
                return null;
            });
        }
        // The baseline: the same rows and entries, plain JDBC batches of 500, one commit each, in a fresh
        // database whose schema the application's migrations made.
        String jdbcUrl = h2(data, "jdbc-import");
        try (ApplicationContext schema = ApplicationContext.run(settings(jdbcUrl))) {
            schema.getBean(TransactionOperations.class);
        }
        long jdbcMs;
        try (Connection connection = java.sql.DriverManager.getConnection(jdbcUrl, "sa", "")) {
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insertDispute = connection.prepareStatement("INSERT INTO dispute (id, track, state,"
                    + " is_open, customer_reference, customer_name, invoice_number, due_on, version, opened_on, open_subject)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement insertEntry = connection.prepareStatement("INSERT INTO timeline_entry (dispute_id,"
                         + " sequence, recorded_at, event_type, hash, entry) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int from = 0; from < disputes.size(); from += 500) {
                    for (int i = from; i < Math.min(disputes.size(), from + 500); i++) {
                        Object[] row = disputes.get(i);
                        for (int c = 0; c < 11; c++) {
                            insertDispute.setObject(c + 1, row[c]);
                        }
                        insertDispute.addBatch();
                        Object[] entry = entries.get(i);
                        for (int c = 0; c < 6; c++) {
                            insertEntry.setObject(c + 1, entry[c]);
                        }
                        insertEntry.addBatch();
                    }
                    insertDispute.executeBatch();
                    insertEntry.executeBatch();
                    connection.commit();
                }
            }
            jdbcMs = (System.nanoTime() - start) / 1_000_000;
        }
        if (disputes.size() != claims || entries.size() != claims) {
            throw new IllegalStateException(disputes.size() + " disputes, " + entries.size() + " entries for " + claims);
        }
        double app = claims * 1000.0 / appMs;
        double jdbc = claims * 1000.0 / jdbcMs;
        System.out.printf("RESULT import,h2,%d,%.0f,%.0f,%.2f%n", claims, jdbc, app, app / jdbc);
    }

    static void webhookBench(Path data, int messages) throws Exception {
        AtomicLong received = new AtomicLong();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        receiver.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, "receiver");
            thread.setDaemon(true);
            return thread;
        }));
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        Map<String, Object> settings = settings(h2(data, "app-webhooks"));
        settings.put("amicable.webhooks.endpoints[0].name", "bench");
        settings.put("amicable.webhooks.endpoints[0].url", hook);
        settings.put("amicable.webhooks.endpoints[0].secret", "whsec_" + Base64.getEncoder().encodeToString(new byte[32]));
        settings.put("amicable.webhooks.endpoints[0].types", "claim.opened");
        // The schedule stays out of the way: the benchmark drives the dispatcher itself.
        settings.put("amicable.webhooks.initial-delay", "1h");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, settings)) {
            WebhookDispatchJob job = server.getApplicationContext().getBean(WebhookDispatchJob.class);
            importOverHttp(server, csv(2000, "WARM"));
            while (job.deliverBatch() > 0) {
                // warm-up
            }
            importOverHttp(server, csv(messages, "B"));
            List<String> bodies = new ArrayList<>();
            @SuppressWarnings("unchecked")
            TransactionOperations<Connection> tx = server.getApplicationContext().getBean(TransactionOperations.class);
            tx.executeRead(status -> {
                try (Statement select = status.getConnection().createStatement();
                     ResultSet rows = select.executeQuery("SELECT payload FROM webhook_delivery WHERE status = 'PENDING'")) {
                    while (rows.next()) {
                        bodies.add(rows.getString(1));
                    }
                }
                return null;
            });
            // Baseline first: a bare client posting the same bodies, 16 at a time, as the dispatcher does.
            HttpClient bare = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(16);
            long before = received.get();
            long start = System.nanoTime();
            List<CompletableFuture<HttpResponse<Void>>> sent = new ArrayList<>();
            for (String body : bodies) {
                inFlight.acquireUninterruptibly();
                sent.add(bare.sendAsync(HttpRequest.newBuilder(URI.create(hook)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                        .whenComplete((response, error) -> inFlight.release()));
            }
            sent.forEach(CompletableFuture::join);
            long bareMs = (System.nanoTime() - start) / 1_000_000;
            long bareCount = received.get() - before;
            before = received.get();
            start = System.nanoTime();
            while (job.deliverBatch() > 0) {
                // until the outbox is empty
            }
            long appMs = (System.nanoTime() - start) / 1_000_000;
            long appCount = received.get() - before;
            if (bareCount != bodies.size() || appCount != bodies.size()) {
                throw new IllegalStateException("bare " + bareCount + ", app " + appCount + " of " + bodies.size());
            }
            double app = appCount * 1000.0 / appMs;
            double bareRate = bareCount * 1000.0 / bareMs;
            System.out.printf("RESULT webhooks,h2,%d,%.0f,%.0f,%.2f%n", bodies.size(), bareRate, app, app / bareRate);
        } finally {
            receiver.stop(0);
        }
    }
}
