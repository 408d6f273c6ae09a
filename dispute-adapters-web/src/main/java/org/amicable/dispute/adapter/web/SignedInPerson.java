package org.amicable.dispute.adapter.web;

import io.micronaut.security.authentication.Authentication;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amicable.dispute.domain.model.Actor;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.adapter.web.port.PersonAccount;

/**
 * A person signed in to the pages, as their session cookie states it: the cookie is a signed JWT holding
 * the login (its subject), the name, role and language of the account at sign-in, and a random session id.
 */
public record SignedInPerson(String login, String name, String role, Language language) {

    static final String NAME = "person";
    static final String ROLE = "role";
    static final String LANGUAGE = "language";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The authentication a sign-in puts in the session cookie, with a new session id. */
    public static Authentication authentication(PersonAccount account) {
        byte[] session = new byte[16];
        RANDOM.nextBytes(session);
        return Authentication.build(account.login(), List.of(account.role()), Map.of(NAME, account.name(),
                ROLE, account.role(), LANGUAGE, account.language().name(),
                FormTokens.SESSION, Base64.getUrlEncoder().withoutPadding().encodeToString(session)));
    }

    /** The person of a session cookie's authentication; empty for a bearer token's. */
    public static Optional<SignedInPerson> of(Authentication authentication) {
        if (authentication == null) {
            return Optional.empty();
        }
        Map<String, Object> attributes = authentication.getAttributes();
        Object name = attributes.get(NAME);
        Object role = attributes.get(ROLE);
        Object language = attributes.get(LANGUAGE);
        if (name == null || role == null || !attributes.containsKey(FormTokens.SESSION)) {
            return Optional.empty();
        }
        return Optional.of(new SignedInPerson(authentication.getName(), name.toString(), role.toString(),
                "EN".equals(String.valueOf(language)) ? Language.EN : Language.FR));
    }

    public Actor actor() {
        return new Actor.Person(login, name, role);
    }
}
