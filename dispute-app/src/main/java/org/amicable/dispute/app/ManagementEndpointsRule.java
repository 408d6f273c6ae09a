package org.amicable.dispute.app;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.inject.ExecutableMethod;
import io.micronaut.management.endpoint.EndpointSensitivityProcessor;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.security.rules.SensitiveEndpointRule;
import jakarta.inject.Singleton;
import org.amicable.dispute.adapter.web.port.Roles;
import org.reactivestreams.Publisher;

/**
 * The sensitive management endpoints (the metrics) answer callers whose API token has the manager
 * or auditor role; an integration's token is for the API only.
 */
@Singleton
@Replaces(SensitiveEndpointRule.class)
final class ManagementEndpointsRule extends SensitiveEndpointRule {

    ManagementEndpointsRule(EndpointSensitivityProcessor endpointSensitivityProcessor) {
        super(endpointSensitivityProcessor);
    }

    @Override
    protected Publisher<SecurityRuleResult> checkSensitiveAuthenticated(HttpRequest<?> request,
            Authentication authentication, ExecutableMethod<?, ?> method) {
        boolean allowed = authentication.getRoles().contains(Roles.MANAGER)
                || authentication.getRoles().contains(Roles.AUDITOR);
        return Publishers.just(allowed ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED);
    }
}
