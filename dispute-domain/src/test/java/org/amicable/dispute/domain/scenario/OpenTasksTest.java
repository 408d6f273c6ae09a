package org.amicable.dispute.domain.scenario;

import static org.amicable.dispute.domain.fixtures.Customers.businessCustomer;
import static org.amicable.dispute.domain.fixtures.Customers.consumerByPostOnly;
import static org.amicable.dispute.domain.fixtures.Customers.consumerWithPhone;
import static org.amicable.dispute.domain.fixtures.Customers.parisAddress;
import static org.amicable.dispute.domain.fixtures.Invoices.invoiceDue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.amicable.dispute.domain.fixtures.World;
import org.amicable.dispute.domain.inmemory.PlainTextLetterRenderer;
import org.amicable.dispute.domain.model.DisputeId;
import org.amicable.dispute.domain.model.GrievanceCause;
import org.amicable.dispute.domain.model.Instalment;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.model.LetterNotPrintableException;
import org.amicable.dispute.domain.model.MediatorKind;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.PhoneCallOutcome;
import org.amicable.dispute.domain.model.RemedyKind;
import org.amicable.dispute.domain.model.ReturnReason;
import org.amicable.dispute.domain.model.Task;
import org.amicable.dispute.domain.model.TaskAction;
import org.amicable.dispute.domain.model.TaskKind;
import org.amicable.dispute.domain.inmemory.RecordingLetterSender;
import org.amicable.dispute.domain.port.in.AgreeRepaymentPlanUseCase;
import org.amicable.dispute.domain.port.in.AttachScanUseCase;
import org.amicable.dispute.domain.port.in.ConfirmMediationUseCase;
import org.amicable.dispute.domain.port.in.CorrectContactDetailsUseCase;
import org.amicable.dispute.domain.port.in.ListTasksUseCase;
import org.amicable.dispute.domain.port.in.RecordAcknowledgmentUseCase;
import org.amicable.dispute.domain.port.in.RecordContactUseCase;
import org.amicable.dispute.domain.port.in.RecordLetterReturnUseCase;
import org.amicable.dispute.domain.port.in.RecordLetterTrackingUseCase;
import org.amicable.dispute.domain.port.in.RecordPhoneCallUseCase;
import org.amicable.dispute.domain.port.in.RecordPromiseUseCase;
import org.amicable.dispute.domain.port.out.LetterRenderer;
import org.amicable.dispute.domain.model.RenderedLetter;
import org.amicable.dispute.domain.service.DisputeServices;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What people must do, read from the disputes: each kind of task appears when the state asks for it,
 * and goes when the action that closes it is recorded.
 */
class OpenTasksTest {

    static final LocalDate DUE = LocalDate.of(2026, 1, 31);

    final World world = World.on(DUE.plusDays(5));
    final ListTasksUseCase taskList = DisputeServices.listTasks(world.store);

    private List<Task> tasks(DisputeId id) {
        return taskList.listTasks(ListTasksUseCase.Query.all(500)).items().stream()
                .filter(task -> task.disputeId().equals(id)).toList();
    }

    private List<TaskKind> kinds(DisputeId id) {
        return tasks(id).stream().map(Task::kind).toList();
    }

