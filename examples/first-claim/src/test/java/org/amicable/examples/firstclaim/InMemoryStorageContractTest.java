package org.amicable.examples.firstclaim;

import org.amicable.dispute.domain.fixtures.DisputeRepositoryContract;
import org.amicable.dispute.domain.inmemory.InMemoryDisputeRepository;

/**
 * The storage contract of the domain's test-jar, run from another project: a storage of one's own
 * replaces the in-memory one here.
 */
class InMemoryStorageContractTest extends DisputeRepositoryContract {

    @Override
    protected Storage emptyStorage() {
        InMemoryDisputeRepository store = new InMemoryDisputeRepository();
        return new Storage(store, store);
    }
}
