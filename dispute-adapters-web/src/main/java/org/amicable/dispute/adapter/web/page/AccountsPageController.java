package org.amicable.dispute.adapter.web.page;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.amicable.dispute.adapter.web.port.AccountChange;
import org.amicable.dispute.adapter.web.FormTokens;
import org.amicable.dispute.adapter.web.Passwords;
import org.amicable.dispute.adapter.web.port.PersonAccount;
import org.amicable.dispute.adapter.web.port.PersonAccounts;
import org.amicable.dispute.adapter.web.port.Roles;
import org.amicable.dispute.domain.model.Language;

/**
 * People's accounts, for managers: the list (role, language, locked or disabled, last sign-in), a form to
 * create an account with its first password, and on each account the change of role, disabling or enabling,
 * and the lifting of a lock-out. Every change is kept with who made it and when, and the latest are listed.
 * A manager does not change his own role nor disable himself: the last manager cannot lock everyone out.
 */
@Hidden
@Controller(AccountsPageController.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.MANAGER)
class AccountsPageController {

    static final String PATH = "/office/accounts";
    static final int CHANGES = 50;
    private static final List<String> ROLES = List.of(Roles.MANAGER, Roles.COLLECTOR, Roles.AUDITOR);

    private final PersonAccounts accounts;
    private final FormTokens tokens;
    private final Clock clock;

