package org.amicable.dispute.app;

/** The reports over HTTP, on PostgreSQL. */
class PostgresReportsOverHttpTest extends ReportsOverHttpTest {

    @Override
    Databases database() {
        return Databases.POSTGRESQL;
    }
}
