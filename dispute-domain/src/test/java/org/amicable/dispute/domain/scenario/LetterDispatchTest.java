package org.amicable.dispute.domain.scenario;

import static org.amicable.dispute.domain.fixtures.Customers.anotherBusiness;
import static org.amicable.dispute.domain.fixtures.Customers.businessCustomer;
import static org.amicable.dispute.domain.fixtures.Invoices.invoiceDue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.amicable.dispute.domain.fixtures.World;
import org.amicable.dispute.domain.inmemory.RecordingLetterSender.Mode;
import org.amicable.dispute.domain.model.DisputeEvent.LetterAcknowledged;
import org.amicable.dispute.domain.model.DisputeEvent.LetterFailed;
import org.amicable.dispute.domain.model.DisputeEvent.LetterSent;
import org.amicable.dispute.domain.model.DisputeEvent.LetterTracked;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.InvalidCommandException;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.model.LetterStatus;
import org.amicable.dispute.domain.model.Timeline;
import org.amicable.dispute.domain.port.in.DispatchLettersUseCase;
import org.amicable.dispute.domain.port.in.DispatchLettersUseCase.DispatchReport;
import org.amicable.dispute.domain.port.in.RecordAcknowledgmentUseCase;
import org.amicable.dispute.domain.port.in.RecordLetterTrackingUseCase;
import org.amicable.dispute.domain.port.out.LetterSender;
import org.amicable.dispute.domain.port.out.LetterSender.SendResult;
import org.amicable.dispute.domain.model.RenderedLetter;
import org.amicable.dispute.domain.service.DisputeServices;
import org.junit.jupiter.api.Test;

/** Letters leave through the outbox: sent once, retried when the sender is down, failed when refused. */
class LetterDispatchTest {

    static final LocalDate DUE = LocalDate.of(2026, 1, 31);

    static final Duration LEASE = Duration.ofMinutes(5);

    final World world = World.on(DUE.plusDays(5));

    private DisputeId claimWithFirstReminder() {
        DisputeId claim = world.opensClaim(businessCustomer(), invoiceDue(DUE, "1200.00"));
        world.escalationRuns();
        return claim;
    }

    @Test
    void a_sent_letter_is_marked_sent_with_the_hash_of_what_went_out_recorded_in_the_timeline() {
        DisputeId claim = claimWithFirstReminder();

        DispatchReport report = world.dispatches();

        assertThat(report).isEqualTo(new DispatchReport(1, 0, 0));
        Letter letter = world.letter(claim, LetterKind.FIRST_REMINDER);
        String hash = Timeline.sha256Hex(world.sender.sent().get(0).document());
        assertThat(letter.status()).isEqualTo(LetterStatus.SENT);
        assertThat(letter.contentHash()).contains(hash);
        assertThat(letter.sentAt()).contains(world.clock.instant());
        assertThat(world.events(claim, LetterSent.class)).singleElement()
                .satisfies(sent -> assertThat(sent.contentHash()).isEqualTo(hash));
        assertThat(world.store.counts()).containsEntry("SENT", 1L).containsEntry("PENDING", 0L);
        assertThat(world.dispatches().total()).isZero();
    }

    @Test
    void a_transient_failure_is_retried_later_and_the_letter_goes_out_exactly_once_when_the_sender_recovers() {
        DisputeId claim = claimWithFirstReminder();
        world.sender.behave(Mode.FAIL_TRANSIENTLY);

        assertThat(world.dispatches()).isEqualTo(new DispatchReport(0, 1, 0));
        assertThat(world.letter(claim, LetterKind.FIRST_REMINDER).status()).isEqualTo(LetterStatus.PENDING);
        assertThat(world.dispatches().total()).as("backoff: not tried again at once").isZero();

        world.clock.advance(Duration.ofSeconds(31));
        assertThat(world.dispatches()).isEqualTo(new DispatchReport(0, 1, 0));

        world.sender.behave(Mode.ACCEPT);
        world.clock.advance(Duration.ofMinutes(31));
        assertThat(world.dispatches()).isEqualTo(new DispatchReport(1, 0, 0));
        world.clock.advance(Duration.ofHours(2));
        assertThat(world.dispatches().total()).isZero();

        assertThat(world.sender.sent()).hasSize(1);
        assertThat(world.letter(claim, LetterKind.FIRST_REMINDER).status()).isEqualTo(LetterStatus.SENT);
        assertThat(world.events(claim, LetterSent.class)).hasSize(1);
    }

    @Test
    void each_letter_is_recorded_as_sent_before_the_next_one_goes_out() {
        DisputeId first = claimWithFirstReminder();
        DisputeId second = world.opensClaim(anotherBusiness("K-2"), invoiceDue("F-2", DUE, "300.00"));
        world.escalationRuns();
        List<LetterStatus> seenBySecond = new ArrayList<>();
        LetterSender watching = sending(letter -> {
            if (letter.letter().disputeId().equals(second)) {
                seenBySecond.add(world.letter(first, LetterKind.FIRST_REMINDER).status());
            }
            return new SendResult.Sent(letter.letter().id(), "<" + letter.letter().id() + "@test>");
        });

        DispatchReport report = dispatcherWith(watching).dispatchLetters(10);

        assertThat(report).isEqualTo(new DispatchReport(2, 0, 0));
        assertThat(seenBySecond).containsExactly(LetterStatus.SENT);
    }

