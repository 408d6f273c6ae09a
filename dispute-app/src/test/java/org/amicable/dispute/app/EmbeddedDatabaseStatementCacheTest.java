package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseStatementCacheTest {

    @Test
    void an_embedded_h2_url_gets_a_query_cache_that_holds_every_statement_of_a_request() {
        assertThat(EmbeddedDatabaseStatementCache.cached("jdbc:h2:file:./data/amicable;WRITE_DELAY=0"))
                .isEqualTo("jdbc:h2:file:./data/amicable;WRITE_DELAY=0;QUERY_CACHE_SIZE=64");
        assertThat(EmbeddedDatabaseStatementCache.cached("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1"))
                .isEqualTo("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=64");
    }

    @Test
    void a_size_given_on_purpose_and_other_databases_are_left_alone() {
        for (String url : new String[] {"jdbc:h2:file:/var/lib/amicable/db;query_cache_size=16", "jdbc:h2:tcp://db/amicable",
                "jdbc:postgresql://db:5432/amicable?reWriteBatchedInserts=true"}) {
            assertThat(EmbeddedDatabaseStatementCache.cached(url)).isEqualTo(url);
        }
    }

    @Test
    void the_running_application_opens_its_h2_file_with_that_cache(@TempDir Path folder) {
        Map<String, Object> settings = Map.of(
                "datasources.default.url", "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath(),
                "amicable.dispatch.enabled", "false",
                "amicable.escalation.schedule.enabled", "false",
                "amicable.mail.pickup-folder", folder.resolve("pickup").toString());
        try (ApplicationContext context = ApplicationContext.run(settings)) {
            @SuppressWarnings("unchecked")
            TransactionOperations<Connection> transactions = context.getBean(TransactionOperations.class);
            String value = transactions.executeRead(status -> {
                try (ResultSet row = status.getConnection().createStatement().executeQuery(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'QUERY_CACHE_SIZE'")) {
                    return row.next() ? row.getString(1) : "absent";
                }
            });
            assertThat(value).isEqualTo("64");
        }
    }
}
