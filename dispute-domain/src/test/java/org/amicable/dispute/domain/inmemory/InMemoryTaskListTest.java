package org.amicable.dispute.domain.inmemory;

import org.amicable.dispute.domain.fixtures.TaskListContract;

/** The in-memory storage honours the task list's contract. */
class InMemoryTaskListTest extends TaskListContract {

    @Override
    protected Storage emptyStorage() {
        InMemoryDisputeRepository store = new InMemoryDisputeRepository();
        return new Storage(store, store, store);
    }
}
