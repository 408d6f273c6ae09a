package org.amicable.dispute.app;

/** The stories on H2, the embedded default. */
class H2EndToEndTest extends EndToEndTest {

    @Override
    Databases database() {
        return Databases.H2;
    }
}