    private Task task(DisputeId id, TaskKind kind) {
        return tasks(id).stream().filter(task -> task.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " among " + kinds(id)));
    }

    /** A claim whose first reminder went out today by registered post. */
    private DisputeId claimWithFirstReminderSent(org.amicable.dispute.domain.model.Customer customer) {
        DisputeId claim = world.opensClaim(customer, invoiceDue(DUE, "900.00"));
        world.escalationRuns();
        world.dispatches();
        return claim;
    }

    private Letter firstReminder(DisputeId claim) {
        return world.letter(claim, LetterKind.FIRST_REMINDER);
    }

    @Nested
    class UnpaidClaims {

        @Test
        void a_registered_reminder_with_a_phone_number_asks_for_a_call_until_the_call_is_recorded() {
            DisputeId claim = claimWithFirstReminderSent(businessCustomer());

            Task call = task(claim, TaskKind.CONFIRM_BY_PHONE);
            assertThat(call.dueOn()).isEqualTo(world.today());
            assertThat(call.closedBy()).isEqualTo(TaskAction.RECORD_PHONE_CALL);
            assertThat(call.amount()).contains(Money.euros("900.00"));
            assertThat(call.customerReference()).isEqualTo("B-001");
            assertThat(call.assignee()).isEmpty();
            assertThat(call.whatToDo()).contains("first reminder");

            world.services.recordPhoneCall().recordPhoneCall(new RecordPhoneCallUseCase.Command(claim, Optional.empty(),
                    world.today(), PhoneCallOutcome.UNREACHABLE, Optional.empty(), "no answer"));

            assertThat(kinds(claim)).doesNotContain(TaskKind.CONFIRM_BY_PHONE);
        }

        @Test
        void a_customer_without_a_phone_gets_no_call_task() {
            DisputeId claim = claimWithFirstReminderSent(consumerByPostOnly());

            assertThat(kinds(claim)).doesNotContain(TaskKind.CONFIRM_BY_PHONE);
        }

        @Test
        void a_registered_letter_sent_waits_for_its_tracking_number_then_for_its_acknowledgment() {
            DisputeId claim = claimWithFirstReminderSent(consumerByPostOnly());
            Letter reminder = firstReminder(claim);

            Task tracking = task(claim, TaskKind.RECORD_TRACKING);
            assertThat(tracking.letterId()).contains(reminder.id());
            assertThat(tracking.closedBy()).isEqualTo(TaskAction.RECORD_TRACKING);

            world.services.recordLetterTracking().recordLetterTracking(new RecordLetterTrackingUseCase.Command(claim,
                    Optional.empty(), reminder.id(), "1A00000000001"));
            assertThat(kinds(claim)).containsExactly(TaskKind.RECORD_ACKNOWLEDGMENT);
            assertThat(task(claim, TaskKind.RECORD_ACKNOWLEDGMENT).closedBy())
                    .isEqualTo(TaskAction.RECORD_ACKNOWLEDGMENT);

            world.daysLater(2);
            world.services.recordAcknowledgment().recordAcknowledgment(new RecordAcknowledgmentUseCase.Command(claim,
                    Optional.empty(), reminder.id(), world.today()));
            assertThat(kinds(claim)).isEmpty();
        }

        @Test
        void a_letter_not_sent_yet_asks_nothing() {
            DisputeId claim = world.opensClaim(consumerByPostOnly(), invoiceDue(DUE, "900.00"));
            world.escalationRuns();

            assertThat(kinds(claim)).isEmpty();
        }

        @Test
        void a_letter_returned_addressee_unknown_asks_for_the_address_until_it_is_corrected() {
            DisputeId claim = claimWithFirstReminderSent(consumerByPostOnly());
            Letter reminder = firstReminder(claim);
            world.daysLater(3);
            world.services.recordLetterReturn().recordLetterReturn(new RecordLetterReturnUseCase.Command(claim,
                    Optional.empty(), reminder.id(), ReturnReason.ADDRESSEE_UNKNOWN, Optional.empty(), world.today()));

            Task returned = task(claim, TaskKind.LETTER_RETURNED);
            assertThat(returned.closedBy()).isEqualTo(TaskAction.CORRECT_CONTACT_DETAILS);
            assertThat(returned.dueOn()).isEqualTo(world.today());
            assertThat(returned.whatToDo()).contains("NPAI");
            assertThat(kinds(claim)).doesNotContain(TaskKind.RECORD_TRACKING, TaskKind.RECORD_ACKNOWLEDGMENT);

            world.services.correctContactDetails().correctContactDetails(new CorrectContactDetailsUseCase.Command(claim,
                    Optional.empty(), new org.amicable.dispute.domain.model.PostalAddress(List.of("3 rue Neuve"),
                            "69001", "Lyon", "FR"), Optional.empty(), Optional.empty()));

            assertThat(kinds(claim)).doesNotContain(TaskKind.LETTER_RETURNED);
        }

        @Test
        void a_letter_left_unclaimed_asks_for_the_scan_of_its_envelope() {
            DisputeId claim = claimWithFirstReminderSent(consumerByPostOnly());
            Letter reminder = firstReminder(claim);
            world.daysLater(15);
            world.services.recordLetterReturn().recordLetterReturn(new RecordLetterReturnUseCase.Command(claim,
                    Optional.empty(), reminder.id(), ReturnReason.UNCLAIMED, Optional.of(world.today().minusDays(12)),
                    world.today()));

            Task returned = task(claim, TaskKind.LETTER_RETURNED);
            assertThat(returned.closedBy()).isEqualTo(TaskAction.ATTACH_SCAN);
            assertThat(returned.detail()).contains("UNCLAIMED");

            byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
            world.services.attachScan().attachScan(new AttachScanUseCase.Command(claim, Optional.empty(),
                    reminder.id(), png));

            assertThat(kinds(claim)).doesNotContain(TaskKind.LETTER_RETURNED);
        }

        @Test
        void a_letter_refused_by_the_mail_server_says_why_until_the_contact_details_are_corrected() {
            DisputeId claim = world.opensClaim(consumerByPostOnly(), invoiceDue(DUE, "900.00"));
            world.escalationRuns();
            world.sender.behave(RecordingLetterSender.Mode.FAIL_PERMANENTLY);
            world.dispatches();

            Task failed = task(claim, TaskKind.LETTER_FAILED);
            assertThat(failed.detail()).contains("550 mailbox unavailable");
            assertThat(failed.whatToDo()).contains("550 mailbox unavailable");
            assertThat(failed.closedBy()).isEqualTo(TaskAction.CORRECT_CONTACT_DETAILS);

            world.services.correctContactDetails().correctContactDetails(new CorrectContactDetailsUseCase.Command(claim,
                    Optional.empty(), parisAddress(), Optional.of("paul.bernard@example.org"), Optional.empty()));

            assertThat(kinds(claim)).doesNotContain(TaskKind.LETTER_FAILED);
        }

        @Test
        void a_letter_that_cannot_be_printed_is_its_own_kind_of_task() {
            LetterRenderer unprintable = new LetterRenderer() {
                @Override
                public RenderedLetter render(Letter letter) {
                    throw new LetterNotPrintableException("customer.name", List.of(0x1F9FE), "U+1F9FE");
                }
            };
            DisputeServices services = new DisputeServices(world.store, world.store, unprintable, world.sender,
                    world.policy, world.clock);
            DisputeId claim = world.opensClaim(consumerByPostOnly(), invoiceDue(DUE, "900.00"));
            world.escalationRuns();
            services.dispatchLetters().dispatchLetters(10);

            Task task = task(claim, TaskKind.LETTER_NOT_PRINTABLE);
            assertThat(task.detail().orElseThrow()).contains("customer.name");
            assertThat(kinds(claim)).doesNotContain(TaskKind.LETTER_FAILED);
        }

        @Test
        void a_promise_is_due_on_its_date_until_the_payment_is_recorded() {
            DisputeId claim = claimWithFirstReminderSent(consumerByPostOnly());
            LocalDate promised = world.today().plusDays(10);
            world.services.recordPromise().recordPromise(new RecordPromiseUseCase.Command(claim, Optional.empty(),
                    world.today(), promised, Optional.empty()));

            Task promise = task(claim, TaskKind.PROMISE_DUE);
            assertThat(promise.dueOn()).isEqualTo(promised);
            assertThat(promise.closedBy()).isEqualTo(TaskAction.RECORD_PAYMENT);

            world.pays(claim, "100.00");

            assertThat(kinds(claim)).doesNotContain(TaskKind.PROMISE_DUE);
            assertThat(task(claim, TaskKind.RECORD_TRACKING).amount()).contains(Money.euros("800.00"));
        }

        @Test
        void a_claim_past_its_formal_notice_asks_a_manager_to_confirm_the_mediation() {
            DisputeId claim = world.opensClaim(consumerByPostOnly(), invoiceDue(DUE, "900.00"));
            world.escalatesDailyUntil(DUE.plusDays(45));
            assertThat(world.state(claim)).isEqualTo("MEDIATION_TO_CONFIRM");

            Task confirm = task(claim, TaskKind.CONFIRM_MEDIATION);
            assertThat(confirm.closedBy()).isEqualTo(TaskAction.CONFIRM_MEDIATION);
            assertThat(confirm.dueOn()).isBeforeOrEqualTo(world.today());

            world.services.confirmMediation().confirmMediation(new ConfirmMediationUseCase.Command(claim,
                    Optional.empty(), world.today(), MediatorKind.BAILIFF, "Maître Dubois", Money.euros("0.00"),
                    "the manager"));

            assertThat(kinds(claim)).doesNotContain(TaskKind.CONFIRM_MEDIATION);
        }

        @Test
        void a_missed_instalment_asks_for_a_new_plan() {
            DisputeId claim = claimWithFirstReminderSent(consumerByPostOnly());
            LocalDate first = world.today().plusDays(10);
            world.services.agreeRepaymentPlan().agreeRepaymentPlan(new AgreeRepaymentPlanUseCase.Command(claim,
                    Optional.empty(), world.today(), List.of(new Instalment(1, first, Money.euros("450.00")),
                            new Instalment(2, first.plusMonths(1), Money.euros("450.00")))));
            assertThat(kinds(claim)).doesNotContain(TaskKind.INSTALMENT_MISSED);

            world.movesTo(first.plusDays(10)).escalationRuns();

            Task missed = task(claim, TaskKind.INSTALMENT_MISSED);
            assertThat(missed.detail()).contains("1");
            assertThat(missed.closedBy()).isEqualTo(TaskAction.AGREE_REPAYMENT_PLAN);
            assertThat(missed.dueOn()).isEqualTo(world.today());

            world.services.agreeRepaymentPlan().agreeRepaymentPlan(new AgreeRepaymentPlanUseCase.Command(claim,
                    Optional.empty(), world.today(), List.of(new Instalment(1, world.today().plusDays(5),
                            world.view(claim).balance().orElseThrow().total()))));

            assertThat(kinds(claim)).doesNotContain(TaskKind.INSTALMENT_MISSED);
        }

        @Test
        void a_claim_close_to_its_limitation_date_warns_until_the_debt_is_acknowledged() {
            DisputeId claim = world.opensClaim(consumerByPostOnly(), invoiceDue(DUE, "900.00"));
            LocalDate limitation = world.claim(claim).figures(world.policy).limitationDate();
            world.movesTo(limitation.minusDays(30)).escalationRuns();

            Task warning = task(claim, TaskKind.LIMITATION_WARNING);
            assertThat(warning.dueOn()).isEqualTo(limitation);
            assertThat(warning.closedBy()).isEqualTo(TaskAction.TAKE_TO_COURT);

            world.pays(claim, "10.00");

            assertThat(kinds(claim)).doesNotContain(TaskKind.LIMITATION_WARNING);
        }

        @Test
        void a_claim_assigned_to_a_manager_gives_its_tasks_to_that_manager_and_a_settled_one_asks_nothing() {
            DisputeId claim = claimWithFirstReminderSent(businessCustomer());
            world.assigns(claim, "alice");

            assertThat(tasks(claim)).isNotEmpty().allSatisfy(task -> assertThat(task.assignee()).contains("alice"));
            assertThat(taskList.listTasks(new ListTasksUseCase.Query(Optional.of("alice"), false, Optional.empty(),
                    Optional.empty(), 1, 50)).items()).extracting(Task::disputeId).containsOnly(claim);
            assertThat(taskList.listTasks(new ListTasksUseCase.Query(Optional.empty(), true, Optional.empty(),
                    Optional.empty(), 1, 50)).items()).extracting(Task::disputeId).doesNotContain(claim);

            world.pays(claim, "2000.00");

            assertThat(kinds(claim)).isEmpty();
        }
    }

    @Nested
    class Grievances {

        private DisputeId grievance() {
            return world.opensGrievance(consumerWithPhone(), GrievanceCause.SPOILED_PRODUCT,
                    Optional.of(invoiceDue(DUE, "120.00")), "The cake arrived mouldy");
        }

        @Test
        void a_grievance_nobody_took_is_a_task_for_anyone_then_first_contact_is_its_managers() {
            DisputeId grievance = grievance();

            Task take = task(grievance, TaskKind.TAKE_GRIEVANCE);
            assertThat(take.assignee()).isEmpty();
            assertThat(take.closedBy()).isEqualTo(TaskAction.ASSIGN_MANAGER);
            assertThat(take.amount()).contains(Money.euros("120.00"));

            world.assigns(grievance, "bob");

            assertThat(kinds(grievance)).containsExactly(TaskKind.MAKE_FIRST_CONTACT);
            Task contact = task(grievance, TaskKind.MAKE_FIRST_CONTACT);
            assertThat(contact.assignee()).contains("bob");
            assertThat(contact.dueOn()).isEqualTo(world.grievance(grievance).firstContactDeadline());
            assertThat(contact.closedBy()).isEqualTo(TaskAction.RECORD_CONTACT);

            world.services.recordContact().recordContact(new RecordContactUseCase.Command(grievance, Optional.empty(),
                    world.today(), "called the customer"));

            assertThat(kinds(grievance)).isEmpty();
        }

        @Test
        void a_proposal_waits_for_its_answer_then_the_agreed_remedy_is_due_until_it_is_delivered() {
            DisputeId grievance = grievance();
            world.assigns(grievance, "bob");
            world.proposes(grievance, RemedyKind.REFUND, Optional.of("80.00"), 7, 20);

            Task answer = task(grievance, TaskKind.PROPOSAL_AWAITING_ANSWER);
            assertThat(answer.dueOn()).isEqualTo(world.today().plusDays(7));
            assertThat(answer.amount()).contains(Money.euros("80.00"));
            assertThat(answer.closedBy()).isEqualTo(TaskAction.ANSWER_PROPOSAL);
            assertThat(kinds(grievance)).doesNotContain(TaskKind.MAKE_FIRST_CONTACT);

            world.accepts(grievance);

            Task remedy = task(grievance, TaskKind.DELIVER_AGREED_REMEDY);
            assertThat(remedy.dueOn()).isEqualTo(world.today().plusDays(20));
            assertThat(remedy.closedBy()).isEqualTo(TaskAction.RECORD_RESOLUTION);
            assertThat(kinds(grievance)).doesNotContain(TaskKind.PROPOSAL_AWAITING_ANSWER);

            world.remedyDelivered(grievance);

            assertThat(kinds(grievance)).isEmpty();
        }

        @Test
        void an_overdue_remedy_stays_a_task() {
            DisputeId grievance = grievance();
            world.assigns(grievance, "bob");
            world.proposes(grievance, RemedyKind.REPLACEMENT, Optional.empty(), 7, 10);
            world.accepts(grievance);
            world.daysLater(11).escalationRuns();

            assertThat(world.state(grievance)).isEqualTo("OVERDUE");
            assertThat(kinds(grievance)).contains(TaskKind.DELIVER_AGREED_REMEDY);
        }
    }

    @Test
    void tasks_come_by_due_date_then_the_larger_amount_first_page_by_page() {
        DisputeId small = world.opensGrievance(consumerWithPhone(), GrievanceCause.SPOILED_PRODUCT,
                Optional.of(invoiceDue(DUE, "50.00")), "small");
        DisputeId large = world.opensGrievance(businessCustomer(), GrievanceCause.SPOILED_PRODUCT,
                Optional.of(invoiceDue(DUE, "5000.00")), "large");
        world.daysLater(1);
        DisputeId later = world.opensGrievance(consumerByPostOnly(), GrievanceCause.SPOILED_PRODUCT,
                Optional.of(invoiceDue(DUE, "9000.00")), "later");

        ListTasksUseCase.Page first = taskList.listTasks(new ListTasksUseCase.Query(Optional.empty(), false,
                Optional.of(TaskKind.TAKE_GRIEVANCE), Optional.empty(), 1, 2));
        ListTasksUseCase.Page second = taskList.listTasks(new ListTasksUseCase.Query(Optional.empty(), false,
                Optional.of(TaskKind.TAKE_GRIEVANCE), Optional.empty(), 2, 2));

        assertThat(first.items()).extracting(Task::disputeId).containsExactly(large, small);
        assertThat(first.more()).isTrue();
        assertThat(second.items()).extracting(Task::disputeId).containsExactly(later);
        assertThat(second.more()).isFalse();
        assertThat(taskList.listTasks(new ListTasksUseCase.Query(Optional.empty(), false, Optional.empty(),
                Optional.of(world.today().minusDays(1)), 1, 50)).items()).extracting(Task::disputeId)
                .containsExactlyInAnyOrder(large, small);
    }
}
