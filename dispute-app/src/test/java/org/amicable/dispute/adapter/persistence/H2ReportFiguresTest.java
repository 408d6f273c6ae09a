package org.amicable.dispute.adapter.persistence;

import java.util.Map;
import java.util.UUID;

/** The reports' figures contract on H2, the embedded default. */
class H2ReportFiguresTest extends JdbcReportFiguresContract {

    @Override
    protected Map<String, Object> datasource() {
        return Map.of("datasources.default.url", "jdbc:h2:mem:reports-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "datasources.default.username", "sa", "datasources.default.password", "");
    }
}
