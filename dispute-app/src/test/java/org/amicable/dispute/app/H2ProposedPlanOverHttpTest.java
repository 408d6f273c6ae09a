package org.amicable.dispute.app;

/** A proposed plan decided over HTTP, on H2. */
class H2ProposedPlanOverHttpTest extends ProposedPlanOverHttpTest {

    @Override
    Databases database() {
        return Databases.H2;
    }
}
