package org.amicable.dispute.adapter.web.page;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.handlers.RedirectingLoginHandler;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.amicable.dispute.adapter.web.port.AccountChange;
import org.amicable.dispute.adapter.web.FormTokens;
import org.amicable.dispute.adapter.web.Passwords;
import org.amicable.dispute.adapter.web.port.PersonAccount;
import org.amicable.dispute.adapter.web.port.PersonAccounts;
import org.amicable.dispute.adapter.web.port.Roles;
import org.amicable.dispute.adapter.web.SignedInPerson;
import org.amicable.dispute.domain.model.Language;

/**
 * A person's own account: a new password (the current one required, {@value Passwords#MIN_LENGTH} characters
 * at least, typed twice) and the language of their pages. A new language takes effect at once: the session is
 * issued again with it. Both changes are kept with the accounts' changes.
 */
@Hidden
@Controller(MyAccountController.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.MANAGER, Roles.COLLECTOR, Roles.AUDITOR})
class MyAccountController {

    static final String PATH = "/office/my-account";

    private final PersonAccounts accounts;
    private final FormTokens tokens;
    private final Clock clock;
    private final RedirectingLoginHandler<HttpRequest<?>, MutableHttpResponse<?>> sessions;

    MyAccountController(PersonAccounts accounts, FormTokens tokens, Clock clock,
            RedirectingLoginHandler<HttpRequest<?>, MutableHttpResponse<?>> sessions) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.clock = clock;
        this.sessions = sessions;
    }

    @Get("{?done}")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> page(Authentication authentication, @QueryValue @Nullable String done) {
        Optional<OfficePage> office = OfficePage.of(authentication, tokens);
        if (office.isEmpty()) {
            return HttpResponse.seeOther(URI.create(SignInRedirects.SIGN_IN));
        }
        String confirmation = done != null && done.matches("[a-z-]{1,20}") ? "myAccount.done." + done : null;
        return render(HttpStatus.OK, office.get(), confirmation, Map.of(), Map.of());
    }

    @Post(value = "/password", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> password(Authentication authentication, @Body Map<String, String> posted) {
        Optional<OfficePage> office = OfficePage.of(authentication, tokens);
        Optional<PersonAccount> account = office.flatMap(page -> accounts.find(page.person().login()));
        if (account.isEmpty()) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        OfficePage page = office.get();
        Map<String, String> form = posted == null ? Map.of() : posted;
        String current = form.getOrDefault("currentPassword", "");
        String chosen = form.getOrDefault("newPassword", "");
        String again = form.getOrDefault("newPasswordAgain", "");
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (!Passwords.matches(current, account.get().passwordHash())) {
            errors.put("password.currentPassword", page.say("myAccount.error.current"));
        }
        if (Passwords.problem(chosen) != null) {
            errors.put("password.newPassword", page.say("accounts.error.password", Passwords.MIN_LENGTH));
        } else if (!chosen.equals(again)) {
            errors.put("password.newPasswordAgain", page.say("myAccount.error.again"));
        }
        if (!errors.isEmpty()) {
            return render(HttpStatus.UNPROCESSABLE_ENTITY, page, null, Map.of(), errors);
        }
        accounts.update(account.get().withPasswordHash(Passwords.hash(chosen)), new AccountChange(clock.instant(),
                page.person().login(), page.person().login(), AccountChange.Kind.PASSWORD_CHANGED, ""));
        return HttpResponse.seeOther(URI.create(PATH + "?done=password"));
    }

    @Post(value = "/language", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> language(HttpRequest<?> request, Authentication authentication, @Body Map<String, String> posted) {
        Optional<OfficePage> office = OfficePage.of(authentication, tokens);
        Optional<PersonAccount> account = office.flatMap(page -> accounts.find(page.person().login()));
        if (account.isEmpty()) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        OfficePage page = office.get();
        String typed = posted == null ? "" : posted.getOrDefault("language", "");
        if (!typed.equals("FR") && !typed.equals("EN")) {
            return render(HttpStatus.UNPROCESSABLE_ENTITY, page, null, Map.of("language.language", typed),
                    Map.of("language.language", page.say("office.error.choice")));
        }
        PersonAccount changed = account.get().withLanguage(Language.valueOf(typed));
        accounts.update(changed, new AccountChange(clock.instant(), page.person().login(), page.person().login(),
                AccountChange.Kind.LANGUAGE_CHANGED, typed));
        // The session holds the language: a new one, so that every page speaks it from now on.
        MutableHttpResponse<?> signedIn = sessions.loginSuccess(SignedInPerson.authentication(changed), request);
        return signedIn.status(HttpStatus.SEE_OTHER).headers(headers -> headers.location(URI.create(PATH + "?done=language")));
    }

    private HttpResponse<?> render(HttpStatus status, OfficePage page, @Nullable String done,
            Map<String, String> typed, Map<String, String> errors) {
        Map<String, Object> model = page.model("my-account", "myAccount.title");
        model.put("language", page.person().language().name());
        model.put("minLength", Passwords.MIN_LENGTH);
        model.put("done", done == null ? null : page.say(done));
        model.put("typed", typed);
        model.put("errors", errors);
        return HttpResponse.status(status).body(new ModelAndView<>("office/my-account", model));
    }
}
