package org.amicable.dispute.domain.inmemory;

import org.amicable.dispute.domain.fixtures.ReportFiguresContract;

/** The in-memory repository keeps the report rows as every storage must. */
class InMemoryReportFiguresTest extends ReportFiguresContract {

    @Override
    protected Storage emptyStorage() {
        InMemoryDisputeRepository store = new InMemoryDisputeRepository();
        return new Storage(store, store, store);
    }
}
