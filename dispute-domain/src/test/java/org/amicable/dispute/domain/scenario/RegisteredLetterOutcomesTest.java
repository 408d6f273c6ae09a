package org.amicable.dispute.domain.scenario;

import static org.amicable.dispute.domain.fixtures.Customers.businessCustomer;
import static org.amicable.dispute.domain.fixtures.Customers.consumerByPostOnly;
import static org.amicable.dispute.domain.fixtures.Invoices.invoiceDue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.amicable.dispute.domain.fixtures.World;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.InvalidCommandException;
import org.amicable.dispute.domain.model.KeptDocument;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.model.PostalAddress;
import org.amicable.dispute.domain.model.ReturnReason;
import org.amicable.dispute.domain.model.TransitionNotAllowedException;
import org.amicable.dispute.domain.model.UnpaidClaim;
import org.amicable.dispute.domain.model.NextStep;
import org.amicable.dispute.domain.port.in.AttachScanUseCase;
import org.amicable.dispute.domain.port.in.CorrectContactDetailsUseCase;
import org.amicable.dispute.domain.port.in.RecordAcknowledgmentUseCase;
import org.amicable.dispute.domain.port.in.RecordLetterReturnUseCase;
import org.junit.jupiter.api.Test;

/**
 * What becomes of a registered letter decides when its deadline runs: from delivery (AR signed), from
 * the first presentation when refused or left unclaimed, and not at all when the addressee is unknown
 * (NPAI): then the ladder holds until the address is corrected and the letter is sent again.
 */
class RegisteredLetterOutcomesTest {

    static final LocalDate DUE = LocalDate.of(2026, 1, 31);
    static final LocalDate NOTICE_SENT = DUE.plusDays(25);

    final World world = World.on(DUE.plusDays(5));

    /** A consumer by post only, whose claim climbed to the formal notice, sent on {@link #NOTICE_SENT}. */
    private DisputeId claimWithFormalNoticeSent() {
        DisputeId claim = world.opensClaim(consumerByPostOnly(), invoiceDue(DUE, "900.00"));
        world.escalationRuns();
        world.dispatches();
        world.movesTo(DUE.plusDays(15)).escalationRuns();
        world.dispatches();
        world.movesTo(NOTICE_SENT).escalationRuns();
        world.dispatches();
        assertThat(world.state(claim)).isEqualTo("FORMAL_NOTICE_SENT");
        return claim;
    }

    private void returned(DisputeId claim, Letter letter, ReturnReason reason, Optional<LocalDate> presented,
            LocalDate returnedOn) {
        world.services.recordLetterReturn().recordLetterReturn(new RecordLetterReturnUseCase.Command(claim, Optional.empty(),
                letter.id(), reason, presented, returnedOn));
    }

    private LocalDate noticeDeadline(DisputeId claim) {
        return world.claim(claim).figures(world.policy).formalNoticeDeadline().orElseThrow();
    }

    @Test
    void the_eight_days_of_a_formal_notice_run_from_its_delivery() {
        DisputeId claim = claimWithFormalNoticeSent();
        Letter notice = world.letter(claim, LetterKind.FORMAL_NOTICE);
        world.movesTo(NOTICE_SENT.plusDays(4));

        world.services.recordAcknowledgment().recordAcknowledgment(new RecordAcknowledgmentUseCase.Command(claim,
                Optional.empty(), notice.id(), NOTICE_SENT.plusDays(3)));

        assertThat(noticeDeadline(claim)).isEqualTo(NOTICE_SENT.plusDays(3 + 8));
    }

