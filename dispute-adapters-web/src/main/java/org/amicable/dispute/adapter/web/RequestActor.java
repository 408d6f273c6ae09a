package org.amicable.dispute.adapter.web;

import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.amicable.dispute.domain.model.Actor;
import org.amicable.dispute.domain.port.out.CurrentActor;

/**
 * Who is acting in the current request: the person signed in with their session cookie, by login, name and
 * role; the API client whose token authenticated it, by the token's configured name and role; or the customer
 * whose personal link the request carries. Outside a request (the scheduled jobs) there is none; the jobs name
 * themselves.
 */
@Singleton
public class RequestActor implements CurrentActor {

    /**
     * The request attribute naming the customer (by his reference) whose personal link the request
     * carries: what he does on his page is recorded as his.
     */
    public static final String CUSTOMER = "amicable.customer";

    private final SecurityService security;

    RequestActor(SecurityService security) {
        this.security = security;
    }

    @Override
    public Optional<Actor> current() {
        Optional<Actor> client = security.getAuthentication().map(RequestActor::actor);
        if (client.isPresent()) {
            return client;
        }
        return ServerRequestContext.currentRequest()
                .flatMap(request -> request.getAttribute(CUSTOMER, String.class))
                .map(Actor.Customer::new);
    }

    private static Actor actor(Authentication authentication) {
        Optional<SignedInPerson> person = SignedInPerson.of(authentication);
        if (person.isPresent()) {
            return person.get().actor();
        }
        Object role = authentication.getAttributes().get("role");
        return new Actor.ApiClient(authentication.getName(), role == null ? String.join(",", authentication.getRoles())
                : role.toString());
    }
}
