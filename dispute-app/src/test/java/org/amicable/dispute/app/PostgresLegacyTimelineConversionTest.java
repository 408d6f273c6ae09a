package org.amicable.dispute.app;

/** The conversion of timelines stored in the earlier form, on a real PostgreSQL. */
class PostgresLegacyTimelineConversionTest extends LegacyTimelineConversionTest {

    @Override
    Databases database() {
        return Databases.POSTGRESQL;
    }
}
