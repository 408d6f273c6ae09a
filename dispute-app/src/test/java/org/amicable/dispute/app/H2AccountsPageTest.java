package org.amicable.dispute.app;

/** The accounts pages, with the accounts and their changes on H2. */
class H2AccountsPageTest extends AccountsPageTest {

    @Override
    Databases database() {
        return Databases.H2;
    }
}
