package org.amicable.dispute.domain.scenario;

import static org.amicable.dispute.domain.fixtures.Customers.businessCustomer;
import static org.amicable.dispute.domain.fixtures.Invoices.invoiceDue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.amicable.dispute.domain.fixtures.World;
import org.amicable.dispute.domain.model.ClaimState;
import org.amicable.dispute.domain.model.DisputeEvent;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.InvalidValueException;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.model.LetterReview;
import org.amicable.dispute.domain.model.LetterStatus;
import org.amicable.dispute.domain.model.TaskKind;
import org.amicable.dispute.domain.model.TransitionNotAllowedException;
import org.amicable.dispute.domain.model.NextStep;
import org.amicable.dispute.domain.policy.ReviewPolicy;
import org.amicable.dispute.domain.port.in.ApproveLetterUseCase;
import org.amicable.dispute.domain.port.in.DispatchLettersUseCase.DispatchReport;
import org.amicable.dispute.domain.port.in.EscalationReport;
import org.amicable.dispute.domain.port.in.HoldLetterUseCase;
import org.amicable.dispute.domain.port.in.ListLettersAwaitingReviewUseCase;
import org.junit.jupiter.api.Test;

/**
 * Formal notices and mediation referrals wait for a manager before they go out (the default review
 * policy); reminders go out on their own. An approved letter goes out once with the next dispatch; a
 * held one stays unsent, and the formal notice's eight days run from its sending, not from its issue.
 */
class ReviewBeforeSendingTest {

    static final LocalDate DUE = LocalDate.of(2026, 1, 31);
    /** First reminder at due + 5, second at + 15, formal notice at + 25 (the default ladder). */
    static final LocalDate NOTICE_DAY = DUE.plusDays(25);

    final World world = World.on(DUE.plusDays(1), ReviewPolicy.defaults());

    private DisputeId claimAtItsFormalNotice(String invoice) {
        DisputeId claim = world.opensClaim(businessCustomer(), invoiceDue(invoice, DUE, "1200.00"));
        world.escalatesDailyUntil(NOTICE_DAY);
        return claim;
    }

    private Letter notice(DisputeId claim) {
        return world.letter(claim, LetterKind.FORMAL_NOTICE);
    }

    private void approves(DisputeId claim) {
        world.services.approveLetter().approveLetter(new ApproveLetterUseCase.Command(claim, notice(claim).id()));
    }

    private void holds(DisputeId claim, String reason) {
        world.services.holdLetter().holdLetter(new HoldLetterUseCase.Command(claim, notice(claim).id(), reason));
    }

    @Test
    void the_policy_names_the_kinds_that_wait_and_no_other() {
        assertThat(ReviewPolicy.defaults().reviews(LetterKind.FORMAL_NOTICE)).isTrue();
        assertThat(ReviewPolicy.defaults().reviews(LetterKind.MEDIATION_REFERRAL)).isTrue();
        assertThat(ReviewPolicy.defaults().reviews(LetterKind.FIRST_REMINDER)).isFalse();
        assertThat(ReviewPolicy.defaults().reviews(LetterKind.SECOND_REMINDER)).isFalse();
        assertThat(ReviewPolicy.none().reviews(LetterKind.FORMAL_NOTICE)).isFalse();
        assertThat(ReviewPolicy.of(LetterKind.FIRST_REMINDER).reviews(LetterKind.FIRST_REMINDER)).isTrue();
    }

    @Test
    void reminders_go_out_on_their_own_and_the_formal_notice_waits_for_a_manager() {
        DisputeId claim = claimAtItsFormalNotice("F-1");

        DispatchReport report = world.dispatches();

        assertThat(report.sent()).as("the two reminders").isEqualTo(2);
        assertThat(world.letter(claim, LetterKind.FIRST_REMINDER).status()).isEqualTo(LetterStatus.SENT);
        assertThat(world.letter(claim, LetterKind.SECOND_REMINDER).status()).isEqualTo(LetterStatus.SENT);
        assertThat(notice(claim).status()).isEqualTo(LetterStatus.PENDING);
        assertThat(world.claim(claim).review(notice(claim).id())).map(LetterReview::stage)
                .contains(LetterReview.Stage.AWAITING);
        assertThat(world.events(claim, DisputeEvent.LetterAwaitingReview.class)).singleElement()
                .satisfies(awaiting -> assertThat(awaiting.letterId()).isEqualTo(notice(claim).id()));
        assertThat(world.claim(claim).openTasks()).anySatisfy(task -> {
            assertThat(task.kind()).isEqualTo(TaskKind.LETTER_AWAITING_REVIEW);
            assertThat(task.letterId()).contains(notice(claim).id());
        });
        ListLettersAwaitingReviewUseCase.Page queue = world.services.listLettersAwaitingReview().listLettersAwaitingReview(0, 10);
        assertThat(queue.total()).isEqualTo(1);
        assertThat(queue.letters()).singleElement().satisfies(waiting -> {
            assertThat(waiting.letter().id()).isEqualTo(notice(claim).id());
            assertThat(waiting.amount()).isPresent();
        });
    }

