package org.amicable.dispute.app;

/** Imports on H2, each answered with its report. */
class H2ImportOverHttpTest extends ImportOverHttpTest {

    @Override
    Databases database() {
        return Databases.H2;
    }

    @Override
    String answerWait() {
        return "60s";
    }
}
