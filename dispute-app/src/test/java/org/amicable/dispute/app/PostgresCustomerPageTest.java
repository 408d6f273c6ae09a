package org.amicable.dispute.app;

/** The customer's page in a browser, on a real PostgreSQL. */
class PostgresCustomerPageTest extends CustomerPageTest {

    @Override
    Databases database() {
        return Databases.POSTGRESQL;
    }
}