    @Test
    void an_approved_letter_goes_out_once_with_the_next_dispatch() {
        DisputeId claim = claimAtItsFormalNotice("F-1");
        world.dispatches();

        approves(claim);
        DispatchReport first = world.dispatches();
        DispatchReport again = world.dispatches();

        assertThat(first.sent()).isEqualTo(1);
        assertThat(again.sent()).isZero();
        assertThat(notice(claim).status()).isEqualTo(LetterStatus.SENT);
        assertThat(world.events(claim, DisputeEvent.LetterSent.class))
                .filteredOn(sent -> sent.letterId().equals(notice(claim).id())).hasSize(1);
        assertThat(world.claim(claim).openTasks()).noneMatch(task -> task.kind() == TaskKind.LETTER_AWAITING_REVIEW);
        assertThat(world.services.listLettersAwaitingReview().listLettersAwaitingReview(0, 10).total()).isZero();
        assertThatThrownBy(() -> approves(claim)).as("approved already").isInstanceOf(TransitionNotAllowedException.class);
    }

    @Test
    void a_held_letter_stays_unsent_and_the_ladder_waits_for_it() {
        DisputeId claim = claimAtItsFormalNotice("F-1");
        world.dispatches();

        holds(claim, "The customer called: a payment is on its way.");
        world.dispatches();
        world.escalatesDailyUntil(NOTICE_DAY.plusDays(40));

        assertThat(notice(claim).status()).isEqualTo(LetterStatus.PENDING);
        assertThat(world.claim(claim).state()).as("no mediation while the notice is unsent")
                .isEqualTo(ClaimState.FORMAL_NOTICE_SENT);
        assertThat(world.claim(claim).review(notice(claim).id())).hasValueSatisfying(review -> {
            assertThat(review.stage()).isEqualTo(LetterReview.Stage.HELD);
            assertThat(review.heldBecause()).contains("The customer called: a payment is on its way.");
        });
        assertThat(world.claim(claim).openTasks()).anyMatch(task -> task.kind() == TaskKind.LETTER_AWAITING_REVIEW);
        assertThat(world.view(claim).nextStep()).contains(
                NextStep.forLetter(NextStep.Kind.REVIEW_LETTER, LetterKind.FORMAL_NOTICE));
        assertThatThrownBy(() -> holds(claim, "again")).as("held already").isInstanceOf(TransitionNotAllowedException.class);
    }

    @Test
    void the_formal_notices_eight_days_run_from_its_sending_not_its_issue() {
        DisputeId claim = claimAtItsFormalNotice("F-1");
        world.dispatches();
        world.escalatesDailyUntil(NOTICE_DAY.plusDays(20));

        approves(claim);
        world.dispatches();
        LocalDate sentOn = world.today();
        world.escalatesDailyUntil(sentOn.plusDays(8));
        assertThat(world.claim(claim).state()).as("eight days after the sending").isEqualTo(ClaimState.FORMAL_NOTICE_SENT);
        world.escalatesDailyUntil(sentOn.plusDays(9));

        assertThat(world.claim(claim).state()).isEqualTo(ClaimState.MEDIATION_TO_CONFIRM);
        assertThat(world.claim(claim).figures(world.policy).formalNoticeDeadline()).contains(sentOn.plusDays(8));
    }

    @Test
    void a_hold_without_a_reason_is_refused_and_changes_nothing() {
        DisputeId claim = claimAtItsFormalNotice("F-1");
        long version = world.view(claim).version();

        assertThatThrownBy(() -> holds(claim, "  ")).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("reason"));
        assertThat(world.view(claim).version()).isEqualTo(version);
        assertThatThrownBy(() -> world.services.approveLetter().approveLetter(new ApproveLetterUseCase.Command(claim,
                world.letter(claim, LetterKind.FIRST_REMINDER).id()))).as("a reminder was never reviewed")
                .isInstanceOf(TransitionNotAllowedException.class);
    }

    @Test
    void the_letters_of_one_customer_letter_are_approved_and_held_together() {
        DisputeId first = world.opensClaim(businessCustomer(), invoiceDue("F-1", DUE, "1200.00"));
        DisputeId second = world.opensClaim(businessCustomer(), invoiceDue("F-2", DUE, "300.00"));
        world.escalatesDailyUntil(NOTICE_DAY);
        world.dispatches();
        assertThat(notice(first).groupKey()).isPresent().isEqualTo(notice(second).groupKey());

        holds(first, "Check the amounts with accounting.");
        assertThat(world.claim(second).review(notice(second).id())).map(LetterReview::stage)
                .contains(LetterReview.Stage.HELD);
        approves(first);
        int before = world.sender.sent().size();
        DispatchReport report = world.dispatches();

        assertThat(report.sent()).as("both claims' notices").isEqualTo(2);
        assertThat(world.sender.sent()).as("as one letter").hasSize(before + 1);
        for (DisputeId claim : List.of(first, second)) {
            assertThat(notice(claim).status()).isEqualTo(LetterStatus.SENT);
            assertThat(world.events(claim, DisputeEvent.LetterApproved.class)).hasSize(1);
            assertThat(world.events(claim, DisputeEvent.LetterHeld.class)).hasSize(1);
        }
    }

    @Test
    void the_preview_says_the_formal_notice_would_wait_for_review() {
        world.opensClaim(businessCustomer(), invoiceDue("F-1", DUE, "1200.00"));
        world.escalatesDailyUntil(NOTICE_DAY.minusDays(1));

        EscalationReport preview = world.services.previewEscalation().previewEscalation(NOTICE_DAY);

        assertThat(preview.counts()).containsEntry("LetterAwaitingReview", 1);
        assertThat(world.services.listLettersAwaitingReview().listLettersAwaitingReview(0, 10).total()).as("a preview stores nothing")
                .isZero();
    }
}
