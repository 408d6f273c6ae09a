package org.amicable.dispute.adapter.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.amicable.dispute.domain.model.LetterId;
import org.amicable.dispute.domain.model.Task;
import org.amicable.dispute.domain.model.TaskAction;
import org.amicable.dispute.domain.model.TaskKind;
import org.amicable.dispute.domain.model.Track;
import org.amicable.dispute.domain.port.in.ListTasksUseCase;

/** The bodies of the task list, and the API call that closes each kind of task. */
final class TaskResponses {

    private TaskResponses() {
    }

    /**
     * An open task: what to do about which dispute, by when, for whom, and the call that closes it.
     *
     * @param detail what the kind needs said: the mail server's reason, the letter kind to confirm by phone,
     *               the return reason, the missed instalment's number
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Task")
    record TaskItem(TaskKind kind, String disputeId, Track track, String customerReference, String customerName,
            @Nullable Json.Money amount, LocalDate dueOn, @Nullable String assignee, String whatToDo,
            @Nullable String letterId, @Nullable String detail, ClosingCall closedBy) {
    }

    /**
     * The API call whose record closes a task.
     *
     * @param action what the call records
     * @param method its HTTP method
     * @param path   its path, the dispute's (and letter's) id filled in
     */
    @Serdeable
    @Schema(name = "TaskClosingCall")
    record ClosingCall(TaskAction action, String method, String path) {
    }

    /** A page of tasks; {@code next} is the number of the following page, absent on the last. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TaskPage")
    record TaskPage(List<TaskItem> items, int page, int size, @Nullable Integer next) {
    }

    static TaskPage page(ListTasksUseCase.Page page) {
        return new TaskPage(page.items().stream().map(TaskResponses::item).toList(), page.page(), page.size(),
                page.more() ? page.page() + 1 : null);
    }

    static TaskItem item(Task task) {
        return new TaskItem(task.kind(), task.disputeId().toString(), task.track(), task.customerReference(),
                task.customerName(), task.amount().map(Mapping::money).orElse(null), task.dueOn(),
                task.assignee().orElse(null), task.whatToDo(), task.letterId().map(LetterId::toString).orElse(null),
                task.detail().orElse(null), closingCall(task));
    }

    static ClosingCall closingCall(Task task) {
        String dispute = "/disputes/" + task.disputeId();
        String letter = dispute + "/letters/" + task.letterId().map(LetterId::toString).orElse("");
        return switch (task.closedBy()) {
            case RECORD_PHONE_CALL -> post(task, dispute + "/phone-calls");
            case CONFIRM_MEDIATION -> post(task, dispute + "/mediation");
            case ASSIGN_MANAGER -> post(task, dispute + "/manager");
            case RECORD_CONTACT -> post(task, dispute + "/contacts");
            case ANSWER_PROPOSAL -> post(task, dispute + "/proposals/answer");
            case RECORD_RESOLUTION -> post(task, dispute + "/resolution");
            case RECORD_TRACKING -> post(task, letter + "/tracking");
            case RECORD_ACKNOWLEDGMENT -> post(task, letter + "/acknowledgment");
            case CORRECT_CONTACT_DETAILS -> post(task, dispute + "/contact-details");
            case ATTACH_SCAN -> new ClosingCall(task.closedBy(), "PUT", letter + "/scan");
            case REVIEW_LETTER -> post(task, letter + "/approve");
            case RECORD_PAYMENT -> post(task, dispute + "/payments");
            case AGREE_REPAYMENT_PLAN -> post(task, dispute + "/repayment-plan");
            // Agreeing the proposed plan is one way to decide; declining it is the call beside, /repayment-plan/decline.
            case DECIDE_PROPOSED_PLAN -> post(task, dispute + "/repayment-plan");
            case TAKE_TO_COURT -> post(task, dispute + "/court");
        };
    }

    private static ClosingCall post(Task task, String path) {
        return new ClosingCall(task.closedBy(), "POST", path);
    }
}