    @Test
    void a_formal_notice_refused_takes_effect_from_its_first_presentation() {
        DisputeId claim = claimWithFormalNoticeSent();
        Letter notice = world.letter(claim, LetterKind.FORMAL_NOTICE);
        world.movesTo(NOTICE_SENT.plusDays(5));

        returned(claim, notice, ReturnReason.REFUSED, Optional.of(NOTICE_SENT.plusDays(2)), NOTICE_SENT.plusDays(4));

        assertThat(noticeDeadline(claim)).isEqualTo(NOTICE_SENT.plusDays(2 + 8));
        assertThat(world.letter(claim, LetterKind.FORMAL_NOTICE).returned()).contains(ReturnReason.REFUSED);
    }

    @Test
    void a_formal_notice_left_unclaimed_takes_effect_from_its_first_presentation_and_the_ladder_goes_on() {
        DisputeId claim = claimWithFormalNoticeSent();
        Letter notice = world.letter(claim, LetterKind.FORMAL_NOTICE);
        world.movesTo(NOTICE_SENT.plusDays(18));

        returned(claim, notice, ReturnReason.UNCLAIMED, Optional.of(NOTICE_SENT.plusDays(1)), NOTICE_SENT.plusDays(17));
        world.escalationRuns();

        assertThat(noticeDeadline(claim)).isEqualTo(NOTICE_SENT.plusDays(1 + 8));
        assertThat(world.state(claim)).isEqualTo("MEDIATION_TO_CONFIRM");
    }

    @Test
    void an_addressee_unknown_holds_the_ladder_until_the_address_is_corrected_then_the_letter_goes_again() {
        DisputeId claim = world.opensClaim(consumerByPostOnly(), invoiceDue(DUE, "900.00"));
        world.escalationRuns();
        world.dispatches();
        Letter first = world.letter(claim, LetterKind.FIRST_REMINDER);
        world.daysLater(6);
        returned(claim, first, ReturnReason.ADDRESSEE_UNKNOWN, Optional.empty(), world.today());

        world.escalatesDailyUntil(world.today().plusDays(30));
        assertThat(world.letterKinds(claim)).as("no second reminder to an address that reaches nobody")
                .containsExactly(LetterKind.FIRST_REMINDER);
        assertThat(world.view(claim).nextStep()).map(NextStep::kind).contains(NextStep.Kind.CORRECT_ADDRESS);
        assertThat(world.claim(claim).nextDueOn(world.policy)).as("only the limitation warning stays due")
                .hasValueSatisfying(due -> assertThat(due).isAfter(world.today().plusYears(1)));

        PostalAddress moved = new PostalAddress(List.of("7 allée des Tilleuls"), "33000", "Bordeaux", "FR");
        world.services.correctContactDetails().correctContactDetails(new CorrectContactDetailsUseCase.Command(claim,
                Optional.empty(), moved, Optional.empty(), Optional.empty()));
        world.dispatches();

        List<Letter> letters = world.letters(claim);
        assertThat(letters).extracting(Letter::kind).containsExactly(LetterKind.FIRST_REMINDER, LetterKind.FIRST_REMINDER);
        assertThat(letters.get(0).recipient().address()).as("the letter as it was sent").isEqualTo(first.recipient().address());
        assertThat(letters.get(1).recipient().address()).isEqualTo(moved);
        assertThat(letters.get(1).content()).isEqualTo(first.content());
        assertThat(world.view(claim).customer().address()).isEqualTo(moved);

        world.escalatesDailyUntil(world.today().plusDays(10));
        assertThat(world.letterKinds(claim)).endsWith(LetterKind.SECOND_REMINDER);
        assertThat(world.letter(claim, LetterKind.SECOND_REMINDER).recipient().address()).isEqualTo(moved);
    }

