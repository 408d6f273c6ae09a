package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.PostalAddress;
import org.amicable.dispute.domain.port.in.DisputeView;
import org.amicable.dispute.domain.port.in.OpenUnpaidClaimUseCase;
import org.amicable.dispute.domain.port.in.ViewDisputesUseCase;
import org.amicable.dispute.domain.port.in.DisputeQuery;
import org.amicable.dispute.domain.port.in.DisputeSummary;
import org.amicable.dispute.domain.port.out.LetterOutbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application process is killed (SIGKILL) in the middle of a large escalation and dispatch, on
 * its embedded H2 file, and started again: no letter is lost, every dispute got its reminder once,
 * and only the letter that was in flight at the kill is sent again, with the same Message-ID.
 */
class KilledMidRunTest {

    static final int DISPUTES = 300;
    static final String TOKEN = "kill-test-manager-token";

    @TempDir
    Path folder;

    @Test
    void a_process_killed_mid_run_and_restarted_loses_nothing_and_resends_only_letters_in_flight() throws Exception {
        int duplicates = interruptMidRunThenRestart(false);
        // Only the letter in flight at the kill may be sent again, with its Message-ID.
        assertThat(duplicates).isBetween(0, 1);
    }

    @Test
    void a_process_stopped_gracefully_mid_run_finishes_its_batch_and_sends_nothing_twice() throws Exception {
        assertThat(interruptMidRunThenRestart(true)).isZero();
    }

    /** Runs a large escalation, stops the process in the middle, restarts it; returns how many letters were re-sent. */
    private int interruptMidRunThenRestart(boolean graceful) throws Exception {
        LoopbackSmtp smtp = LoopbackSmtp.start();
        Map<String, Object> settings = smtp.applicationSettings(folder.resolve("print"));
        settings.put("datasources.default.url", "jdbc:h2:file:" + folder.resolve("amicable").toAbsolutePath());
        settings.put("amicable.dispatch.lease", "3s");
        settings.put("amicable.security.tokens[0].sha256", EndToEndTest.sha256(TOKEN));
        settings.put("amicable.security.tokens[0].role", "manager");
        try {
            LocalDate today = seed(settings);

            AppProcess first = AppProcess.start(folder, "first", settings);
            runEscalationInBackground(first, today);
            AppProcess.waitUntil(() -> smtp.received() >= DISPUTES / 5, Duration.ofSeconds(120),
                    "a fifth of the letters to go out");
            if (graceful) {
                assertThat(first.stop(Duration.ofSeconds(90))).as("stopped within the grace period").isTrue();
            } else {
                first.kill();
            }
            int atKill = smtp.received();
            first.keepLog("killed-mid-run-" + (graceful ? "sigterm" : "sigkill") + ".log");
            assertThat(atKill).as("killed in the middle").isLessThan(DISPUTES);

            AppProcess second = AppProcess.start(folder, "second", settings);
            try {
                postEscalation(second, today);
                AppProcess.waitUntil(() -> smtp.distinctMessageIds().size() == DISPUTES, Duration.ofSeconds(180),
                        "every letter to go out");
                // Give a re-sent duplicate, if any, the time to show up before counting.
                Thread.sleep(1500);
            } finally {
                second.stop(Duration.ofSeconds(60));
            }

            MimeMessage[] received = smtp.messages();
            assertThat(smtp.distinctMessageIds()).hasSize(DISPUTES);
            checkStorage(settings);
            return received.length - DISPUTES;
        } finally {
            smtp.close();
        }
    }

    /** Opens the due claims with the application's own use case, in this JVM, then lets go of the file. */
    private LocalDate seed(Map<String, Object> settings) {
        Map<String, Object> seeding = new HashMap<>(settings);
        seeding.put("amicable.dispatch.enabled", "false");
        try (ApplicationContext context = ApplicationContext.run(seeding)) {
            LocalDate today = LocalDate.now(context.getBean(Clock.class));
            OpenUnpaidClaimUseCase open = context.getBean(OpenUnpaidClaimUseCase.class);
            for (int i = 0; i < DISPUTES; i++) {
                open.openUnpaidClaim(new OpenUnpaidClaimUseCase.Command(new Customer("K-" + i, "Client " + i,
                        CustomerKind.BUSINESS, Optional.of("k" + i + "@example.com"),
                        new PostalAddress(List.of(i + " avenue de la Gare"), "13001", "Marseille", "FR"),
                        Optional.empty(), Language.FR),
                        new Invoice("FK-" + i, today.minusDays(36), today.minusDays(6), Money.euros("80.00"))));
            }
            return today;
        }
    }

    /** After the restart: every dispute has exactly one first reminder, sent, and an intact timeline. */
    private void checkStorage(Map<String, Object> settings) {
        Map<String, Object> reading = new HashMap<>(settings);
        reading.put("amicable.dispatch.enabled", "false");
        try (ApplicationContext context = ApplicationContext.run(reading)) {
            ViewDisputesUseCase view = context.getBean(ViewDisputesUseCase.class);
            assertThat(context.getBean(LetterOutbox.class).counts()).containsEntry("SENT", (long) DISPUTES)
                    .containsEntry("PENDING", 0L);
            List<DisputeSummary> all = new ArrayList<>();
            Optional<DisputeId> after = Optional.empty();
            do {
                List<DisputeSummary> page = view.list(new DisputeQuery(Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, after, 500));
                all.addAll(page);
                after = page.isEmpty() ? Optional.empty() : Optional.of(page.get(page.size() - 1).id());
            } while (after.isPresent());
            assertThat(all).hasSize(DISPUTES);
            for (DisputeSummary summary : all) {
                DisputeView dispute = view.view(summary.id());
                assertThat(dispute.state().name()).isEqualTo("FIRST_REMINDER_SENT");
                assertThat(dispute.letters()).hasSize(1);
                assertThat(view.evidence(summary.id()).verification().intact()).isTrue();
            }
        }
    }

    private static void runEscalationInBackground(AppProcess app, LocalDate today) {
        Thread run = new Thread(() -> {
            try {
                postEscalation(app, today);
            } catch (Exception e) {
                // The process is killed under this request: its answer never comes.
            }
        });
        run.setDaemon(true);
        run.start();
    }

    private static void postEscalation(AppProcess app, LocalDate today) throws Exception {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.url("/escalation/runs")))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(3))
                .POST(HttpRequest.BodyPublishers.ofString("{\"date\":\"" + today + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
