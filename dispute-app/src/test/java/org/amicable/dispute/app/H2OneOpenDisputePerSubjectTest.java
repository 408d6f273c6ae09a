package org.amicable.dispute.app;

/** One open dispute per subject, on H2. */
class H2OneOpenDisputePerSubjectTest extends OneOpenDisputePerSubjectTest {

    @Override
    Databases database() {
        return Databases.H2;
    }
}
