package org.amicable.dispute.domain.scenario;

import static org.amicable.dispute.domain.fixtures.Customers.businessCustomer;
import static org.amicable.dispute.domain.fixtures.Invoices.invoiceDue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
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
import org.amicable.dispute.domain.port.in.DispatchLettersUseCase.DispatchReport;
import org.amicable.dispute.domain.port.in.RecordAcknowledgmentUseCase;
import org.amicable.dispute.domain.port.in.RecordLetterTrackingUseCase;
import org.junit.jupiter.api.Test;

/** Letters leave through the outbox: sent once, retried when the sender is down, failed when refused. */
class LetterDispatchTest {

    static final LocalDate DUE = LocalDate.of(2026, 1, 31);

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

        world.services.recordLetterTracking().recordTracking(new RecordLetterTrackingUseCase.Command(claim,
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
