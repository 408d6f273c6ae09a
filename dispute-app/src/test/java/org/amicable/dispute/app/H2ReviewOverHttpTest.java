package org.amicable.dispute.app;

/** Review before sending over HTTP, on H2. */
class H2ReviewOverHttpTest extends ReviewOverHttpTest {

    @Override
    Databases database() {
        return Databases.H2;
    }
}
