package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bad setting stops the start, naming the property and what it expects, instead of failing every request later. */
class ConfigurationCheckedAtStartTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "amicable.rates.reference.2026-13-01 | 2.15       | amicable.rates.reference.2026-13-01",
        "amicable.rates.reference.2026-07-01 | -1         | amicable.rates.reference.2026-07-01",
        "amicable.rates.legal.2026-07-01     | two        | amicable.rates.legal.2026-07-01",
        "amicable.security.tokens[0].sha256  | not-a-hash | amicable.security.tokens[].sha256",
        "amicable.security.tokens[0].role    | boss       | amicable.security.tokens[].role",
        "amicable.policy.after-missed-instalment | NOPE   | amicable.policy.after-missed-instalment",
        "amicable.policy.zone                | Mars/Olympus | amicable.policy.zone",
        "amicable.policy.horizon             | P-1Y       | amicable.policy.horizon",
        "amicable.mail.port                  | 70000      | amicable.mail.port",
        "amicable.mail.port                  | smtp       | amicable.mail.port",
        "amicable.mail.security              | TLS13      | amicable.mail.security",
        "amicable.mail.from                  | nobody     | amicable.mail.from",
        "amicable.mail.timeout               | -1s        | amicable.mail.timeout",
        "amicable.policy.horizon             | a year     | amicable.policy.horizon",
        "amicable.policy.consumer.second-reminder-days | -3 | amicable.policy.consumer.second-reminder-days",
        "amicable.policy.business.fourth-reminder-days | 10 | amicable.policy.business.fourth-reminder-days",
        "amicable.customer-page.secret       | not base64 at all! | amicable.customer-page.secret",
        "amicable.customer-page.secret       | c2hvcnQ=   | amicable.customer-page.secret",
        "amicable.customer-page.base-url     | ftp://pay.example.com | amicable.customer-page.base-url",
        "amicable.customer-page.link-validity | soon      | amicable.customer-page.link-validity",
        "amicable.customer-page.plan.max-instalments | 0 | amicable.customer-page.plan.max-instalments",
        "amicable.customer-page.plan.min-instalment | fifty | amicable.customer-page.plan.min-instalment",
        "amicable.sign-in.secret             | too short  | amicable.sign-in.secret",
        "amicable.sign-in.max-failures       | 0          | amicable.sign-in.max-failures",
        "amicable.sign-in.lock-out           | -5m        | amicable.sign-in.lock-out",
    })
    void a_bad_setting_stops_the_start_and_names_its_property(String property, String value, String named) {
        Map<String, Object> settings = valid();
        settings.put(property, value);

        assertThatThrownBy(() -> ApplicationContext.run(settings).close())
                .satisfies(failure -> assertThat(messages(failure)).contains(named));
    }

    @Test
    void an_edited_template_that_cannot_be_used_stops_the_start_naming_the_file_and_the_key() throws Exception {
        Path templates = Files.createDirectories(folder.resolve("templates"));
        Files.writeString(templates.resolve("letters_fr.properties"), "formalNotice.subject=Payez {montant}\n");
        Map<String, Object> settings = valid();
        settings.put("amicable.mail.template-folder", templates.toString());

        assertThatThrownBy(() -> ApplicationContext.run(settings).close()).satisfies(failure -> assertThat(messages(failure))
                .contains("amicable.mail.template-folder", "letters_fr.properties", "formalNotice.subject", "{montant}"));
    }

    @Test
    void the_process_exits_non_zero_and_its_log_names_the_property() throws Exception {
        Map<String, Object> settings = valid();
        settings.put("amicable.rates.reference.2026-13-01", "2.15");

        AppProcess.Exit exit = AppProcess.refusedStart(folder, "bad-rate", settings);

        assertThat(exit.code()).isNotZero();
        assertThat(exit.log()).contains("amicable.rates.reference.2026-13-01").doesNotContain("Amicable is up");
    }

    @Test
    void the_semester_of_a_date_starts_on_the_first_of_january_or_of_july() {
        assertThat(StartupChecks.semesterOf(LocalDate.of(2026, 6, 30))).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(StartupChecks.semesterOf(LocalDate.of(2026, 7, 1))).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(StartupChecks.semesterOf(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    private Map<String, Object> valid() {
        Map<String, Object> settings = new HashMap<>(Databases.H2.freshDatabase());
        settings.put("amicable.dispatch.enabled", "false");
        settings.put("amicable.escalation.schedule.enabled", "false");
        settings.put("amicable.mail.pickup-folder", folder.resolve("pickup").toString());
        settings.put("amicable.security.tokens[0].name", "erp");
        settings.put("amicable.security.tokens[0].sha256", "a".repeat(64));
        settings.put("amicable.security.tokens[0].role", "integration");
        return settings;
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            all.append(cause.getMessage()).append('\n');
        }
        return all.toString();
    }
}
