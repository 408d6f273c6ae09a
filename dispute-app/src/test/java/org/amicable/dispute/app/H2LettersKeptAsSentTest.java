package org.amicable.dispute.app;

/** Letters kept as sent, on H2. */
class H2LettersKeptAsSentTest extends LettersKeptAsSentTest {

    @Override
    Databases database() {
        return Databases.H2;
    }
}
