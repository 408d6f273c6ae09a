package org.amicable.dispute.app;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * The settings an operator must still fix (no API token, a rate table without the current semester, a
 * company setting still a placeholder): DEGRADED with the list, never DOWN, since the application
 * serves; it is not a readiness check, so no probe unroutes it for that.
 */
@Singleton
final class ConfigurationHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final StartupChecks checks;

    ConfigurationHealthIndicator(StartupChecks checks) {
        this.checks = checks;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        List<String> warnings = checks.warnings();
        healthStatus = warnings.isEmpty() ? HealthStatus.UP : MailHealthIndicator.DEGRADED;
        return Map.of("warnings", warnings);
    }

    @Override
    protected String getName() {
        return "configuration";
    }
}
