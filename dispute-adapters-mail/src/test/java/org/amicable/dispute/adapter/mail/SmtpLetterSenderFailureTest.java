package org.amicable.dispute.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.port.out.LetterSender.SendResult;
import org.amicable.dispute.domain.model.RenderedLetter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmtpLetterSenderFailureTest {

    @TempDir
    Path folder;

    private SmtpStub stub;

    @BeforeEach
    void start() throws IOException {
        stub = new SmtpStub();
    }

    @AfterEach
    void stop() throws IOException {
        stub.close();
    }

    private RenderedLetter toAddress(String email) {
        Customer base = Letters.consumer(Language.FR);
        Customer customer = new Customer(base.reference(), base.name(), base.kind(), Optional.of(email), base.address(),
                base.phone(), base.language());
        Letter letter = Letters.grievanceAcknowledgment(customer, "Colis abîmé.");
        return new PdfLetterRenderer(Letters.smtpSettings(stub.port())).render(letter);
    }

    @Test
    void a_recipient_refused_by_the_server_is_a_permanent_failure_and_the_batch_goes_on_over_one_connection() {
        SmtpLetterSender sender = new SmtpLetterSender(Letters.smtpSettings(stub.port()));
        List<RenderedLetter> batch = List.of(toAddress("first@mail.example"), toAddress("refused@mail.example"),
                toAddress("busy@mail.example"), toAddress("last@mail.example"));

        List<SendResult> results = sender.send(batch);

        assertThat(results).hasSize(4);
        assertThat(results.get(0)).isInstanceOf(SendResult.Sent.class);
        assertThat(results.get(1)).isInstanceOf(SendResult.PermanentFailure.class);
        assertThat(((SendResult.PermanentFailure) results.get(1)).reply()).contains("550").contains("mailbox unavailable");
        assertThat(results.get(2)).isInstanceOf(SendResult.TransientFailure.class);
        assertThat(((SendResult.TransientFailure) results.get(2)).reply()).contains("451");
        assertThat(results.get(3)).isInstanceOf(SendResult.Sent.class);
        assertThat(results).extracting(SendResult::letterId)
                .containsExactlyElementsOf(batch.stream().map(rendered -> rendered.letter().id()).toList());
        assertThat(stub.connections).hasValue(1);
        assertThat(stub.accepted).hasValue(2);
    }

    @Test
    void smtp_down_is_a_transient_failure_for_every_letter_of_the_batch() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        SmtpLetterSender sender = new SmtpLetterSender(Letters.smtpSettings(closedPort));

        List<SendResult> results = sender.send(List.of(toAddress("a@mail.example"), toAddress("b@mail.example")));

        assertThat(results).allSatisfy(result -> assertThat(result).isInstanceOf(SendResult.TransientFailure.class));
        assertThat(((SendResult.TransientFailure) results.get(0)).reply()).contains("cannot connect");
    }

    @Test
    void a_server_that_accepts_but_never_answers_is_a_transient_failure_after_the_timeout() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try (Socket ignored = silent.accept()) {
                    Thread.sleep(5_000);
                } catch (IOException | InterruptedException e) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            SmtpLetterSender sender = new SmtpLetterSender(
                    Letters.smtpSettings(silent.getLocalPort()).withTimeout(java.time.Duration.ofMillis(300)));

            List<SendResult> results = sender.send(List.of(toAddress("a@mail.example")));

            assertThat(results.get(0)).isInstanceOf(SendResult.TransientFailure.class);
            acceptor.interrupt();
        }
    }

    @Test
    void a_letter_for_a_customer_without_email_is_a_permanent_failure() {
        Customer base = Letters.business(Language.EN);
        Customer noEmail = new Customer(base.reference(), base.name(), base.kind(), Optional.empty(), base.address(),
                base.phone(), base.language());
        Letter letter = Letters.grievanceAcknowledgment(noEmail, "Late delivery.");
        SmtpLetterSender sender = new SmtpLetterSender(Letters.smtpSettings(stub.port()));

        List<SendResult> results = sender.send(List.of(new PdfLetterRenderer(Letters.smtpSettings(stub.port())).render(letter)));

        assertThat(results.get(0)).isInstanceOf(SendResult.PermanentFailure.class);
        assertThat(stub.connections).hasValue(0);
    }

    @Test
    void the_sockets_have_tcp_nodelay_on() throws IOException {
        NoDelaySocketFactory factory = new NoDelaySocketFactory(javax.net.SocketFactory.getDefault());
        try (Socket socket = factory.createSocket("127.0.0.1", stub.port())) {
            assertThat(socket.getTcpNoDelay()).isTrue();
        }
        try (Socket unconnected = factory.createSocket()) {
            assertThat(unconnected.getTcpNoDelay()).isTrue();
        }
        assertThat(SmtpLetterSender.properties(Letters.smtpSettings(25)).get("mail.smtp.socketFactory"))
                .isInstanceOf(NoDelaySocketFactory.class);
        assertThat(SmtpLetterSender.properties(Letters.smtpSettings(25)).get("mail.smtp.ssl.socketFactory"))
                .isInstanceOf(NoDelaySocketFactory.Tls.class);
    }
}
