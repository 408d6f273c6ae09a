package org.amicable.dispute.adapter.web;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The CSRF token of a signed-in session: an HMAC of the session's random id (held in the signed cookie,
 * which scripts cannot read) under a key derived from the sign-in secret. A page puts it in every form it
 * serves; a form posted with the cookie must bring it back. Every instance computes the same token, and a
 * new sign-in makes a new one.
 */
@Singleton
public class FormTokens {

    /** The name of the hidden field of every form, and the header a script may send it in instead. */
    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    /** The attribute of a person's authentication that holds the session's id. */
    public static final String SESSION = "sid";

    private final SecretKeySpec key;

    public FormTokens(SignInSecret secret) {
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(secret.key(), "HmacSHA256"), "amicable form tokens"),
                "HmacSHA256");
    }

    /** The token of the session, if the authentication comes from a person's sign-in. */
    public Optional<String> tokenFor(Authentication authentication) {
        Object session = authentication == null ? null : authentication.getAttributes().get(SESSION);
        if (session == null) {
            return Optional.empty();
        }
        return Optional.of(Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, session.toString())));
    }

    /** Whether the token presented is the session's, compared in constant time. */
    public boolean matches(Authentication authentication, String presented) {
        Optional<String> expected = tokenFor(authentication);
        return presented != null && expected.isPresent() && MessageDigest.isEqual(
                expected.get().getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
