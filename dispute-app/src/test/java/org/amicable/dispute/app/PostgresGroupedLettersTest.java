package org.amicable.dispute.app;

/** One letter per customer and payments over several invoices, on PostgreSQL. */
class PostgresGroupedLettersTest extends GroupedLettersTest {

    @Override
    Databases database() {
        return Databases.POSTGRESQL;
    }
}
