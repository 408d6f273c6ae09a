package org.amicable.dispute.app;

/** Review before sending over HTTP, on PostgreSQL. */
class PostgresReviewOverHttpTest extends ReviewOverHttpTest {

    @Override
    Databases database() {
        return Databases.POSTGRESQL;
    }
}
