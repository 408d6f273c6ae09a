package org.amicable.dispute.app;

/** The task list over HTTP, on PostgreSQL. */
class PostgresTasksOverHttpTest extends TasksOverHttpTest {

    @Override
    Databases database() {
        return Databases.POSTGRESQL;
    }
}
