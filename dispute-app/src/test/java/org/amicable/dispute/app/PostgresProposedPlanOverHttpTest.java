package org.amicable.dispute.app;

/** A proposed plan decided over HTTP, on PostgreSQL. */
class PostgresProposedPlanOverHttpTest extends ProposedPlanOverHttpTest {

    @Override
    Databases database() {
        return Databases.POSTGRESQL;
    }
}
