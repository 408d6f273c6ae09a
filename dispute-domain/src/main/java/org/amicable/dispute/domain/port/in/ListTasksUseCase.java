package org.amicable.dispute.domain.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.amicable.dispute.domain.model.InvalidValueException;
import org.amicable.dispute.domain.model.Task;
import org.amicable.dispute.domain.model.TaskKind;

/**
 * Lists what people must do: the open tasks of every dispute, by due date, then the larger amount
 * first. Each task names the action that closes it; recording that action removes it from the list.
 */
public interface ListTasksUseCase {

    /** The largest page. */
    int MAX_SIZE = 500;

    /** The last page that may be asked for. */
    int MAX_PAGE = 1_000_000;

    Page listTasks(Query query);

    /**
     * The query.
     *
     * @param assignee      only the tasks of this person (the dispute's manager)
     * @param unassigned    only the tasks nobody is assigned to
     * @param kind          only this kind of task
     * @param dueOnOrBefore only the tasks due on or before this date
     * @param page          the page, from 1 to {@link #MAX_PAGE}
     * @param size          the page's size, 1 to {@link #MAX_SIZE}
     */
    record Query(Optional<String> assignee, boolean unassigned, Optional<TaskKind> kind,
            Optional<LocalDate> dueOnOrBefore, int page, int size) {
        public Query {
            Objects.requireNonNull(assignee, "assignee");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(dueOnOrBefore, "dueOnOrBefore");
            if (assignee.filter(name -> name.isBlank() || name.length() > 100).isPresent()) {
                throw new InvalidValueException("assignee", "must be 1 to 100 characters");
            }
            if (unassigned && assignee.isPresent()) {
                throw new InvalidValueException("unassigned", "cannot be asked together with an assignee");
            }
            if (page < 1 || page > MAX_PAGE) {
                throw new InvalidValueException("page", "must be between 1 and " + MAX_PAGE);
            }
            if (size < 1 || size > MAX_SIZE) {
                throw new InvalidValueException("size", "must be between 1 and " + MAX_SIZE);
            }
        }

        /** The first page of the given size, every task. */
        public static Query all(int size) {
            return new Query(Optional.empty(), false, Optional.empty(), Optional.empty(), 1, size);
        }
    }

    /**
     * A page of tasks.
     *
     * @param items the tasks
     * @param page  this page's number
     * @param size  the page size asked
     * @param more  whether a following page has tasks
     */
    record Page(List<Task> items, int page, int size, boolean more) {
        public Page {
            items = List.copyOf(items);
        }
    }
}
