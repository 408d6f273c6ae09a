package org.amicable.dispute.app;

/** Personal data erased, on PostgreSQL. */
class PostgresPersonalDataErasureTest extends PersonalDataErasureTest {

    @Override
    Databases database() {
        return Databases.POSTGRESQL;
    }
}
