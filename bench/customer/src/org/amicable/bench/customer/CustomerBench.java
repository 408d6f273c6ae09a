package org.amicable.bench.customer;

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

    /**
     * The bodies queued by one server with its dispatcher held back, posted by a bare client, then delivered by
     * a second server on the same database whose dispatcher runs on its own schedule (the application's public
     * configuration, nothing of its internals). Both rates run from the first to the last message received.
     */
    static void webhookBench(Path data, int messages) throws Exception {
        Receiver receiver = new Receiver();
        String hook = receiver.url();
        String url = h2(data, "app-webhooks");
        List<String> bodies = new ArrayList<>();
        try {
            Map<String, Object> queueing = webhookSettings(url, hook);
            queueing.put("amicable.webhooks.initial-delay", "24h");
            try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, queueing)) {
                importOverHttp(server, csv(2000, "WARM"));
                importOverHttp(server, csv(messages, "B"));
                @SuppressWarnings("unchecked")
                TransactionOperations<Connection> tx = server.getApplicationContext().getBean(TransactionOperations.class);
                tx.executeRead(status -> {
                    try (Statement select = status.getConnection().createStatement();
                         ResultSet rows = select.executeQuery("SELECT payload FROM webhook_delivery WHERE status = 'PENDING'"
                                 + " AND payload LIKE '%F-B%'")) {
                        while (rows.next()) {
                            bodies.add(rows.getString(1));
                        }
                    }
                    return null;
                });
            }
            if (bodies.size() != messages) {
                throw new IllegalStateException(bodies.size() + " messages queued for " + messages + " claims");
            }
            // Baseline: a bare client posting the same bodies, 16 at a time, as the dispatcher does.
            HttpClient bare = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(16);
            receiver.reset();
            List<CompletableFuture<HttpResponse<Void>>> sent = new ArrayList<>();
            for (String body : bodies) {
                inFlight.acquireUninterruptibly();
                sent.add(bare.sendAsync(HttpRequest.newBuilder(URI.create(hook)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                        .whenComplete((response, error) -> inFlight.release()));
            }
            sent.forEach(CompletableFuture::join);
            double bareRate = receiver.rate(messages);
            // The application: its dispatcher delivers the 2,000 warm-up messages first (queued first), then these.
            receiver.reset();
            Map<String, Object> delivering = webhookSettings(url, hook);
            delivering.put("amicable.webhooks.initial-delay", "0s");
            delivering.put("amicable.webhooks.interval", "10ms");
            try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, delivering)) {
                for (int i = 0; i < 36_000 && receiver.measured() < messages; i++) {
                    Thread.sleep(50);
                }
            }
            double app = receiver.rate(messages);
            System.out.printf("RESULT webhooks,h2,%d,%.0f,%.0f,%.2f%n", messages, bareRate, app, app / bareRate);
        } finally {
            receiver.stop();
        }
    }

    static Map<String, Object> webhookSettings(String url, String hook) throws Exception {
        Map<String, Object> settings = settings(url);
        settings.put("amicable.webhooks.endpoints[0].name", "bench");
        settings.put("amicable.webhooks.endpoints[0].url", hook);
        settings.put("amicable.webhooks.endpoints[0].secret", "whsec_" + Base64.getEncoder().encodeToString(new byte[32]));
        settings.put("amicable.webhooks.endpoints[0].types", "claim.opened");
        return settings;
    }

    /** A loopback receiver counting the measured messages (invoices F-B…) and timing the first and the last. */
    static final class Receiver {
        private final HttpServer server;
        private final AtomicLong measured = new AtomicLong();
        private final AtomicLong first = new AtomicLong();
        private final AtomicLong last = new AtomicLong();

        Receiver() throws Exception {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
            server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4, task -> {
                Thread thread = new Thread(task, "receiver");
                thread.setDaemon(true);
                return thread;
            }));
            server.createContext("/hook", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                if (body.contains("F-B")) {
                    long now = System.nanoTime();
                    first.compareAndSet(0, now);
                    last.accumulateAndGet(now, Math::max);
                    measured.incrementAndGet();
                }
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        void reset() {
            measured.set(0);
            first.set(0);
            last.set(0);
        }

        long measured() {
            return measured.get();
        }

        /** Messages per second from the first to the last received; fails unless exactly {@code expected} came. */
        double rate(int expected) {
            if (measured.get() != expected) {
                throw new IllegalStateException(measured.get() + " messages received, " + expected + " expected");
            }
            return (expected - 1) * 1e9 / Math.max(1, last.get() - first.get());
        }

        void stop() {
            server.stop(0);
        }
    }
}
