package org.amicable.dispute.app;

/** People's sign-in, with their accounts on PostgreSQL. */
class PostgresSignInTest extends SignInTest {

    @Override
    Databases database() {
        return Databases.POSTGRESQL;
    }
}
