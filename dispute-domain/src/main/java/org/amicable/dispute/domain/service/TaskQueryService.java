package org.amicable.dispute.domain.service;

import java.util.List;
import java.util.Objects;
import org.amicable.dispute.domain.model.Task;
import org.amicable.dispute.domain.port.in.ListTasksUseCase;
import org.amicable.dispute.domain.port.out.TaskList;
import org.amicable.dispute.domain.port.out.TaskQuery;

/** Reads the open tasks as the storage keeps them, page by page. */
final class TaskQueryService implements ListTasksUseCase {

    private final TaskList tasks;

    TaskQueryService(TaskList tasks) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    @Override
    public Page listTasks(Query query) {
        // One more than asked tells whether a following page exists.
        List<Task> found = tasks.find(new TaskQuery(query.assignee(), query.unassigned(), query.kind(),
                query.dueOnOrBefore(), (long) (query.page() - 1) * query.size(), query.size() + 1));
        boolean more = found.size() > query.size();
        return new Page(more ? found.subList(0, query.size()) : found, query.page(), query.size(), more);
    }
}
