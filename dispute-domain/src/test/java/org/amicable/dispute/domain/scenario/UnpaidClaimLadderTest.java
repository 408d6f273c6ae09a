package org.amicable.dispute.domain.scenario;

import static org.amicable.dispute.domain.fixtures.Customers.businessCustomer;
import static org.amicable.dispute.domain.fixtures.Customers.businessWithoutPhone;
import static org.amicable.dispute.domain.fixtures.Customers.consumerByPostOnly;
import static org.amicable.dispute.domain.fixtures.Customers.consumerWithPhone;
import static org.amicable.dispute.domain.fixtures.Invoices.invoiceDue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.amicable.dispute.domain.fixtures.World;
import org.amicable.dispute.domain.model.Balance;
import org.amicable.dispute.domain.model.DisputeEvent.ClaimEscalated;
import org.amicable.dispute.domain.model.DisputeEvent.CustomerAnswered;
import org.amicable.dispute.domain.model.DisputeEvent.LimitationWarning;
import org.amicable.dispute.domain.model.DisputeEvent.PhoneCallRecorded;
import org.amicable.dispute.domain.model.DisputeEvent.PhoneTaskCreated;
import org.amicable.dispute.domain.model.DisputeEvent.PromiseBroken;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.LegalMention;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterChannel;
import org.amicable.dispute.domain.model.LetterContent;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.PhoneCallOutcome;
import org.amicable.dispute.domain.model.NextStep;
import org.amicable.dispute.domain.port.in.RecordAcknowledgmentUseCase;
import org.amicable.dispute.domain.port.in.RecordCustomerAnswerUseCase;
import org.amicable.dispute.domain.port.in.RecordPhoneCallUseCase;
import org.amicable.dispute.domain.port.in.RecordPromiseUseCase;
import org.amicable.dispute.domain.port.in.DisputeView;
import org.junit.jupiter.api.Test;

/** The unpaid-claim ladder of DESIGN.md, step by step, with the default delays. */
class UnpaidClaimLadderTest {

    static final LocalDate DUE = LocalDate.of(2026, 1, 31);

    final World world = World.on(DUE.plusDays(1));

    @Test
    void an_opened_claim_waits_five_days_after_the_due_date_for_its_first_reminder() {
        DisputeId claim = world.opensClaim(businessCustomer(), invoiceDue(DUE, "1200.00"));
        assertThat(world.state(claim)).isEqualTo("OPEN");
        assertThat(world.view(claim).nextDueOn()).contains(DUE.plusDays(5));

        world.movesTo(DUE.plusDays(4)).escalationRuns();
        assertThat(world.letters(claim)).isEmpty();

        world.daysLater(1).escalationRuns();

        assertThat(world.state(claim)).isEqualTo("FIRST_REMINDER_SENT");
        Letter reminder = world.letter(claim, LetterKind.FIRST_REMINDER);
        assertThat(reminder.channel()).isEqualTo(LetterChannel.REGISTERED_POST);
        assertThat(reminder.issuedOn()).isEqualTo(DUE.plusDays(5));
        assertThat(reminder.content()).isInstanceOfSatisfying(LetterContent.Reminder.class, content -> {
            assertThat(content.rank()).isEqualTo(1);
            assertThat(content.payBy()).isEqualTo(DUE.plusDays(5 + 8));
            assertThat(content.balance().principal()).isEqualTo(Money.euros("1200.00"));
        });
    }

    @Test
    void given_a_claim_whose_first_reminder_went_out_ten_days_ago_when_the_escalation_runs_then_the_second_reminder_goes_out() {
        DisputeId claim = world.opensClaim(businessCustomer(), invoiceDue(DUE, "1200.00"));
        world.movesTo(DUE.plusDays(5)).escalationRuns();

        world.daysLater(9).escalationRuns();
        assertThat(world.letterKinds(claim)).containsExactly(LetterKind.FIRST_REMINDER);

        world.daysLater(1).escalationRuns();

        assertThat(world.state(claim)).isEqualTo("SECOND_REMINDER_SENT");
        assertThat(world.letterKinds(claim)).containsExactly(LetterKind.FIRST_REMINDER, LetterKind.SECOND_REMINDER);
    }

