package org.amicable.dispute.adapter.web;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Factory;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Base64;

/**
 * Session cookies are JWTs signed with HMAC-SHA256 under the sign-in secret; the same key checks them. The
 * bean is declared as the interface: a factory method returning {@link SecretSignature} would take on that
 * class's {@code @EachBean(SecretSignatureConfiguration)} and, with no such configuration, exist not at all,
 * leaving sessions unsigned ("alg": "none") and accepted unsigned.
 */
@Factory
class SessionSigning {

    @Singleton
    @Named("generator")
    SignatureGeneratorConfiguration signature(SignInSecret secret) {
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        configuration.setBase64(true);
        configuration.setSecret(Base64.getEncoder().encodeToString(secret.key()));
        return new SecretSignature(configuration);
    }
}
