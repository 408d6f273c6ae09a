package org.amicable.dispute.app;

/** The task list over HTTP, on H2. */
class H2TasksOverHttpTest extends TasksOverHttpTest {

    @Override
    Databases database() {
        return Databases.H2;
    }
}
