package org.amicable.dispute.app;

/** People's sign-in, with their accounts on H2. */
class H2SignInTest extends SignInTest {

    @Override
    Databases database() {
        return Databases.H2;
    }
}
