package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import org.amicable.dispute.adapter.mail.MailSettings;
import org.junit.jupiter.api.Test;

/** The company's identity and bank details are checked when the application starts. */
class CompanyConfigurationTest {

    private static Map<String, Object> settings(Map<String, Object> overrides) {
        Map<String, Object> properties = new HashMap<>(Databases.H2.freshDatabase());
        properties.put("amicable.dispatch.enabled", "false");
        properties.put("amicable.escalation.schedule.enabled", "false");
        properties.putAll(overrides);
        return properties;
    }

    @Test
    void the_default_configuration_is_a_complete_demonstration_company() {
        try (ApplicationContext context = ApplicationContext.run(settings(Map.of()))) {
            MailSettings.Company company = context.getBean(MailSettings.Company.class);

            assertThat(company.identity().siren()).isEqualTo("123456782");
            assertThat(company.identity().vatNumber()).contains("FR11123456782");
            assertThat(company.payment().iban()).isEqualTo("FR7630006000011234567890189");
            assertThat(company.signatory().title()).isEqualTo("Responsable du recouvrement");
        }
    }

    @Test
    void an_iban_with_wrong_check_digits_stops_the_application_naming_the_setting() {
        assertThatThrownBy(() -> ApplicationContext.run(settings(Map.of(
                "amicable.company.payment.iban", "FR76 3000 6000 0112 3456 7890 188"))).close())
                .hasStackTraceContaining("amicable.company.payment.iban has wrong check digits (ISO 13616)");
    }

    @Test
    void a_malformed_siren_stops_the_application_naming_the_setting() {
        assertThatThrownBy(() -> ApplicationContext.run(settings(Map.of(
                "amicable.company.siren", "123456789", "amicable.company.vat-number", ""))).close())
                .hasStackTraceContaining("amicable.company.siren is not a valid SIREN");
    }

    @Test
    void a_share_capital_that_is_not_a_number_stops_the_application_naming_the_setting() {
        assertThatThrownBy(() -> ApplicationContext.run(settings(Map.of(
                "amicable.company.share-capital", "ten thousand"))).close())
                .hasStackTraceContaining("amicable.company.share-capital is not a number");
    }
}