    @Test
    void an_outcome_dated_before_the_letter_went_out_or_in_the_future_is_refused_naming_the_field() {
        DisputeId claim = claimWithFormalNoticeSent();
        Letter notice = world.letter(claim, LetterKind.FORMAL_NOTICE);
        world.movesTo(NOTICE_SENT.plusDays(5));

        assertThatThrownBy(() -> returned(claim, notice, ReturnReason.UNCLAIMED, Optional.of(NOTICE_SENT.minusDays(1)),
                NOTICE_SENT.plusDays(4))).isInstanceOfSatisfying(InvalidCommandException.class,
                e -> assertThat(e.field()).isEqualTo("firstPresentedOn"));
        assertThatThrownBy(() -> returned(claim, notice, ReturnReason.UNCLAIMED, Optional.of(NOTICE_SENT.plusDays(1)),
                NOTICE_SENT.plusDays(6))).isInstanceOfSatisfying(InvalidCommandException.class,
                e -> assertThat(e.field()).isEqualTo("returnedOn"));
        assertThatThrownBy(() -> returned(claim, notice, ReturnReason.REFUSED, Optional.empty(), NOTICE_SENT.plusDays(4)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.field()).isEqualTo("firstPresentedOn"));
        assertThat(world.letter(claim, LetterKind.FORMAL_NOTICE).returned()).isEmpty();
    }

    @Test
    void a_letter_sent_by_email_has_no_postal_outcome_and_a_returned_letter_has_no_delivery() {
        DisputeId claim = claimWithFormalNoticeSent();
        Letter notice = world.letter(claim, LetterKind.FORMAL_NOTICE);
        world.movesTo(NOTICE_SENT.plusDays(5));
        returned(claim, notice, ReturnReason.REFUSED, Optional.of(NOTICE_SENT.plusDays(2)), NOTICE_SENT.plusDays(4));

        assertThatThrownBy(() -> world.services.recordAcknowledgment().recordAcknowledgment(
                new RecordAcknowledgmentUseCase.Command(claim, Optional.empty(), notice.id(), NOTICE_SENT.plusDays(3))))
                .isInstanceOf(TransitionNotAllowedException.class);

        DisputeId grievanceByEmail = world.opensGrievance(businessCustomer(),
                org.amicable.dispute.domain.model.GrievanceCause.OTHER, Optional.empty(), "Late delivery");
        world.dispatches();
        Letter acknowledgment = world.letters(grievanceByEmail).get(0);
        assertThatThrownBy(() -> returned(grievanceByEmail, acknowledgment, ReturnReason.REFUSED,
                Optional.of(world.today()), world.today())).isInstanceOf(InvalidCommandException.class);
    }

    @Test
    void the_scan_of_the_signed_card_is_kept_by_its_hash_and_told_by_its_content() {
        DisputeId claim = claimWithFormalNoticeSent();
        Letter notice = world.letter(claim, LetterKind.FORMAL_NOTICE);
        world.movesTo(NOTICE_SENT.plusDays(4));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] pretending = "%PNG not really an image".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> attachScan(claim, notice, png)).as("no outcome yet")
                .isInstanceOf(TransitionNotAllowedException.class);
        world.services.recordAcknowledgment().recordAcknowledgment(new RecordAcknowledgmentUseCase.Command(claim,
                Optional.empty(), notice.id(), NOTICE_SENT.plusDays(3)));
        assertThatThrownBy(() -> attachScan(claim, notice, pretending))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.field()).isEqualTo("scan"));
        assertThatThrownBy(() -> attachScan(claim, notice, new byte[KeptDocument.LARGEST_SCAN + 1]))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.getMessage()).contains("5 MB"));
        long version = world.view(claim).version();

        attachScan(claim, notice, png);

        assertThat(world.view(claim).version()).isEqualTo(version + 1);
        var kept = world.services.viewDisputes().scan(claim, notice.id()).document();
        assertThat(kept.mediaType()).isEqualTo(KeptDocument.PNG);
        assertThat(kept.content()).isEqualTo(png);
        assertThat(world.letter(claim, LetterKind.FORMAL_NOTICE).scanHash()).contains(kept.sha256());
    }

    private void attachScan(DisputeId claim, Letter letter, byte[] content) {
        world.services.attachScan().attachScan(new AttachScanUseCase.Command(claim, Optional.empty(), letter.id(), content));
    }
}
