package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.PostalAddress;
import org.amicable.dispute.domain.port.in.OpenUnpaidClaimUseCase;
import org.amicable.dispute.domain.port.in.RunEscalationUseCase;
import org.amicable.dispute.domain.port.out.LetterOutbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances on one PostgreSQL send the same outbox. One is frozen (SIGSTOP, as by a long GC pause
 * or a suspended VM) for longer than the letter lease, twice, while the other carries on and takes its
 * letters over. When it resumes it sends nothing it no longer holds: at most the letter it was sending
 * when it froze goes out twice.
 */
class PausedInstanceTest {

    static final int DISPUTES = 400;
    static final int PAUSES = 2;
    static final String LEASE = "3s";

    @TempDir
    Path folder;

    @Test
    void an_instance_paused_past_its_lease_sends_at_most_the_letter_in_flight_when_it_resumes() throws Exception {
        try (LoopbackSmtp smtp = LoopbackSmtp.start()) {
            Map<String, Object> settings = smtp.applicationSettings(folder.resolve("print"));
            settings.putAll(Databases.POSTGRESQL.freshDatabase());
            settings.put("amicable.dispatch.lease", LEASE);
            decideFirstReminders(settings);
            AppProcess frozen = AppProcess.start(folder, "frozen", settings);
            AppProcess other = AppProcess.start(folder, "other", settings);
            try {
                for (int pause = 1; pause <= PAUSES; pause++) {
                    int threshold = DISPUTES * pause / (PAUSES + 2);
                    AppProcess.waitUntil(() -> smtp.received() >= threshold, Duration.ofMinutes(2),
                            threshold + " letters sent");
                    frozen.pause();
                    Thread.sleep(Duration.parse("PT" + LEASE).plusSeconds(2).toMillis());
                    frozen.resume();
                }
                AppProcess.waitUntil(() -> smtp.distinctMessageIds().size() == DISPUTES, Duration.ofMinutes(3),
                        "every letter to go out");
                // Give a letter sent twice, if any, the time to arrive before counting.
                Thread.sleep(1500);
            } finally {
                frozen.stop(Duration.ofSeconds(60));
                other.stop(Duration.ofSeconds(60));
                frozen.keepLog("paused-instance-frozen.log");
            }
            int resent = smtp.received() - DISPUTES;
            System.out.printf("paused instance: %d pauses past the lease, %d letters, %d re-sent%n", PAUSES, DISPUTES,
                    resent);
            assertThat(resent).as("at most the letter in flight at each pause").isLessThanOrEqualTo(PAUSES);
            try (ApplicationContext context = ApplicationContext.run(reading(settings))) {
                assertThat(context.getBean(LetterOutbox.class).counts()).containsEntry("SENT", (long) DISPUTES)
                        .containsEntry("PENDING", 0L).containsEntry("FAILED", 0L);
            }
        }
    }

    /** Opens the due claims and decides their first reminders in this JVM, so that both instances find them pending. */
    private static void decideFirstReminders(Map<String, Object> settings) {
        try (ApplicationContext context = ApplicationContext.run(reading(settings))) {
            LocalDate today = LocalDate.now(context.getBean(Clock.class));
            OpenUnpaidClaimUseCase open = context.getBean(OpenUnpaidClaimUseCase.class);
            for (int i = 0; i < DISPUTES; i++) {
                open.openUnpaidClaim(new OpenUnpaidClaimUseCase.Command(new Customer("P-" + i, "Client " + i,
                        CustomerKind.BUSINESS, Optional.of("p" + i + "@example.com"),
                        new PostalAddress(List.of(i + " quai des Chartrons"), "33000", "Bordeaux", "FR"),
                        Optional.empty(), Language.FR),
                        new Invoice("FP-" + i, today.minusDays(36), today.minusDays(6), Money.euros("90.00"))));
            }
            context.getBean(RunEscalationUseCase.class).runEscalation(today);
        }
    }

    private static Map<String, Object> reading(Map<String, Object> settings) {
        Map<String, Object> reading = new HashMap<>(settings);
        reading.put("amicable.dispatch.enabled", "false");
        return reading;
    }
}