    @Test
    void given_a_second_reminder_ten_days_ago_the_formal_notice_goes_out_demanding_payment_within_eight_days() {
        DisputeId claim = world.opensClaim(businessCustomer(), invoiceDue(DUE, "1200.00"));
        world.escalatesDailyUntil(DUE.plusDays(25));

        assertThat(world.state(claim)).isEqualTo("FORMAL_NOTICE_SENT");
        Letter notice = world.letter(claim, LetterKind.FORMAL_NOTICE);
        assertThat(notice.issuedOn()).isEqualTo(DUE.plusDays(25));
        assertThat(notice.content()).isInstanceOfSatisfying(LetterContent.FormalNotice.class, content -> {
            assertThat(content.deadlineDays()).isEqualTo(8);
            assertThat(content.deadline()).isEqualTo(DUE.plusDays(33));
            assertThat(content.mentions()).contains(LegalMention.FORMAL_NOTICE_TITLE,
                    LegalMention.PAYMENT_WITHIN_DEADLINE, LegalMention.COURT_ACTION_OTHERWISE,
                    LegalMention.LATE_PAYMENT_PENALTIES, LegalMention.RECOVERY_INDEMNITY);
            assertThat(content.balance().chargeKind()).isEqualTo(Balance.ChargeKind.LATE_PAYMENT_PENALTIES);
            assertThat(content.balance().indemnity()).isEqualTo(Money.euros("40.00"));
            assertThat(content.balance().lateCharges().isPositive()).isTrue();
        });
        assertThat(world.events(claim, ClaimEscalated.class)).extracting(ClaimEscalated::to).extracting(Enum::name)
                .containsExactly("FIRST_REMINDER_SENT", "SECOND_REMINDER_SENT", "FORMAL_NOTICE_SENT");
    }

    @Test
    void a_formal_notice_to_a_consumer_states_the_consumer_mentions_and_no_indemnity() {
        DisputeId claim = world.opensClaim(consumerWithPhone(), invoiceDue(DUE, "300.00"));
        world.escalatesDailyUntil(DUE.plusDays(25));

        Letter notice = world.letter(claim, LetterKind.FORMAL_NOTICE);
        assertThat(notice.content()).isInstanceOfSatisfying(LetterContent.FormalNotice.class, content -> {
            assertThat(content.mentions()).contains(LegalMention.LEGAL_INTEREST_FROM_NOTICE,
                    LegalMention.RECOVERY_COSTS_NOT_CHARGED, LegalMention.CONSUMER_MEDIATOR)
                    .doesNotContain(LegalMention.RECOVERY_INDEMNITY, LegalMention.LATE_PAYMENT_PENALTIES);
            assertThat(content.balance().indemnity().isZero()).isTrue();
            assertThat(content.balance().lateCharges().isZero()).as("no interest before the notice").isTrue();
            assertThat(content.balance().chargeKind()).isEqualTo(Balance.ChargeKind.LEGAL_INTEREST);
        });
    }

    @Test
    void once_the_eight_days_have_passed_unpaid_a_manager_must_confirm_the_mediation() {
        DisputeId claim = world.opensClaim(businessCustomer(), invoiceDue(DUE, "1200.00"));
        world.escalatesDailyUntil(DUE.plusDays(33));
        assertThat(world.state(claim)).isEqualTo("FORMAL_NOTICE_SENT");

        world.daysLater(1).escalationRuns();

        assertThat(world.state(claim)).isEqualTo("MEDIATION_TO_CONFIRM");
        assertThat(world.view(claim).nextDueOn()).as("nothing happens until a manager decides").isNotEqualTo(
                Optional.of(world.today().plusDays(1)));
        world.daysLater(30).escalationRuns();
        assertThat(world.state(claim)).isEqualTo("MEDIATION_TO_CONFIRM");
    }

