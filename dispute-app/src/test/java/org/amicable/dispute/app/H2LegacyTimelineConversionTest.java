package org.amicable.dispute.app;

/** The conversion of timelines stored in the earlier form, on H2. */
class H2LegacyTimelineConversionTest extends LegacyTimelineConversionTest {

    @Override
    Databases database() {
        return Databases.H2;
    }
}
