package org.amicable.dispute.app;

/** The accounts pages, with the accounts and their changes on PostgreSQL. */
class PostgresAccountsPageTest extends AccountsPageTest {

    @Override
    Databases database() {
        return Databases.POSTGRESQL;
    }
}