    @Test
    void the_formal_notice_deadline_runs_from_the_acknowledgment_of_receipt_when_it_is_recorded() {
        DisputeId claim = world.opensClaim(businessCustomer(), invoiceDue(DUE, "1200.00"));
        world.escalatesDailyUntil(DUE.plusDays(25));
        world.dispatches();
        Letter notice = world.letter(claim, LetterKind.FORMAL_NOTICE);

        world.daysLater(3);
        world.services.recordAcknowledgment().recordAcknowledgment(new RecordAcknowledgmentUseCase.Command(claim,
                Optional.empty(), notice.id(), DUE.plusDays(28)));

        assertThat(world.view(claim).deadlines()).containsEntry(DisputeView.Deadline.FORMAL_NOTICE, DUE.plusDays(28 + 8));
        world.escalatesDailyUntil(DUE.plusDays(36));
        assertThat(world.state(claim)).isEqualTo("FORMAL_NOTICE_SENT");
        world.daysLater(1).escalationRuns();
        assertThat(world.state(claim)).isEqualTo("MEDIATION_TO_CONFIRM");
    }

    @Test
    void a_phone_task_follows_each_written_reminder_when_the_customer_has_a_phone() {
        DisputeId claim = world.opensClaim(consumerWithPhone(), invoiceDue(DUE, "300.00"));
        world.escalatesDailyUntil(DUE.plusDays(25));

        assertThat(world.events(claim, PhoneTaskCreated.class))
                .extracting(PhoneTaskCreated::after)
                .containsExactly(LetterKind.FIRST_REMINDER, LetterKind.SECOND_REMINDER);
        assertThat(world.events(claim, PhoneTaskCreated.class)).allSatisfy(task ->
                assertThat(task.phone()).isEqualTo("06 12 34 56 78"));
    }

    @Test
    void no_phone_task_without_a_phone_number() {
        DisputeId business = world.opensClaim(businessWithoutPhone(), invoiceDue(DUE, "1200.00"));
        DisputeId consumer = world.opensClaim(consumerByPostOnly(), invoiceDue(DUE, "90.00"));
        world.escalatesDailyUntil(DUE.plusDays(25));

        assertThat(world.letterKinds(business)).hasSize(3);
        assertThat(world.events(business, PhoneTaskCreated.class)).isEmpty();
        assertThat(world.events(consumer, PhoneTaskCreated.class)).isEmpty();
    }

    @Test
    void the_outcome_of_the_confirmation_call_is_recorded_and_a_reached_customer_restarts_the_delay() {
        DisputeId claim = world.opensClaim(consumerWithPhone(), invoiceDue(DUE, "300.00"));
        world.movesTo(DUE.plusDays(5)).escalationRuns();

        world.daysLater(2);
        world.services.recordPhoneCall().recordPhoneCall(new RecordPhoneCallUseCase.Command(claim, Optional.empty(),
                world.today(), PhoneCallOutcome.UNREACHABLE, Optional.empty(), ""));
        world.daysLater(1);
        world.services.recordPhoneCall().recordPhoneCall(new RecordPhoneCallUseCase.Command(claim, Optional.empty(),
                world.today(), PhoneCallOutcome.REACHED, Optional.empty(), "says the invoice is with the accountant"));

        assertThat(world.events(claim, PhoneCallRecorded.class)).extracting(PhoneCallRecorded::outcome)
                .containsExactly(PhoneCallOutcome.UNREACHABLE, PhoneCallOutcome.REACHED);
        assertThat(world.view(claim).nextDueOn()).contains(DUE.plusDays(8 + 10));
    }

    @Test
    void a_customer_answer_restarts_the_waiting_delay() {
        DisputeId claim = world.opensClaim(businessCustomer(), invoiceDue(DUE, "1200.00"));
        world.movesTo(DUE.plusDays(5)).escalationRuns();
        world.daysLater(6);
        world.services.recordCustomerAnswer().recordCustomerAnswer(new RecordCustomerAnswerUseCase.Command(claim,
                Optional.empty(), world.today(), "disputes the delivery date"));

        world.movesTo(DUE.plusDays(15)).escalationRuns();
        assertThat(world.state(claim)).isEqualTo("FIRST_REMINDER_SENT");
        world.movesTo(DUE.plusDays(21)).escalationRuns();
        assertThat(world.state(claim)).isEqualTo("SECOND_REMINDER_SENT");
        assertThat(world.events(claim, CustomerAnswered.class)).hasSize(1);
    }