    @Test
    void a_dispatcher_paused_past_its_lease_sends_only_the_letter_in_flight_and_nothing_another_took_over() {
        DisputeId first = claimWithFirstReminder();
        DisputeId second = world.opensClaim(anotherBusiness("K-2"), invoiceDue("F-2", DUE, "300.00"));
        DisputeId third = world.opensClaim(anotherBusiness("K-3"), invoiceDue("F-3", DUE, "400.00"));
        world.escalationRuns();
        List<RenderedLetter> sentByPaused = new ArrayList<>();
        LetterSender pausing = sending(letter -> {
            if (sentByPaused.isEmpty()) {
                // A long pause in the middle of the first send: another instance takes over meanwhile.
                world.clock.advance(LEASE.plusMinutes(1));
                assertThat(world.dispatches()).isEqualTo(new DispatchReport(3, 0, 0));
            }
            sentByPaused.add(letter);
            return new SendResult.Sent(letter.letter().id(), "<" + letter.letter().id() + "@test>");
        });

        DispatchReport paused = dispatcherWith(pausing).dispatchLetters(10);

        assertThat(paused).isEqualTo(new DispatchReport(1, 0, 0, 2));
        assertThat(sentByPaused).as("only the letter in flight when it froze").hasSize(1);
        assertThat(world.sender.sent()).hasSize(3);
        for (DisputeId claim : List.of(first, second, third)) {
            assertThat(world.letter(claim, LetterKind.FIRST_REMINDER).status()).isEqualTo(LetterStatus.SENT);
            assertThat(world.events(claim, LetterSent.class)).hasSize(1);
        }
    }

    /** A sender whose batches hand each letter to {@code send}. */
    private static LetterSender sending(Function<RenderedLetter, SendResult> send) {
        return () -> new LetterSender.Batch() {
            @Override
            public SendResult send(RenderedLetter letter) {
                return send.apply(letter);
            }

            @Override
            public void close() {
            }
        };
    }

    /** Another dispatcher over the same storage and clock, sending through {@code sender}. */
    private DispatchLettersUseCase dispatcherWith(LetterSender sender) {
        return new DisputeServices(world.store, world.store, world.renderer, sender, world.policy, world.clock, LEASE)
                .dispatchLetters();
    }

    @Test
    void a_permanent_failure_marks_the_letter_failed_in_the_outbox_and_in_the_timeline() {
        DisputeId claim = claimWithFirstReminder();
        world.sender.behave(Mode.FAIL_PERMANENTLY);

        assertThat(world.dispatches()).isEqualTo(new DispatchReport(0, 0, 1));

        Letter letter = world.letter(claim, LetterKind.FIRST_REMINDER);
        assertThat(letter.status()).isEqualTo(LetterStatus.FAILED);
        assertThat(letter.failure()).hasValueSatisfying(reason -> assertThat(reason).contains("550"));
        assertThat(world.events(claim, LetterFailed.class)).hasSize(1);
        assertThat(world.store.counts()).containsEntry("FAILED", 1L).containsEntry("PENDING", 0L);
        world.clock.advance(Duration.ofDays(1));
        assertThat(world.dispatches().total()).isZero();
    }

    @Test
    void the_tracking_number_and_the_acknowledgment_of_receipt_are_recorded() {
        DisputeId claim = claimWithFirstReminder();
        world.dispatches();
        Letter letter = world.letter(claim, LetterKind.FIRST_REMINDER);

        world.services.recordLetterTracking().recordLetterTracking(new RecordLetterTrackingUseCase.Command(claim,
                Optional.empty(), letter.id(), "1A 234 567 8901 2"));
        world.daysLater(3);
        world.services.recordAcknowledgment().recordAcknowledgment(new RecordAcknowledgmentUseCase.Command(claim,
                Optional.empty(), letter.id(), DUE.plusDays(7)));

        Letter tracked = world.services.viewDisputes().letter(claim, letter.id());
        assertThat(tracked.trackingNumber()).contains("1A 234 567 8901 2");
        assertThat(tracked.acknowledgedOn()).contains(DUE.plusDays(7));
        assertThat(world.events(claim, LetterTracked.class)).hasSize(1);
        assertThat(world.events(claim, LetterAcknowledged.class)).singleElement()
                .satisfies(ack -> assertThat(ack.deliveredOn()).isEqualTo(DUE.plusDays(7)));
    }

    @Test
    void an_acknowledgment_dated_in_the_future_is_refused() {
        DisputeId claim = claimWithFirstReminder();
        Letter letter = world.letter(claim, LetterKind.FIRST_REMINDER);

        assertThatThrownBy(() -> world.services.recordAcknowledgment().recordAcknowledgment(
                new RecordAcknowledgmentUseCase.Command(claim, Optional.empty(), letter.id(), world.today().plusDays(1))))
                .isInstanceOf(InvalidCommandException.class);
    }
}
