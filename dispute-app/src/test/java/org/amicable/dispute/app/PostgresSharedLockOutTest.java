package org.amicable.dispute.app;

/** The shared lock-out, with the accounts on PostgreSQL. */
class PostgresSharedLockOutTest extends SharedLockOutTest {

    @Override
    Databases database() {
        return Databases.POSTGRESQL;
    }
}
