package org.amicable.dispute.domain.port.out;

import java.util.List;
import org.amicable.dispute.domain.model.Task;

/**
 * The open tasks of every dispute, as the storage keeps them for reading: each dispute's tasks are
 * {@link org.amicable.dispute.domain.model.OpenTasks#of} its state, replaced in the same atomic step as
 * every save of the dispute ({@link DisputeRepository#save}), so that the list never says anything the
 * disputes do not.
 */
public interface TaskList {

    /** The tasks matching the query, in {@link TaskQuery#ORDER}, the query's slice of them. */
    List<Task> find(TaskQuery query);
}
