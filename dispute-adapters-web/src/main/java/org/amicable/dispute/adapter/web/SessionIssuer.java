package org.amicable.dispute.adapter.web;

import com.nimbusds.jwt.JWT;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.runtime.ApplicationConfiguration;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.RolesFinder;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A JWT authenticates a request only when it is a session this application issued (its {@code iss} is the
 * application's name, as the sign-in wrote it). With an OpenID Connect provider configured, the provider's
 * keys are trusted too, to check its ID tokens during a sign-in; without this, a token the provider signed
 * would open a session here, as a cookie or a bearer token, with whatever roles it claimed.
 */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
final class SessionIssuer extends DefaultJwtAuthenticationFactory {

    private final String issuer;

    SessionIssuer(TokenConfiguration tokenConfiguration, RolesFinder rolesFinder, ApplicationConfiguration application) {
        super(tokenConfiguration, rolesFinder);
        // Sessions carry the application's name as their issuer, or no issuer when it has no name.
        this.issuer = application.getName().orElse(null);
    }

    @Override
    public Optional<Authentication> createAuthentication(JWT token) {
        try {
            if (!Objects.equals(issuer, token.getJWTClaimsSet().getIssuer())) {
                return Optional.empty();
            }
        } catch (ParseException unreadable) {
            return Optional.empty();
        }
        return super.createAuthentication(token);
    }
}
