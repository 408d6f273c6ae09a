import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hand-over pack against the timeline, through the application's API: seeds one unpaid claim with
 * 6 letters and 100 timeline entries, then times GET /disputes/{id}/timeline and GET
 * /disputes/{id}/evidence/pack, one after the other, alternating which goes first. Median of ROUNDS
 * each, after WARMUP rounds: the same pack asked again, as the manager, the auditor and the mediator of
 * a dispute do. Then ROUNDS/5 (at least 10) rounds each after one more entry was recorded, when nothing
 * read before is of use. Prints one CSV row.
 *
 * <p>The claim is taken up its ladder on the days the law counts, so the application is started with a
 * fixed clock for each stage (a run of the escalation is for today or earlier), on the same H2 file; this
 * program starts each of those processes and stops them.
 * Usage: PackBench JAR DB_FOLDER PORT TOKEN [ROUNDS] [WARMUP]
 */
public final class PackBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static String jar;
    private static java.nio.file.Path folder;
    private static String url;
    private static int port;
    private static String token;
    private static Process app;
    private static java.time.LocalDate escalatedUntil = java.time.LocalDate.of(2025, 1, 9);

    public static void main(String[] args) throws Exception {
        jar = args[0];
        folder = java.nio.file.Path.of(args[1]);
        port = Integer.parseInt(args[2]);
        url = "http://127.0.0.1:" + port;
        token = args[3];
        int rounds = Integer.parseInt(args.length > 4 ? args[4] : "200");
        int warmup = Integer.parseInt(args.length > 5 ? args[5] : "100");
        try {
            run(rounds, warmup);
        } finally {
            stop();
        }
    }

    private static void run(int rounds, int warmup) throws Exception {
        String id = seed();
        long[] timeline = new long[rounds];
        long[] pack = new long[rounds];
        int timelineBytes = get("/disputes/" + id + "/timeline").length;
        int packBytes = get("/disputes/" + id + "/evidence/pack").length;
        for (int i = 0; i < warmup; i++) {
            get("/disputes/" + id + "/timeline");
            get("/disputes/" + id + "/evidence/pack");
        }
        for (int i = 0; i < rounds; i++) {
            if (i % 2 == 0) {
                timeline[i] = timed("/disputes/" + id + "/timeline");
                pack[i] = timed("/disputes/" + id + "/evidence/pack");
            } else {
                pack[i] = timed("/disputes/" + id + "/evidence/pack");
                timeline[i] = timed("/disputes/" + id + "/timeline");
            }
        }
        long t = median(timeline);
        long p = median(pack);
        int entries = entries(id);
        // After a new entry: the dossier kept for the dispute's previous state is of no use, and the
        // timeline read must fetch that entry. Each round adds one, so the dispute grows past 100 entries.
        int fresh = Math.max(10, rounds / 5);
        long[] freshTimeline = new long[fresh];
        long[] freshPack = new long[fresh];
        for (int i = 0; i < fresh; i++) {
            post("/disputes/" + id + "/answers", "{\"on\":\"2025-03-01\",\"summary\":\"Relance orale " + i + "\"}");
            if (i % 2 == 0) {
                freshTimeline[i] = timed("/disputes/" + id + "/timeline");
                freshPack[i] = timed("/disputes/" + id + "/evidence/pack");
            } else {
                freshPack[i] = timed("/disputes/" + id + "/evidence/pack");
                freshTimeline[i] = timed("/disputes/" + id + "/timeline");
            }
        }
        long ft = median(freshTimeline);
        long fp = median(freshPack);
        System.out.printf("entries,letters,timeline_bytes,pack_bytes,timeline_ms,pack_ms,ratio,"
                + "fresh_rounds,fresh_timeline_ms,fresh_pack_ms,fresh_ratio%n"
                + "%d,%d,%d,%d,%.2f,%.2f,%.2f,%d,%.2f,%.2f,%.2f%n",
                entries, letters(id), timelineBytes, packBytes, t / 1e6, p / 1e6, (double) p / t,
                fresh, ft / 1e6, fp / 1e6, (double) fp / ft);
    }

    /** The application on the H2 file, its clock fixed on {@code day}, its own jobs off (driven through the API). */
    private static void startOn(String day) throws Exception {
        stop();
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        java.nio.file.Path log = folder.resolve("app-" + day + ".log");
        app = new ProcessBuilder("java", "-Xmx512m", "-Dmicronaut.server.port=" + port,
                "-Ddatasources.default.url=jdbc:h2:file:" + folder.resolve("db/amicable") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
                "-Damicable.clock.fixed=" + day + "T09:00:00Z", "-Damicable.mail.host=",
                "-Damicable.mail.pickup-folder=" + folder.resolve("pickup"), "-Damicable.mail.print-folder=" + folder.resolve("print"),
                "-Damicable.company.mediator-name=Médiateur du commerce",
                "-Damicable.dispatch.enabled=false", "-Damicable.escalation.schedule.enabled=false",
                "-Damicable.security.tokens[0].name=bench", "-Damicable.security.tokens[0].sha256=" + sha,
                "-Damicable.security.tokens[0].role=manager", "-jar", jar)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        for (int i = 0; i < 1200; i++) {
            if (java.nio.file.Files.exists(log) && java.nio.file.Files.readString(log).contains("Startup completed")) {
                return;
            }
            if (!app.isAlive()) {
                throw new IllegalStateException("the application stopped; see " + log);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the application did not start in 120 s; see " + log);
    }

    private static void stop() throws Exception {
        if (app != null && app.isAlive()) {
            app.destroy();
            if (!app.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            }
        }
    }

    /** A business claim taken up its ladder: 6 letters (one returned NPAI and sent again), then answers up to 100 entries. */
    private static String seed() throws Exception {
        startOn("2025-01-10");
        String id = field(post("/disputes/unpaid-claims", """
                {"customer":{"reference":"B-PACK","name":"Boulangerie Martin SARL","kind":"BUSINESS",
                 "email":"compta@martin.example","phone":"+33 1 23 45 67 89","language":"FR",
                 "address":{"lines":["12 rue de la Paix"],"postalCode":"75002","city":"Paris","country":"FR"}},
                 "invoice":{"number":"F-PACK","issueDate":"2024-12-05","dueDate":"2025-01-05",
                 "amount":{"amount":"12000.00","currency":"EUR"}}}"""), "id");
        escalateAndDispatch("2025-01-10");
        String first = lastLetter(id);
        post("/disputes/" + id + "/letters/" + first + "/return", "{\"reason\":\"ADDRESSEE_UNKNOWN\",\"returnedOn\":\"2025-01-10\"}");
        post("/disputes/" + id + "/contact-details", """
                {"address":{"lines":["3 avenue Foch"],"postalCode":"75016","city":"Paris","country":"FR"},
                 "email":"compta@martin.example","phone":"+33 1 23 45 67 89"}""");
        escalateAndDispatch("2025-01-10");
        startOn("2025-01-31");
        escalateAndDispatch("2025-01-31");
        startOn("2025-02-10");
        escalateAndDispatch("2025-02-10");
        String notice = lastLetter(id);
        post("/disputes/" + id + "/letters/" + notice + "/tracking", "{\"trackingNumber\":\"1A 234 567 8901 2\"}");
        post("/disputes/" + id + "/letters/" + notice + "/acknowledgment", "{\"deliveredOn\":\"2025-02-10\"}");
        startOn("2025-02-25");
        escalateAndDispatch("2025-02-25");
        post("/disputes/" + id + "/mediation", """
                {"on":"2025-02-25","mediatorKind":"BAILIFF","mediatorName":"Étude Durand","fee":{"amount":"150.00","currency":"EUR"},
                 "confirmedBy":"Marie Durand"}""");
        escalateAndDispatch("2025-02-25");
        startOn("2025-03-01");
        escalateAndDispatch("2025-03-01");
        String balance = field(get("/disputes/" + id), "amount", "\"total\"");
        long cents = new java.math.BigDecimal(balance).movePointRight(2).longValueExact();
        long part = cents / 3;
        post("/disputes/" + id + "/repayment-plan", """
                {"on":"2025-03-01","instalments":[{"number":1,"dueDate":"2025-04-01","amount":{"amount":"%s","currency":"EUR"}},
                 {"number":2,"dueDate":"2025-05-01","amount":{"amount":"%s","currency":"EUR"}},
                 {"number":3,"dueDate":"2025-06-01","amount":{"amount":"%s","currency":"EUR"}}]}"""
                .formatted(euros(part), euros(part), euros(cents - 2 * part)));
        escalateAndDispatch("2025-03-01");
        if (letters(id) != 6) {
            throw new IllegalStateException("expected 6 letters, the dispute has " + letters(id) + ": "
                    + new String(get("/disputes/" + id + "/timeline")));
        }
        for (int n = entries(id); n < 100; n++) {
            post("/disputes/" + id + "/answers", "{\"on\":\"2025-03-01\",\"summary\":\"Le client confirme l'échéancier, appel " + n + "\"}");
        }
        if (entries(id) != 100) {
            throw new IllegalStateException("expected 100 entries, the timeline has " + entries(id));
        }
        return id;
    }

    private static String euros(long cents) {
        return java.math.BigDecimal.valueOf(cents, 2).toPlainString();
    }

    /** Runs the escalation for every day up to {@code day}, as the scheduler would, and sends what it decided. */
    private static void escalateAndDispatch(String day) throws Exception {
        java.time.LocalDate until = java.time.LocalDate.parse(day);
        for (java.time.LocalDate date = escalatedUntil.plusDays(1); !date.isAfter(until); date = date.plusDays(1)) {
            post("/escalation/runs", "{\"date\":\"" + date + "\"}");
            post("/letters/dispatch", "{\"max\":10}");
        }
        escalatedUntil = until.minusDays(1);
        post("/escalation/runs", "{\"date\":\"" + day + "\"}");
        post("/letters/dispatch", "{\"max\":10}");
        escalatedUntil = until;
    }

    private static int entries(String id) throws Exception {
        return count(new String(get("/disputes/" + id + "/timeline")), "\"stored\":");
    }

    private static int letters(String id) throws Exception {
        return count(new String(get("/disputes/" + id + "/letters")), "\"contentHash\":");
    }

    private static String lastLetter(String id) throws Exception {
        Matcher ids = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(new String(get("/disputes/" + id + "/letters")));
        String last = null;
        while (ids.find()) {
            last = ids.group(1);
        }
        if (last == null) {
            throw new IllegalStateException("no letter in dispute " + id);
        }
        return last;
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            n++;
        }
        return n;
    }

    private static String field(byte[] json, String name) {
        return field(json, name, "");
    }

    /** The first string member {@code name} after {@code after}: enough for the answers this bench reads. */
    private static String field(byte[] json, String name, String after) {
        String text = new String(json);
        Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(text);
        if (!matcher.find(Math.max(0, text.indexOf(after)))) {
            throw new IllegalStateException("no " + name + " in " + text);
        }
        return matcher.group(1);
    }

    private static long timed(String path) throws Exception {
        long start = System.nanoTime();
        get(path);
        return System.nanoTime() - start;
    }

    private static byte[] get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url + path)).GET());
    }

    private static byte[] post(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static byte[] send(HttpRequest.Builder request) throws Exception {
        HttpRequest built = request.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build();
        HttpResponse<byte[]> response = HTTP.send(built, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(built.method() + " " + built.uri() + " answered " + response.statusCode()
                    + ": " + new String(response.body()));
        }
        return response.body();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
