package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.amicable.dispute.domain.model.DisputeEvent;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterStatus;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.amicable.dispute.domain.port.in.DisputeView;
import org.amicable.dispute.domain.port.in.ViewDisputesUseCase;
import org.amicable.dispute.domain.port.in.DisputeQuery;
import org.amicable.dispute.domain.port.in.DisputeSummary;
import org.amicable.dispute.domain.port.out.LetterOutbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients open claims, report payments and run the escalation, with Idempotency-Keys, while the
 * dispatcher sends the letters to a real SMTP server; the application process is killed (SIGKILL)
 * at random moments, restarted, and the clients retry what got no answer. Afterwards nothing that was
 * acknowledged is lost, every request retried with its key took effect once, every decided letter
 * was delivered under one Message-ID, the mail server holds no letter the application does not know,
 * and each kill re-sent at most the one letter in flight.
 */
class CrashLoopTest {

    static final int KILLS = 10;
    static final int CLIENTS = 3;
    static final String TOKEN = "crash-loop-manager-token";
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @TempDir
    Path folder;

    @Test
    void the_embedded_h2_killed_ten_times_loses_nothing_acknowledged() throws Exception {
        // No durability setting in the URL: the application adds what the embedded store needs.
        Map<String, Object> database = Map.of("datasources.default.url",
                "jdbc:h2:file:" + folder.resolve("amicable").toAbsolutePath());
        Outcome outcome = crashLoop("h2", database, 1);
        assertThat(outcome.kills()).isEqualTo(KILLS);
    }

    @Test
    void two_instances_on_postgresql_killed_ten_times_lose_nothing_acknowledged() throws Exception {
        Outcome outcome = crashLoop("postgresql", Databases.POSTGRESQL.freshDatabase(), 2);
        assertThat(outcome.kills()).isEqualTo(KILLS);
    }

    /** What a run of the loop counted. */
    record Outcome(int kills, int acknowledged, int retried, int lost, int letters, int delivered, int resent) {
    }

