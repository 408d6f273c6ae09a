package org.amicable.dispute.domain.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tasks a dispute asks of people, as a pure function of the dispute: its state, its letters'
 * delivery facts and the order of its timeline. Nothing else decides a task, so a stored list of
 * tasks is only ever this function's result, recomputed when the dispute is saved.
 *
 * <p>A closed dispute asks nothing. A task is done once the action that closes it is recorded:
 * that action changes the state the task was read from.
 */
public final class OpenTasks {

    /**
     * The days a manager has to decide on a repayment plan the customer proposed: the customer waits for an
     * answer while the ladder runs on, so he hears one well before its next letter.
     */
    public static final int PLAN_DECISION_DAYS = 5;

    private OpenTasks() {
    }

    /** The open tasks of the dispute, in no particular order. */
    public static List<Task> of(Dispute dispute) {
        if (dispute.isClosed()) {
            return List.of();
        }
        DisputeHistory history = dispute.history();
        List<Task> tasks = new ArrayList<>();
        Optional<Money> amount;
        if (dispute instanceof UnpaidClaim claim) {
            amount = Optional.of(claim.principalOwed());
            claimTasks(claim, history, new Builder(dispute, amount), tasks);
        } else {
            Grievance grievance = (Grievance) dispute;
            amount = grievance.pendingProposal().flatMap(SettlementProposal::amount)
                    .or(() -> grievance.agreement().flatMap(SettlementProposal::amount))
                    .or(() -> grievance.invoice().map(Invoice::amount));
            grievanceTasks(grievance, history, new Builder(dispute, amount), tasks);
        }
        letterTasks(dispute, history, new Builder(dispute, amount), tasks);
        return List.copyOf(tasks);
    }

    private static void claimTasks(UnpaidClaim claim, DisputeHistory history, Builder task, List<Task> tasks) {
        history.phoneTask.filter(created -> history.phoneTaskAt > history.lastCallAt).ifPresent(created ->
                tasks.add(task.of(TaskKind.CONFIRM_BY_PHONE, created.on(), TaskAction.RECORD_PHONE_CALL,
                        Optional.of(created.after().name()))));
        if (claim.state() == ClaimState.MEDIATION_TO_CONFIRM) {
            tasks.add(task.of(TaskKind.CONFIRM_MEDIATION, history.stateSince.orElse(claim.openedOn()),
                    TaskAction.CONFIRM_MEDIATION, Optional.empty()));
        }
        claim.promisedFor().ifPresent(date ->
                tasks.add(task.of(TaskKind.PROMISE_DUE, date, TaskAction.RECORD_PAYMENT, Optional.empty())));
        history.proposal.filter(proposal -> !claim.proposedPlan().isEmpty()).ifPresent(proposal ->
                tasks.add(task.of(TaskKind.DECIDE_PROPOSED_PLAN, proposal.on().plusDays(PLAN_DECISION_DAYS),
                        TaskAction.DECIDE_PROPOSED_PLAN, Optional.of(Integer.toString(proposal.instalments().size())))));
        history.missed.filter(missed -> history.missedAt == history.stateMovedAt && claim.state() == missed.returnedTo())
                .ifPresent(missed -> tasks.add(task.of(TaskKind.INSTALMENT_MISSED, missed.on(),
                        TaskAction.AGREE_REPAYMENT_PLAN, Optional.of(Integer.toString(missed.number())))));
        history.warning.filter(warning -> history.warningAt > history.acknowledgedAt).ifPresent(warning ->
                tasks.add(task.of(TaskKind.LIMITATION_WARNING, warning.limitationDate(), TaskAction.TAKE_TO_COURT,
                        Optional.empty())));
    }