    AccountsPageController(PersonAccounts accounts, FormTokens tokens, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Get("{?done}")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> page(Authentication authentication, @QueryValue @Nullable String done) {
        Optional<OfficePage> office = OfficePage.of(authentication, tokens);
        if (office.isEmpty()) {
            return HttpResponse.seeOther(URI.create(SignInRedirects.SIGN_IN));
        }
        String confirmation = done != null && done.matches("[a-z-]{1,20}") ? "accounts.done." + done : null;
        return render(HttpStatus.OK, office.get(), confirmation, Map.of(), Map.of());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> create(Authentication authentication, @Body Map<String, String> posted) {
        Optional<OfficePage> office = OfficePage.of(authentication, tokens);
        if (office.isEmpty()) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        OfficePage page = office.get();
        OfficeForm form = new OfficeForm("create", posted == null ? Map.of() : posted, page, null);
        String login = form.required("login").toLowerCase(Locale.ROOT);
        String name = form.required("name");
        String role = form.required("role");
        String language = form.required("language");
        String password = posted == null ? "" : posted.getOrDefault("password", "");
        if (!login.isEmpty() && !login.matches(PersonAccount.LOGIN_PATTERN)) {
            form.refuse("login", page.say("accounts.error.login"));
        }
        if (name.length() > 100) {
            form.refuse("name", page.say("office.error.tooLong", 100));
        }
        if (!role.isEmpty() && !ROLES.contains(role)) {
            form.refuse("role", page.say("office.error.choice"));
        }
        if (!language.isEmpty() && !List.of("FR", "EN").contains(language)) {
            form.refuse("language", page.say("office.error.choice"));
        }
        String weak = Passwords.problem(password);
        if (weak != null) {
            form.refusePassword(page.say("accounts.error.password", Passwords.MIN_LENGTH));
        }
        if (form.ok()) {
            try {
                accounts.add(PersonAccount.create(login, name, role, Language.valueOf(language), Passwords.hash(password)),
                        change(page, login, AccountChange.Kind.CREATED, role));
                return HttpResponse.seeOther(URI.create(PATH + "?done=created"));
            } catch (PersonAccounts.AccountExistsException e) {
                form.refuse("login", page.say("accounts.error.exists"));
            }
        }
        return render(HttpStatus.UNPROCESSABLE_ENTITY, page, null, form.typed(), form.errors());
    }

    @Post(value = "/{login}/role", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> role(Authentication authentication, @PathVariable String login, @Body Map<String, String> posted) {
        return change(authentication, login, "role", posted, (form, account, page) -> {
            String role = form.required("role");
            if (!ROLES.contains(role)) {
                form.refuse("role", page.say("office.error.choice"));
                return null;
            }
            return account.role().equals(role) ? null : new Changed(account.withRole(role),
                    AccountChange.Kind.ROLE_CHANGED, role);
        });
    }

    @Post(value = "/{login}/disable", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> disable(Authentication authentication, @PathVariable String login, @Body Map<String, String> posted) {
        return change(authentication, login, "disable", posted, (form, account, page) ->
                account.disabled() ? null : new Changed(account.withDisabled(true), AccountChange.Kind.DISABLED, ""));
    }

    @Post(value = "/{login}/enable", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> enable(Authentication authentication, @PathVariable String login, @Body Map<String, String> posted) {
        return change(authentication, login, "enable", posted, (form, account, page) ->
                account.disabled() ? new Changed(account.withDisabled(false), AccountChange.Kind.ENABLED, "") : null);
    }

    @Post(value = "/{login}/unlock", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> unlock(Authentication authentication, @PathVariable String login, @Body Map<String, String> posted) {
        return change(authentication, login, "unlock", posted, (form, account, page) ->
                new Changed(account.unlocked(), AccountChange.Kind.UNLOCKED, ""));
    }

    /** An account as a change leaves it, and what the change was; null when nothing changes. */
    private record Changed(PersonAccount account, AccountChange.Kind kind, String detail) {
    }

    @FunctionalInterface
    private interface Change {
        @Nullable
        Changed apply(OfficeForm form, PersonAccount account, OfficePage page);
    }

    /** Applies a change to an account and keeps it, then back to the list; or the list again with the message. */
    private HttpResponse<?> change(Authentication authentication, String login, String name,
            Map<String, String> posted, Change change) {
        Optional<OfficePage> office = OfficePage.of(authentication, tokens);
        if (office.isEmpty()) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        OfficePage page = office.get();
        Optional<PersonAccount> account = login.matches(PersonAccount.LOGIN_PATTERN) ? accounts.find(login)
                : Optional.empty();
        if (account.isEmpty()) {
            return render(HttpStatus.NOT_FOUND, page, null, Map.of(), Map.of("accounts.form",
                    page.say("accounts.error.unknown")));
        }
        if (login.equals(page.person().login()) && !name.equals("unlock")) {
            // The page offers no such form on one's own row: the message goes above the list.
            return render(HttpStatus.UNPROCESSABLE_ENTITY, page, null, Map.of(), Map.of("accounts.form",
                    page.say("accounts.error.self")));
        }
        OfficeForm form = new OfficeForm(name + "-" + login, posted == null ? Map.of() : posted, page, null);
        Changed changed = change.apply(form, account.get(), page);
        if (!form.ok()) {
            return render(HttpStatus.UNPROCESSABLE_ENTITY, page, null, form.typed(), form.errors());
        }
        if (changed != null) {
            accounts.update(changed.account(), change(page, login, changed.kind(), changed.detail()));
        }
        return HttpResponse.seeOther(URI.create(PATH + "?done=" + name));
    }

    private AccountChange change(OfficePage page, String login, AccountChange.Kind kind, String detail) {
        return new AccountChange(clock.instant(), page.person().login(), login, kind, detail);
    }

    private HttpResponse<?> render(HttpStatus status, OfficePage page, @Nullable String done,
            Map<String, String> typed, Map<String, String> errors) {
        Map<String, Object> model = page.model("accounts", "accounts.title");
        Instant now = clock.instant();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(PersonWords.locale(page.person().language())).withZone(clock.getZone());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PersonAccount account : accounts.all()) {
            Map<String, Object> row = new HashMap<>();
            row.put("login", account.login());
            row.put("name", account.name());
            row.put("role", account.role());
            row.put("language", account.language().name());
            row.put("locked", account.lockedAt(now));
            row.put("disabled", account.disabled());
            row.put("self", account.login().equals(page.person().login()));
            row.put("lastSignedIn", account.lastSignedIn().map(when::format).orElse(page.say("accounts.never")));
            rows.add(row);
        }
        List<Map<String, Object>> changes = new ArrayList<>();
        for (AccountChange change : accounts.changes(CHANGES)) {
            Map<String, Object> row = new HashMap<>();
            row.put("at", when.format(change.at()));
            row.put("actor", change.actor());
            row.put("login", change.login());
            boolean aRole = change.kind() == AccountChange.Kind.CREATED || change.kind() == AccountChange.Kind.ROLE_CHANGED;
            row.put("what", page.say("accounts.change." + change.kind().name(),
                    aRole ? page.name("role.", change.detail()) : change.detail()));
            changes.add(row);
        }
        model.put("accounts", rows);
        model.put("changes", changes);
        model.put("roles", ROLES);
        model.put("done", done == null ? null : page.say(done));
        model.put("typed", typed);
        model.put("errors", errors);
        return HttpResponse.status(status).body(new ModelAndView<>("office/accounts", model));
    }
}