    @Test
    void a_promise_holds_the_ladder_until_its_date_plus_grace_and_a_broken_promise_resumes_it_where_it_stopped() {
        DisputeId claim = world.opensClaim(businessCustomer(), invoiceDue(DUE, "1200.00"));
        world.movesTo(DUE.plusDays(5)).escalationRuns();
        world.daysLater(2);
        LocalDate promised = world.today().plusDays(14);
        world.services.recordPromise().recordPromise(new RecordPromiseUseCase.Command(claim, Optional.empty(),
                world.today(), promised, Optional.of(Money.euros("1200.00"))));
        assertThat(world.view(claim).nextStep()).map(NextStep::kind).contains(NextStep.Kind.AWAIT_PROMISED_PAYMENT);

        // Without the promise the second reminder would go out ten days after the first.
        world.escalatesDailyUntil(promised.plusDays(3));
        assertThat(world.state(claim)).isEqualTo("FIRST_REMINDER_SENT");
        assertThat(world.letterKinds(claim)).containsExactly(LetterKind.FIRST_REMINDER);

        world.daysLater(1).escalationRuns();

        assertThat(world.events(claim, PromiseBroken.class)).singleElement()
                .satisfies(broken -> assertThat(broken.promisedFor()).isEqualTo(promised));
        assertThat(world.state(claim)).isEqualTo("SECOND_REMINDER_SENT");
        assertThat(world.view(claim).claim().orElseThrow().promisedFor()).isEmpty();
    }

    @Test
    void a_promise_made_on_the_phone_holds_the_ladder_like_any_promise() {
        DisputeId claim = world.opensClaim(consumerWithPhone(), invoiceDue(DUE, "300.00"));
        world.movesTo(DUE.plusDays(5)).escalationRuns();
        world.daysLater(1);
        world.services.recordPhoneCall().recordPhoneCall(new RecordPhoneCallUseCase.Command(claim, Optional.empty(),
                world.today(), PhoneCallOutcome.PROMISED, Optional.of(world.today().plusDays(20)), "pays on payday"));

        world.escalatesDailyUntil(DUE.plusDays(6 + 20 + 3));
        assertThat(world.state(claim)).isEqualTo("FIRST_REMINDER_SENT");
        assertThat(world.view(claim).claim().orElseThrow().promisedFor()).contains(DUE.plusDays(26));
    }

    @Test
    void a_payment_keeps_the_promise_and_the_ladder_waits_again() {
        DisputeId claim = world.opensClaim(businessCustomer(), invoiceDue(DUE, "1200.00"));
        world.movesTo(DUE.plusDays(5)).escalationRuns();
        world.services.recordPromise().recordPromise(new RecordPromiseUseCase.Command(claim, Optional.empty(),
                world.today(), world.today().plusDays(7), Optional.empty()));
        world.daysLater(7);
        world.pays(claim, "500.00");

        assertThat(world.view(claim).claim().orElseThrow().promisedFor()).isEmpty();
        assertThat(world.events(claim, PromiseBroken.class)).isEmpty();
        assertThat(world.view(claim).nextDueOn()).contains(world.today().plusDays(10));
    }

    @Test
    void the_product_warns_ninety_days_before_the_claim_expires() {
        DisputeId claim = world.opensClaim(consumerWithPhone(), invoiceDue(DUE, "300.00"));
        LocalDate limitation = DUE.plusYears(2);
        assertThat(world.view(claim).limitationDate()).contains(limitation);

        world.movesTo(limitation.minusDays(91)).escalationRuns();
        assertThat(world.events(claim, LimitationWarning.class)).isEmpty();
        world.daysLater(1).escalationRuns();
        world.daysLater(1).escalationRuns();

        assertThat(world.events(claim, LimitationWarning.class)).singleElement()
                .satisfies(warning -> assertThat(warning.limitationDate()).isEqualTo(limitation));
    }
}