    private static void grievanceTasks(Grievance grievance, DisputeHistory history, Builder task, List<Task> tasks) {
        if (grievance.manager().isEmpty()) {
            tasks.add(task.of(TaskKind.TAKE_GRIEVANCE, grievance.openedOn(), TaskAction.ASSIGN_MANAGER,
                    Optional.empty()));
        } else if (!history.contacted) {
            tasks.add(task.of(TaskKind.MAKE_FIRST_CONTACT, grievance.firstContactDeadline(), TaskAction.RECORD_CONTACT,
                    Optional.empty()));
        }
        grievance.pendingProposal().ifPresent(proposal -> tasks.add(task.of(TaskKind.PROPOSAL_AWAITING_ANSWER,
                proposal.answerBy(), TaskAction.ANSWER_PROPOSAL, Optional.empty())));
        if (grievance.state() == GrievanceState.AGREED || grievance.state() == GrievanceState.OVERDUE) {
            grievance.agreement().ifPresent(agreement -> tasks.add(task.of(TaskKind.DELIVER_AGREED_REMEDY,
                    agreement.resolveBy(), TaskAction.RECORD_RESOLUTION, Optional.empty())));
        }
    }

    private static void letterTasks(Dispute dispute, DisputeHistory history, Builder task, List<Task> tasks) {
        for (Letter letter : dispute.letters()) {
            Optional<LetterId> id = Optional.of(letter.id());
            boolean registered = letter.channel() == LetterChannel.REGISTERED_POST;
            boolean outcomeKnown = letter.acknowledgedOn().isPresent() || letter.returned().isPresent();
            if (letter.status() == LetterStatus.SENT && registered && !outcomeKnown) {
                tasks.add(letter.trackingNumber().isEmpty()
                        ? task.of(TaskKind.RECORD_TRACKING, id, letter.issuedOn(), TaskAction.RECORD_TRACKING,
                                Optional.empty())
                        : task.of(TaskKind.RECORD_ACKNOWLEDGMENT, id, letter.issuedOn(),
                                TaskAction.RECORD_ACKNOWLEDGMENT, Optional.empty()));
            }
            Optional<DisputeEvent.LetterReturned> returned = Optional.ofNullable(history.returns.get(letter.id()));
            if (returned.isPresent() && letter.returned().isPresent()) {
                ReturnReason reason = letter.returned().get();
                if (reason == ReturnReason.ADDRESSEE_UNKNOWN) {
                    if (history.returnedAt.get(letter.id()) > history.correctedAt) {
                        tasks.add(task.of(TaskKind.LETTER_RETURNED, id, returned.get().returnedOn(),
                                TaskAction.CORRECT_CONTACT_DETAILS, Optional.of(reason.name())));
                    }
                } else if (letter.scanHash().isEmpty()) {
                    tasks.add(task.of(TaskKind.LETTER_RETURNED, id, returned.get().returnedOn(), TaskAction.ATTACH_SCAN,
                            Optional.of(reason.name())));
                }
            }
            if (letter.status() == LetterStatus.PENDING) {
                dispute.review(letter.id()).filter(LetterReview::waiting).ifPresent(review -> tasks.add(task.of(
                        TaskKind.LETTER_AWAITING_REVIEW, id, letter.issuedOn(), TaskAction.REVIEW_LETTER,
                        Optional.of(letter.kind().name()))));
            }
            DisputeEvent.LetterFailed failed = history.failures.get(letter.id());
            if (letter.status() == LetterStatus.FAILED && failed != null
                    && history.failedAt.get(letter.id()) > history.correctedAt) {
                tasks.add(task.of(failed.unprintable().isPresent() ? TaskKind.LETTER_NOT_PRINTABLE : TaskKind.LETTER_FAILED,
                        id, failed.on(), TaskAction.CORRECT_CONTACT_DETAILS, Optional.of(failed.reason())));
            }
        }
    }

    /** Fills what every task of the dispute shares. */
    private record Builder(Dispute dispute, Optional<Money> amount) {

        Task of(TaskKind kind, LocalDate dueOn, TaskAction closedBy, Optional<String> detail) {
            return of(kind, Optional.empty(), dueOn, closedBy, detail);
        }

        Task of(TaskKind kind, Optional<LetterId> letterId, LocalDate dueOn, TaskAction closedBy,
                Optional<String> detail) {
            Customer customer = dispute.customer();
            return new Task(dispute.id(), kind, letterId, dispute.track(), customer.reference(), customer.name(), amount,
                    dueOn, dispute.manager(), closedBy, detail);
        }
    }
}
