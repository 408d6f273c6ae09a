package org.amicable.dispute.app;

/** The reports over HTTP, on H2. */
class H2ReportsOverHttpTest extends ReportsOverHttpTest {

    @Override
    Databases database() {
        return Databases.H2;
    }
}
