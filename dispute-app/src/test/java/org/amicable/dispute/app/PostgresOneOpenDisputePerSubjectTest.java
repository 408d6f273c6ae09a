package org.amicable.dispute.app;

/** One open dispute per subject, on Postgres. */
class PostgresOneOpenDisputePerSubjectTest extends OneOpenDisputePerSubjectTest {

    @Override
    Databases database() {
        return Databases.POSTGRESQL;
    }
}
