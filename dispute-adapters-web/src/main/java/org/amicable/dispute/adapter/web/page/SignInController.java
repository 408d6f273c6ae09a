package org.amicable.dispute.adapter.web.page;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.handlers.LogoutHandler;
import io.micronaut.security.handlers.RedirectingLoginHandler;
import io.micronaut.security.oauth2.configuration.OauthClientConfiguration;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amicable.dispute.adapter.web.SignIn;
import org.amicable.dispute.adapter.web.SignedInPerson;
import org.amicable.dispute.domain.model.Language;

/**
 * The sign-in form of the pages and the sign-out. A right password sets the session cookie (a signed JWT,
 * HttpOnly, Secure, SameSite=Strict) and goes to the landing page; a wrong one shows the form again with
 * the login typed, and counts towards the lock-out. Each OpenID Connect provider configured adds a way to sign
 * in with it; an identity it vouches for that matches no usable account comes back to {@value #REFUSED}.
 */
@Hidden
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class SignInController {

    static final String HOME = "/home";
    /** Where a sign-in through a provider that found no usable account ends (the login-failure redirect). */
    static final String REFUSED = "/sign-in/refused";

    private final SignIn signIn;
    private final RedirectingLoginHandler<HttpRequest<?>, MutableHttpResponse<?>> sessions;
    private final LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> signOuts;
    private final List<Map<String, String>> providers;

    SignInController(SignIn signIn, RedirectingLoginHandler<HttpRequest<?>, MutableHttpResponse<?>> sessions,
            LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> signOuts,
            Collection<OauthClientConfiguration> clients) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.signOuts = signOuts;
        this.providers = clients.stream().filter(client -> client.isEnabled() && client.getOpenid().isPresent())
                .map(client -> Map.of("name", label(client.getName()), "href", "/oauth/login/" + client.getName()))
                .toList();
    }

    /** The provider's name as configured, as people read it: "keycloak" is Keycloak. */
    private static String label(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    @Get(SignInRedirects.SIGN_IN)
    @Produces(MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> form(HttpRequest<?> request, @Nullable Authentication authentication) {
        if (SignedInPerson.of(authentication).isPresent()) {
            return HttpResponse.seeOther(URI.create(HOME));
        }
        return HttpResponse.ok(page(request, "", null));
    }

    @Get(REFUSED)
    @Produces(MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> refused(HttpRequest<?> request) {
        return HttpResponse.status(HttpStatus.FORBIDDEN).body(page(request, "", "signIn.providerRefused"));
    }

    @Post(SignInRedirects.SIGN_IN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> signIn(HttpRequest<?> request, @Body Map<String, String> form) {
        // Logins are lower-case: "Marie" typed on a phone is marie.
        String login = form.getOrDefault("login", "").strip().toLowerCase(Locale.ROOT);
        String password = form.getOrDefault("password", "");
        if (login.isEmpty() || password.isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(page(request, login, "signIn.required"));
        }
        SignIn.Outcome outcome = signIn.signIn(login, password);
        if (outcome instanceof SignIn.SignedIn signedIn) {
            return sessions.loginSuccess(SignedInPerson.authentication(signedIn.account()), request);
        }
        String problem = outcome instanceof SignIn.Locked ? "signIn.locked" : "signIn.refused";
        return HttpResponse.status(HttpStatus.UNAUTHORIZED).body(page(request, login.length() > 64 ? "" : login,
                problem));
    }

    @Post("/sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> signOut(HttpRequest<?> request) {
        return signOuts.logout(request);
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, String login, String problem) {
        Language language = PersonWords.fromAcceptLanguage(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE));
        Map<String, Object> model = new HashMap<>();
        model.put("words", PersonWords.of(language));
        model.put("login", login);
        model.put("problem", problem);
        model.put("providers", providers);
        return new ModelAndView<>("sign-in", model);
    }
}
