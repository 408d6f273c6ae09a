package org.amicable.dispute.app;

/** The shared lock-out, with the accounts on H2. */
class H2SharedLockOutTest extends SharedLockOutTest {

    @Override
    Databases database() {
        return Databases.H2;
    }
}
