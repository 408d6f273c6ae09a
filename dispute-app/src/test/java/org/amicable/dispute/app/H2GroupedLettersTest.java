package org.amicable.dispute.app;

/** One letter per customer and payments over several invoices, on H2. */
class H2GroupedLettersTest extends GroupedLettersTest {

    @Override
    Databases database() {
        return Databases.H2;
    }
}