    private Outcome crashLoop(String name, Map<String, Object> database, int instances) throws Exception {
        LoopbackSmtp smtp = LoopbackSmtp.start();
        Map<String, Object> settings = smtp.applicationSettings(folder.resolve("print"));
        settings.putAll(database);
        settings.put("amicable.dispatch.lease", "3s");
        settings.put("amicable.idempotency.reservation-lease", "2s");
        settings.put("amicable.security.tokens[0].name", "crash-loop");
        settings.put("amicable.security.tokens[0].sha256", EndToEndTest.sha256(TOKEN));
        settings.put("amicable.security.tokens[0].role", "manager");
        Clients clients = new Clients(LocalDate.now(ZONE));
        List<AppProcess> live = new CopyOnWriteArrayList<>();
        int started = 0;
        try {
            for (int i = 0; i < instances; i++) {
                live.add(AppProcess.start(folder, name + "-" + started++, settings));
            }
            for (int kill = 1; kill <= KILLS; kill++) {
                AtomicBoolean stop = new AtomicBoolean();
                ExecutorService load = Executors.newFixedThreadPool(CLIENTS);
                List<Future<?>> running = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    running.add(load.submit(() -> clients.work(live, stop)));
                }
                Thread.sleep(ThreadLocalRandom.current().nextLong(400, 1500));
                AppProcess victim = live.get(ThreadLocalRandom.current().nextInt(live.size()));
                live.remove(victim);
                victim.kill();
                stop.set(true);
                for (Future<?> client : running) {
                    client.get(2, TimeUnit.MINUTES);
                }
                load.shutdown();
                live.add(AppProcess.start(folder, name + "-" + started++, settings));
                clients.retryUnanswered(live);
            }
            clients.send(live.get(0), clients.escalation());
            int disputes = countDisputes(live.get(0));
            AppProcess.waitUntil(() -> smtp.distinctMessageIds().size() >= disputes, Duration.ofMinutes(3),
                    "a letter for each of the " + disputes + " disputes");
            // Give a letter sent twice, if any, the time to arrive before counting.
            Thread.sleep(1500);
            for (AppProcess app : live) {
                assertThat(app.stop(Duration.ofSeconds(60))).as(app.name() + " stopped").isTrue();
            }
        } catch (Exception | AssertionError e) {
            for (AppProcess app : live) {
                app.keepLog("crash-loop-" + app.name() + ".log");
            }
            throw e;
        } finally {
            for (AppProcess app : live) {
                app.kill();
            }
        }
        Outcome outcome;
        try {
            outcome = check(settings, clients, smtp);
        } finally {
            smtp.close();
        }
        String line = String.format("crash loop on %s, %d instance(s): %d kills, %d requests acknowledged, %d retried"
                        + " after a kill, %d lost; %d letters decided, %d delivered, %d re-sent (%.1f per kill)%n", name,
                instances, outcome.kills(), outcome.acknowledged(), outcome.retried(), outcome.lost(), outcome.letters(),
                outcome.delivered(), outcome.resent(), outcome.resent() / (double) outcome.kills());
        System.out.print(line);
        Files.writeString(Path.of("target", "crash-loop-" + name + ".txt"), line);
        return outcome;
    }

    /** Reads the storage the processes left, in this JVM, and checks it against what the clients were told. */
    private Outcome check(Map<String, Object> settings, Clients clients, LoopbackSmtp smtp) throws Exception {
        Map<String, Object> reading = new HashMap<>(settings);
        reading.put("amicable.dispatch.enabled", "false");
        try (ApplicationContext context = ApplicationContext.run(reading)) {
            ViewDisputesUseCase view = context.getBean(ViewDisputesUseCase.class);
            assertThat(context.getBean(LetterOutbox.class).counts()).containsEntry("PENDING", 0L)
                    .containsEntry("FAILED", 0L);

            Map<String, List<DisputeId>> byCustomer = new HashMap<>();
            Map<String, Integer> paymentsByReference = new HashMap<>();
            Map<String, Letter> letters = new HashMap<>();
            for (DisputeSummary summary : allDisputes(view)) {
                byCustomer.computeIfAbsent(summary.customerReference(), key -> new ArrayList<>()).add(summary.id());
                DisputeView dispute = view.view(summary.id());
                assertThat(view.evidence(summary.id()).verification().intact()).isTrue();
                assertThat(dispute.letters()).as("one first reminder, decided once").hasSize(1);
                for (Letter letter : dispute.letters()) {
                    assertThat(letter.status()).isEqualTo(LetterStatus.SENT);
                    letters.put(letter.id().toString(), letter);
                }
                for (TimelineEntry entry : view.timeline(summary.id())) {
                    if (entry.event() instanceof DisputeEvent.PaymentRecorded payment) {
                        paymentsByReference.merge(payment.reference(), 1, Integer::sum);
                    }
                }
            }

            int lost = 0;
            for (Map.Entry<String, String> opened : clients.opened.entrySet()) {
                List<DisputeId> found = byCustomer.getOrDefault(opened.getKey(), List.of());
                lost += found.stream().anyMatch(id -> id.toString().equals(opened.getValue())) ? 0 : 1;
            }
            for (String payment : clients.paid.keySet()) {
                lost += paymentsByReference.containsKey(payment) ? 0 : 1;
            }
            for (String letter : clients.escalatedLetters) {
                lost += letters.containsKey(letter) ? 0 : 1;
            }
            assertThat(lost).as("acknowledged writes lost").isZero();
            assertThat(clients.unexpected).as("answers other than success or 'in progress'").isEmpty();
            for (String customer : clients.openAttempts) {
                assertThat(byCustomer.getOrDefault(customer, List.of())).as("claims opened for " + customer).hasSize(1);
            }
            for (String payment : clients.payAttempts) {
                assertThat(paymentsByReference.getOrDefault(payment, 0)).as("payment " + payment).isEqualTo(1);
            }

            MimeMessage[] received = smtp.messages();
            Map<String, Set<String>> idsByRecipient = new HashMap<>();
            Set<String> distinct = new HashSet<>();
            for (MimeMessage message : received) {
                String messageId = message.getMessageID();
                distinct.add(messageId);
                String letterId = messageId.substring(1, messageId.indexOf('@'));
                assertThat(letters).as("a letter the application knows").containsKey(letterId);
                idsByRecipient.computeIfAbsent(message.getAllRecipients()[0].toString(), key -> new HashSet<>())
                        .add(messageId);
            }
            assertThat(distinct).as("every decided letter delivered").hasSize(letters.size());
            assertThat(idsByRecipient.values()).as("no customer got a letter under two Message-IDs")
                    .allSatisfy(ids -> assertThat(ids).hasSize(1));
            int resent = received.length - distinct.size();
            assertThat(resent).as("at most the letter in flight re-sent per kill").isLessThanOrEqualTo(KILLS);
            return new Outcome(KILLS, clients.acknowledged.get(), clients.retried.get(), lost, letters.size(),
                    distinct.size(), resent);
        }
    }

    private static List<DisputeSummary> allDisputes(ViewDisputesUseCase view) {
        List<DisputeSummary> all = new ArrayList<>();
        Optional<DisputeId> after = Optional.empty();
        List<DisputeSummary> page;
        do {
            page = view.list(new DisputeQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), false, after, DisputeQuery.MAX_LIMIT));
            all.addAll(page);
            after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).id());
        } while (page.size() == DisputeQuery.MAX_LIMIT);
        return all;
    }

    private static int countDisputes(AppProcess app) throws Exception {
        int count = 0;
        String after = null;
        do {
            HttpResponse<String> page = Clients.HTTP.send(HttpRequest.newBuilder(URI.create(app.url("/disputes?limit=500"
                            + (after == null ? "" : "&after=" + after)))).header("Authorization", "Bearer " + TOKEN)
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = Clients.JSON.readTree(page.body());
            count += body.get("items").size();
            after = body.path("next").isTextual() ? body.get("next").asText() : null;
        } while (after != null);
        return count;
    }

    /** The integrations calling the API: what they asked, what was acknowledged, what got no answer. */
    static final class Clients {

        static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        static final ObjectMapper JSON = new ObjectMapper();

        enum Kind { OPEN, PAY, ESCALATE }

        /** One request, sent again as it was (same Idempotency-Key) when it got no answer. */
        record Request(Kind kind, String path, String body, String key, String reference) {
        }

        final LocalDate today;
        final AtomicInteger sequence = new AtomicInteger();
        final Map<String, String> opened = new ConcurrentHashMap<>();
        final Set<String> openAttempts = ConcurrentHashMap.newKeySet();
        final Map<String, String> paid = new ConcurrentHashMap<>();
        final Set<String> payAttempts = ConcurrentHashMap.newKeySet();
        final Set<String> escalatedLetters = ConcurrentHashMap.newKeySet();
        final Queue<Request> unanswered = new ConcurrentLinkedQueue<>();
        final Queue<String> unexpected = new ConcurrentLinkedQueue<>();
        final AtomicInteger acknowledged = new AtomicInteger();
        final AtomicInteger retried = new AtomicInteger();

        Clients(LocalDate today) {
            this.today = today;
        }

        /** Sends requests to the live instances until told to stop. */
        void work(List<AppProcess> live, AtomicBoolean stop) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            while (!stop.get()) {
                List<AppProcess> targets = List.copyOf(live);
                if (targets.isEmpty()) {
                    return;
                }
                int dice = random.nextInt(10);
                List<String> claims = List.copyOf(opened.values());
                Request request = dice < 6 || claims.isEmpty() ? openClaim()
                        : dice < 9 ? payment(claims.get(random.nextInt(claims.size()))) : escalation();
                send(targets.get(random.nextInt(targets.size())), request);
            }
        }

        /** After a restart: each request that got no answer is sent again with its key until it is answered. */
        void retryUnanswered(List<AppProcess> live) throws InterruptedException {
            Request request;
            while ((request = unanswered.poll()) != null) {
                retried.incrementAndGet();
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                Optional<Integer> status;
                do {
                    status = send(live.get(ThreadLocalRandom.current().nextInt(live.size())), request, false);
                    if (status.isPresent() && status.get() != 409) {
                        break;
                    }
                    // Reserved by the request that was killed, until its lease lapses.
                    Thread.sleep(250);
                } while (System.nanoTime() < deadline);
                assertThat(status).as("retry of " + request).hasValueSatisfying(code -> assertThat(code).isLessThan(300));
            }
        }

        Request openClaim() {
            String customer = "CL-" + sequence.incrementAndGet();
            openAttempts.add(customer);
            String body = """
                    {"customer": {"reference": "%s", "name": "Client %s", "kind": "BUSINESS",
                      "email": "%s@example.com", "language": "FR",
                      "address": {"lines": ["1 rue du Port"], "postalCode": "13002", "city": "Marseille", "country": "FR"}},
                     "invoice": {"number": "F-%s", "issueDate": "%s", "dueDate": "%s",
                      "amount": {"amount": "80.00", "currency": "EUR"}}}""".formatted(customer, customer,
                    customer.toLowerCase(), customer, today.minusDays(36), today.minusDays(6));
            return new Request(Kind.OPEN, "/disputes/unpaid-claims", body, "open-" + customer, customer);
        }

        Request payment(String disputeId) {
            String reference = "VIR-" + sequence.incrementAndGet();
            payAttempts.add(reference);
            String body = """
                    {"receivedOn": "%s", "amount": {"amount": "1.00", "currency": "EUR"}, "reference": "%s"}"""
                    .formatted(today, reference);
            return new Request(Kind.PAY, "/disputes/" + disputeId + "/payments", body, "pay-" + reference, reference);
        }

        Request escalation() {
            return new Request(Kind.ESCALATE, "/escalation/runs", "{\"date\": \"" + today + "\"}",
                    "run-" + sequence.incrementAndGet(), "");
        }

        void send(AppProcess target, Request request) {
            send(target, request, true);
        }

        /** The status of the answer, or empty when none came (the process died under the request). */
        private Optional<Integer> send(AppProcess target, Request request, boolean queueIfUnanswered) {
            HttpResponse<String> response;
            try {
                response = HTTP.send(HttpRequest.newBuilder(URI.create(target.url(request.path())))
                        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                        .header("Idempotency-Key", request.key()).timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(request.body())).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (queueIfUnanswered) {
                    unanswered.add(request);
                }
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            int status = response.statusCode();
            if (status >= 300) {
                if (status != 409 || queueIfUnanswered) {
                    unexpected.add(status + " to " + request + ": " + response.body());
                }
                return Optional.of(status);
            }
            acknowledged.incrementAndGet();
            try {
                JsonNode body = JSON.readTree(response.body());
                switch (request.kind()) {
                    case OPEN -> opened.put(request.reference(), body.get("id").asText());
                    case PAY -> paid.put(request.reference(), body.get("id").asText());
                    case ESCALATE -> body.path("actions").forEach(action -> action.path("events").forEach(event -> {
                        if (event.path("letter").has("id")) {
                            escalatedLetters.add(event.path("letter").get("id").asText());
                        }
                    }));
                }
            } catch (IOException e) {
                unexpected.add("unreadable answer to " + request + ": " + response.body());
            }
            return Optional.of(status);
        }
    }
}
