package org.amicable.dispute.app;

/** Letters kept as sent, on a real PostgreSQL. */
class PostgresLettersKeptAsSentTest extends LettersKeptAsSentTest {

    @Override
    Databases database() {
        return Databases.POSTGRESQL;
    }
}
