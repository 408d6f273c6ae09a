package org.amicable.dispute.app;

/** The stories on a real PostgreSQL, as in production. */
class PostgresEndToEndTest extends EndToEndTest {

    @Override
    Databases database() {
        return Databases.POSTGRESQL;
    }
}
