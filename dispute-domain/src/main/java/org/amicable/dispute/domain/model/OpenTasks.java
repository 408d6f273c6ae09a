package org.amicable.dispute.domain.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        History history = History.of(dispute.timeline());
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

    private static void claimTasks(UnpaidClaim claim, History history, Builder task, List<Task> tasks) {
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

    private static void grievanceTasks(Grievance grievance, History history, Builder task, List<Task> tasks) {
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

    private static void letterTasks(Dispute dispute, History history, Builder task, List<Task> tasks) {
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

    /** What the order of the timeline tells, read once: positions are entry indexes, -1 for never. */
    private static final class History {
        Optional<DisputeEvent.PhoneTaskCreated> phoneTask = Optional.empty();
        int phoneTaskAt = -1;
        int lastCallAt = -1;
        Optional<LocalDate> stateSince = Optional.empty();
        Optional<DisputeEvent.RepaymentPlanProposed> proposal = Optional.empty();
        Optional<DisputeEvent.InstalmentMissed> missed = Optional.empty();
        int missedAt = -1;
        int stateMovedAt = -1;
        Optional<DisputeEvent.LimitationWarning> warning = Optional.empty();
        int warningAt = -1;
        int acknowledgedAt = -1;
        boolean contacted;
        int correctedAt = -1;
        final Map<LetterId, DisputeEvent.LetterReturned> returns = new HashMap<>();
        final Map<LetterId, Integer> returnedAt = new HashMap<>();
        final Map<LetterId, DisputeEvent.LetterFailed> failures = new HashMap<>();
        final Map<LetterId, Integer> failedAt = new HashMap<>();

        static History of(List<TimelineEntry> entries) {
            History history = new History();
            for (int at = 0; at < entries.size(); at++) {
                history.read(entries.get(at).event(), at);
            }
            return history;
        }

        private void read(DisputeEvent event, int at) {
            if (event instanceof DisputeEvent.PhoneTaskCreated created) {
                phoneTask = Optional.of(created);
                phoneTaskAt = at;
            } else if (event instanceof DisputeEvent.PhoneCallRecorded) {
                lastCallAt = at;
            } else if (event instanceof DisputeEvent.ClaimEscalated escalated) {
                movedTo(escalated.on(), at);
            } else if (event instanceof DisputeEvent.MediationConfirmed confirmed) {
                movedTo(confirmed.on(), at);
            } else if (event instanceof DisputeEvent.RepaymentPlanAgreed agreed) {
                movedTo(agreed.on(), at);
                acknowledgedAt = at;
            } else if (event instanceof DisputeEvent.InstalmentMissed instalment) {
                movedTo(instalment.on(), at);
                missed = Optional.of(instalment);
                missedAt = at;
            } else if (event instanceof DisputeEvent.RepaymentPlanProposed proposed) {
                proposal = Optional.of(proposed);
            } else if (event instanceof DisputeEvent.PaymentRecorded) {
                acknowledgedAt = at;
            } else if (event instanceof DisputeEvent.LimitationWarning limitation) {
                warning = Optional.of(limitation);
                warningAt = at;
            } else if (event instanceof DisputeEvent.ContactRecorded || event instanceof DisputeEvent.ProposalMade) {
                contacted = true;
            } else if (event instanceof DisputeEvent.ContactDetailsCorrected) {
                correctedAt = at;
            } else if (event instanceof DisputeEvent.LetterReturned returned) {
                returns.put(returned.letterId(), returned);
                returnedAt.put(returned.letterId(), at);
            } else if (event instanceof DisputeEvent.LetterFailed failed) {
                failures.put(failed.letterId(), failed);
                failedAt.put(failed.letterId(), at);
            }
        }

        private void movedTo(LocalDate on, int at) {
            stateSince = Optional.of(on);
            stateMovedAt = at;
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
