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
        assertThat(EmbeddedDatabaseDurability.durable("jdbc:h2:file:./data/amicable"))
                .isEqualTo("jdbc:h2:file:./data/amicable;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(EmbeddedDatabaseDurability.durable("jdbc:h2:./elsewhere/db;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:./elsewhere/db;MODE=PostgreSQL;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
    }

    @Test
    void settings_given_on_purpose_are_kept() {
        String url = "jdbc:h2:file:/var/lib/amicable/db;write_delay=200;DB_CLOSE_ON_EXIT=TRUE";
        assertThat(EmbeddedDatabaseDurability.durable(url)).isEqualTo(url);
        assertThat(EmbeddedDatabaseDurability.durable("jdbc:h2:file:/db;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"))
                .isEqualTo("jdbc:h2:file:/db;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
    }

    @Test
    void other_databases_are_left_alone() {
        for (String url : new String[] {"jdbc:h2:mem:test;DB_CLOSE_DELAY=-1", "jdbc:h2:tcp://db/amicable",
                "jdbc:postgresql://db:5432/amicable?reWriteBatchedInserts=true"}) {
            assertThat(EmbeddedDatabaseDurability.durable(url)).isEqualTo(url);
        }
    }

    @Test
    void the_running_application_opens_its_h2_file_with_no_write_delay(@TempDir Path folder) throws Exception {
        Map<String, Object> settings = Map.of(
                "datasources.default.url", "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath(),
                "amicable.dispatch.enabled", "false",
                "amicable.escalation.schedule.enabled", "false",
                "amicable.mail.pickup-folder", folder.resolve("pickup").toString());
        try (ApplicationContext context = ApplicationContext.run(settings)) {
            @SuppressWarnings("unchecked")
            TransactionOperations<Connection> transactions = context.getBean(TransactionOperations.class);
            String delay = transactions.executeRead(status -> {
                try (ResultSet row = status.getConnection().createStatement().executeQuery(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
                    return row.next() ? row.getString(1) : "absent";
                }
            });
            assertThat(delay).isEqualTo("0");
        }
    }
}
