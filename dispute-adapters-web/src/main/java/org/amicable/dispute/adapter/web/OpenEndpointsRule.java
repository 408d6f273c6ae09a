package org.amicable.dispute.adapter.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * The only anonymous route is the health check ({@code /health}, served by the application). The API
 * documentation ({@code /swagger/**} and Swagger UI under {@code /swagger-ui/**}) needs a token, unless
 * {@code amicable.web.public-docs} is true.
 */
@Singleton
public class OpenEndpointsRule implements SecurityRule<HttpRequest<?>> {

    /** Before the annotation rule, so that nothing else decides for these paths. */
    static final int ORDER = -200;

    private final boolean publicDocs;

    public OpenEndpointsRule(@Value("${amicable.web.public-docs:false}") boolean publicDocs) {
        this.publicDocs = publicDocs;
    }

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, @Nullable Authentication authentication) {
        String path = request.getPath();
        boolean read = request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD;
        if (read && (path.equals("/health") || path.startsWith("/health/"))) {
            return Publishers.just(SecurityRuleResult.ALLOWED);
        }
        if (read && (path.startsWith(ApiDefinition.DOCUMENTS + "/") || path.startsWith(ApiDefinition.UI + "/"))) {
            return Publishers.just(publicDocs || authentication != null ? SecurityRuleResult.ALLOWED
                    : SecurityRuleResult.REJECTED);
        }
        if (authentication != null && RouteAttributes.getRouteMatch(request).isEmpty()) {
            // No route: let the router answer 404, 405 or 415 rather than a misleading 403.
            return Publishers.just(SecurityRuleResult.ALLOWED);
        }
        return Publishers.just(SecurityRuleResult.UNKNOWN);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
