package org.amicable.dispute.domain.port.out;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.Task;
import org.amicable.dispute.domain.model.TaskKind;

/**
 * Criteria for listing open tasks, all optional and combined with "and", and the slice wanted of the
 * result in its one order ({@link #ORDER}): due date, then the larger amount first.
 *
 * @param assignee      the tasks of this person
 * @param unassigned    only the tasks nobody is assigned to (not with {@code assignee})
 * @param kind          one kind of task
 * @param dueOnOrBefore due on or before this date
 * @param offset        how many tasks of the result to skip
 * @param limit         how many to return, 1 to {@link #MAX_LIMIT}
 */
public record TaskQuery(Optional<String> assignee, boolean unassigned, Optional<TaskKind> kind,
        Optional<LocalDate> dueOnOrBefore, long offset, int limit) {

    /** The most rows one read returns: a page of 500, and one more that tells whether another page follows. */
    public static final int MAX_LIMIT = 501;

    /**
     * The order of every list of tasks: due date, then the larger amount first (a task without an amount
     * last), then the dispute and the task's key, so that pages never overlap.
     */
    public static final Comparator<Task> ORDER = Comparator.comparing(Task::dueOn)
            .thenComparing(task -> task.amount().map(money -> money.minorUnits()).orElse(Long.MIN_VALUE),
                    Comparator.reverseOrder())
            .thenComparing(task -> task.disputeId().value())
            .thenComparing(Task::key);

    public TaskQuery {
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueOnOrBefore, "dueOnOrBefore");
        if (unassigned && assignee.isPresent()) {
            throw new IllegalArgumentException("a query names an assignee or asks for unassigned tasks, not both");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, was " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }

    /** Whether the task matches the criteria (the slice aside). */
    public boolean matches(Task task) {
        return assignee.map(name -> task.assignee().filter(name::equals).isPresent()).orElse(true)
                && (!unassigned || task.assignee().isEmpty())
                && kind.map(task.kind()::equals).orElse(true)
                && dueOnOrBefore.map(date -> !task.dueOn().isAfter(date)).orElse(true);
    }
}
