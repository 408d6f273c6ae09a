package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.context.ApplicationContext;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.amicable.dispute.domain.model.ClaimState;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.PostalAddress;
import org.amicable.dispute.domain.port.in.DispatchLettersUseCase;
import org.amicable.dispute.domain.port.in.OpenUnpaidClaimUseCase;
import org.amicable.dispute.domain.port.in.RunEscalationUseCase;
import org.amicable.dispute.domain.port.in.ViewDisputesUseCase;
import org.amicable.dispute.domain.port.in.DisputeQuery;
import org.amicable.dispute.domain.port.in.DisputeSummary;
import org.amicable.dispute.domain.port.out.LetterOutbox;
import org.junit.jupiter.api.Test;

/**
 * Two application instances on one PostgreSQL run the escalation and the dispatcher at the same
 * time over hundreds of due disputes: each dispute gets its first reminder once, and the mail
 * server receives each letter once.
 */
class TwoInstancesTest {

    static final int DISPUTES = 800;

    @Test
    void two_instances_escalate_and_dispatch_at_once_and_every_letter_goes_out_exactly_once() throws Exception {
        int smtpPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            smtpPort = socket.getLocalPort();
        }
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Map<String, Object> properties = new HashMap<>(Databases.POSTGRESQL.freshDatabase());
        properties.put("amicable.dispatch.enabled", "false");
        properties.put("amicable.escalation.schedule.enabled", "false");
        properties.put("amicable.mail.host", "127.0.0.1");
        properties.put("amicable.mail.port", smtpPort);
        properties.put("amicable.mail.print-folder", java.nio.file.Files.createTempDirectory("print").toString());
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try (ApplicationContext first = ApplicationContext.run(properties);
             ApplicationContext second = ApplicationContext.run(properties)) {
            LocalDate today = LocalDate.now(first.getBean(Clock.class));
            OpenUnpaidClaimUseCase open = first.getBean(OpenUnpaidClaimUseCase.class);
            for (int i = 0; i < DISPUTES; i++) {
                open.openUnpaidClaim(new OpenUnpaidClaimUseCase.Command(customer(i), new Invoice("FA-" + i,
                        today.minusDays(36), today.minusDays(6), Money.euros("100.00"))));
            }

            List<Future<?>> runs = new ArrayList<>();
            for (ApplicationContext instance : List.of(first, second)) {
                runs.add(instances.submit(() -> escalateThenDispatch(instance, today)));
            }
            for (Future<?> run : runs) {
                run.get(10, TimeUnit.MINUTES);
            }

            assertThat(first.getBean(LetterOutbox.class).counts())
                    .containsEntry("SENT", (long) DISPUTES).containsEntry("PENDING", 0L).containsEntry("FAILED", 0L);
            ViewDisputesUseCase view = first.getBean(ViewDisputesUseCase.class);
            List<DisputeSummary> all = new ArrayList<>();
            Optional<org.amicable.dispute.domain.model.DisputeId> after = Optional.empty();
            do {
                List<DisputeSummary> page = view.list(new DisputeQuery(Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, after, 500));
                all.addAll(page);
                after = page.isEmpty() ? Optional.empty() : Optional.of(page.get(page.size() - 1).id());
            } while (after.isPresent());
            assertThat(all).hasSize(DISPUTES).allSatisfy(summary -> {
                assertThat(summary.state()).isEqualTo(ClaimState.FIRST_REMINDER_SENT);
                assertThat(view.view(summary.id()).letters()).hasSize(1);
            });
            MimeMessage[] received = smtp.getReceivedMessages();
            assertThat(received).hasSize(DISPUTES);
            assertThat(List.of(received)).extracting(MimeMessage::getMessageID).doesNotHaveDuplicates();
        } finally {
            instances.shutdownNow();
            smtp.stop();
        }
    }

    private static void escalateThenDispatch(ApplicationContext instance, LocalDate today) {
        instance.getBean(RunEscalationUseCase.class).runEscalation(today);
        DispatchLettersUseCase dispatch = instance.getBean(DispatchLettersUseCase.class);
        // Bounded: hundreds of letters in batches of 50, by two instances.
        for (int round = 0; round < 1000; round++) {
            if (dispatch.dispatchLetters(50).total() == 0 && instance.getBean(LetterOutbox.class).counts().get("PENDING") == 0) {
                return;
            }
        }
    }

    private static Customer customer(int i) {
        return new Customer("C-" + i, "Client " + i, CustomerKind.BUSINESS, Optional.of("client" + i + "@example.com"),
                new PostalAddress(List.of(i + " rue du Commerce"), "75015", "Paris", "FR"), Optional.empty(),
                Language.FR);
    }

}
