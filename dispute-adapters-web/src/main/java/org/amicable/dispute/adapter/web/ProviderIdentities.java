package org.amicable.dispute.adapter.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.endpoint.authorization.state.State;
import io.micronaut.security.oauth2.endpoint.token.response.DefaultOpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdClaims;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;

/**
 * An identity an OpenID Connect provider vouched for, mapped to an existing account: the value of the claim
 * {@code amicable.sign-in.oidc.claim} ({@code preferred_username} unless set) must be an account's login
 * (compared in lower case). The account gives the role and the language, as a sign-in with a password does;
 * an identity that matches no account, or a disabled or locked one, is refused. No account is ever made
 * from a provider's identity.
 */
@Singleton
@Replaces(DefaultOpenIdAuthenticationMapper.class)
class ProviderIdentities implements OpenIdAuthenticationMapper {

    private final SignIn signIn;
    private final String claim;
    private final ExecutorService blocking;

    ProviderIdentities(SignIn signIn, @Value("${amicable.sign-in.oidc.claim:preferred_username}") String claim,
            @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.signIn = signIn;
        this.claim = claim;
        this.blocking = blocking;
    }

    @Override
    public Publisher<AuthenticationResponse> createAuthenticationResponse(String providerName,
            OpenIdTokenResponse tokenResponse, OpenIdClaims openIdClaims, @Nullable State state) {
        // The accounts are in the database: not on the event loop.
        return Publishers.fromCompletableFuture(CompletableFuture.supplyAsync(() -> map(openIdClaims), blocking));
    }

    private AuthenticationResponse map(OpenIdClaims claims) {
        Object value = claims.get(claim);
        String login = value == null ? null : value.toString().strip().toLowerCase(Locale.ROOT);
        SignIn.Outcome outcome = signIn.signInVouchedFor(login);
        if (outcome instanceof SignIn.SignedIn signedIn) {
            Authentication session = SignedInPerson.authentication(signedIn.account());
            return AuthenticationResponse.success(session.getName(), session.getRoles(), session.getAttributes());
        }
        return AuthenticationResponse.failure(outcome instanceof SignIn.Locked
                ? AuthenticationFailureReason.ACCOUNT_LOCKED : AuthenticationFailureReason.USER_NOT_FOUND);
    }
}
