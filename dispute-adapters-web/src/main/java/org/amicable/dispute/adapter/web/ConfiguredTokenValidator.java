package org.amicable.dispute.adapter.web;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import org.amicable.dispute.domain.model.Timeline;
import org.reactivestreams.Publisher;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

/**
 * Accepts the bearer tokens listed in configuration: the presented token's SHA-256 is compared, in constant
 * time, with each configured hash; a match authenticates as the token's name, with its role.
 */
@Singleton
public class ConfiguredTokenValidator implements TokenValidator<HttpRequest<?>> {

    private final List<ApiToken> tokens;

    public ConfiguredTokenValidator(List<ApiToken> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        if (token == null || token.isEmpty() || token.length() > 512) {
            return Publishers.empty();
        }
        byte[] presented = Timeline.sha256Hex(token.getBytes(StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII);
        ApiToken match = null;
        for (ApiToken candidate : tokens) {
            // Every candidate is compared, so that the time taken does not tell which one matched.
            if (MessageDigest.isEqual(presented, candidate.sha256().getBytes(StandardCharsets.US_ASCII))) {
                match = candidate;
            }
        }
        if (match == null) {
            return Publishers.empty();
        }
        return Publishers.just(Authentication.build(match.name(), List.of(match.role()), Map.of("role", match.role())));
    }
}
