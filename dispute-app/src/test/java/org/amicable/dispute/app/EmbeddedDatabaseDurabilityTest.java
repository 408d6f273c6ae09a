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

class EmbeddedDatabaseDurabilityTest {

    @Test
    void an_h2_file_url_without_settings_gets_both() {
        String safe = ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=0;AUTO_COMPACT_FILL_RATE=0";
        assertThat(EmbeddedDatabaseDurability.durable("jdbc:h2:file:./data/amicable"))
                .isEqualTo("jdbc:h2:file:./data/amicable" + safe);
        assertThat(EmbeddedDatabaseDurability.durable("jdbc:h2:./elsewhere/db;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:./elsewhere/db;MODE=PostgreSQL" + safe);
    }

    @Test
    void settings_given_on_purpose_are_kept() {
        String url = "jdbc:h2:file:/var/lib/amicable/db;write_delay=200;DB_CLOSE_ON_EXIT=TRUE;MAX_COMPACT_TIME=100"
                + ";AUTO_COMPACT_FILL_RATE=50";
        assertThat(EmbeddedDatabaseDurability.durable(url)).isEqualTo(url);
    }

    @Test
    void other_databases_are_left_alone() {
        for (String url : new String[] {"jdbc:h2:mem:test;DB_CLOSE_DELAY=-1", "jdbc:h2:tcp://db/amicable",
                "jdbc:postgresql://db:5432/amicable?reWriteBatchedInserts=true"}) {
            assertThat(EmbeddedDatabaseDurability.durable(url)).isEqualTo(url);
        }
    }

    @Test
    void the_running_application_opens_its_h2_file_with_no_write_delay_and_no_compaction(@TempDir Path folder) throws Exception {
        Map<String, Object> settings = Map.of(
                "datasources.default.url", "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath(),
                "amicable.dispatch.enabled", "false",
                "amicable.escalation.schedule.enabled", "false",
                "amicable.mail.pickup-folder", folder.resolve("pickup").toString());
        try (ApplicationContext context = ApplicationContext.run(settings)) {
            @SuppressWarnings("unchecked")
            TransactionOperations<Connection> transactions = context.getBean(TransactionOperations.class);
            for (String setting : new String[] {"WRITE_DELAY", "MAX_COMPACT_TIME", "AUTO_COMPACT_FILL_RATE"}) {
                String value = transactions.executeRead(status -> {
                    try (ResultSet row = status.getConnection().createStatement().executeQuery(
                            "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = '" + setting + "'")) {
                        return row.next() ? row.getString(1) : "absent";
                    }
                });
                assertThat(value).as(setting).isEqualTo("0");
            }
        }
    }
}
