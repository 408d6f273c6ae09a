package org.amicable.dispute.app;

/** Imports on PostgreSQL, each answered at once with 202 and followed through its status resource. */
class PostgresImportOverHttpTest extends ImportOverHttpTest {

    @Override
    Databases database() {
        return Databases.POSTGRESQL;
    }

    @Override
    String answerWait() {
        return "0s";
    }
}
