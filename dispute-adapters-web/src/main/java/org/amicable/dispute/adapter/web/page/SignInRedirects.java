package org.amicable.dispute.adapter.web.page;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.security.authentication.WwwAuthenticateChallengeProvider;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * A page opened without a session goes to the sign-in form; everything else refused keeps its 401 or 403
 * problem, as the API has always answered: a request with a bearer token, or one that does not ask for HTML,
 * is never redirected.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class SignInRedirects extends DefaultAuthorizationExceptionHandler {

    static final String SIGN_IN = "/sign-in";

    SignInRedirects(ErrorResponseProcessor<?> errorResponseProcessor, RedirectConfiguration redirectConfiguration,
            RedirectService redirectService,
            List<WwwAuthenticateChallengeProvider<HttpRequest<?>>> wwwAuthenticateChallengeProviders,
            @Nullable PriorToLoginPersistence priorToLoginPersistence) {
        super(errorResponseProcessor, redirectConfiguration, redirectService, wwwAuthenticateChallengeProviders,
                priorToLoginPersistence);
    }

    @Override
    protected boolean shouldRedirect(HttpRequest<?> request, AuthorizationException exception) {
        return !exception.isForbidden() && isPageRequest(request);
    }

    @Override
    protected String getRedirectUri(HttpRequest<?> request, AuthorizationException exception) {
        return SIGN_IN;
    }

    /** A browser opening a page: a read, asking for HTML, without a bearer token. */
    static boolean isPageRequest(HttpRequest<?> request) {
        return (request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD)
                && !request.getHeaders().contains(HttpHeaders.AUTHORIZATION)
                && request.accept().stream().anyMatch(type -> type.matches(MediaType.TEXT_HTML_TYPE));
    }
}
