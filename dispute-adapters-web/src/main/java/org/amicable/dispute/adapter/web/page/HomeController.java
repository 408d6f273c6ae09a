package org.amicable.dispute.adapter.web.page;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.amicable.dispute.adapter.web.FormTokens;
import org.amicable.dispute.adapter.web.port.Roles;
import org.amicable.dispute.adapter.web.SignedInPerson;

/** The page a person lands on once signed in: who they are, their role, and the way out; in their language. */
@Hidden
@Controller(SignInController.HOME)
class HomeController {

    private final FormTokens tokens;

    HomeController(FormTokens tokens) {
        this.tokens = tokens;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    @Secured({Roles.MANAGER, Roles.COLLECTOR, Roles.AUDITOR})
    HttpResponse<?> home(Authentication authentication) {
        var found = SignedInPerson.of(authentication);
        if (found.isEmpty()) {
            // A bearer token is no session: the pages are for people.
            return HttpResponse.seeOther(URI.create(SignInRedirects.SIGN_IN));
        }
        SignedInPerson person = found.get();
        Map<String, Object> model = new HashMap<>();
        model.put("words", PersonWords.of(person.language()));
        model.put("name", person.name());
        model.put("login", person.login());
        model.put("role", person.role());
        model.put("csrf", tokens.tokenFor(authentication).orElseThrow());
        return HttpResponse.ok(new ModelAndView<>("home", model));
    }
}
