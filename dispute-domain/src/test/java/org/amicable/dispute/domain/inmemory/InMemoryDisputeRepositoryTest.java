package org.amicable.dispute.domain.inmemory;

import org.amicable.dispute.domain.fixtures.DisputeRepositoryContract;

/** The in-memory storage honours the storage contract. */
class InMemoryDisputeRepositoryTest extends DisputeRepositoryContract {

    @Override
    protected Storage emptyStorage() {
        InMemoryDisputeRepository store = new InMemoryDisputeRepository();
        return new Storage(store, store);
    }
}
