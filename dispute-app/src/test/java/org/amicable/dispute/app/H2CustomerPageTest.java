package org.amicable.dispute.app;

/** The customer's page in a browser, on H2. */
class H2CustomerPageTest extends CustomerPageTest {

    @Override
    Databases database() {
        return Databases.H2;
    }
}
