package org.amicable.dispute.app;

/** Personal data erased, on H2. */
class H2PersonalDataErasureTest extends PersonalDataErasureTest {

    @Override
    Databases database() {
        return Databases.H2;
    }
}
