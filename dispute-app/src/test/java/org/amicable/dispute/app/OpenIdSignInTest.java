package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.security.oauth2.client.OauthClient;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.amicable.dispute.adapter.web.port.AccountChange;
import org.amicable.dispute.adapter.web.Passwords;
import org.amicable.dispute.adapter.web.port.PersonAccount;
import org.amicable.dispute.adapter.web.port.PersonAccounts;
import org.amicable.dispute.domain.model.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Sign-in through an OpenID Connect provider running on loopback, the whole redirect dance over HTTP as a
 * browser makes it: the provider's identity leads to the Amicable account whose login is its
 * preferred_username, with that account's role and language; an identity without a usable account is refused
 * on a page that says so, and gets no session. Without a provider configured, nothing of it exists.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenIdSignInTest {

    static final String PASSWORD = "correct horse battery staple";

    private LoopbackOpenIdProvider provider;
    private RunningApp app;

    @BeforeAll
    void start() {
        provider = LoopbackOpenIdProvider.start();
        app = RunningApp.start(Databases.H2, Map.of(
                "micronaut.security.oauth2.clients.loopback.client-id", LoopbackOpenIdProvider.CLIENT_ID,
                "micronaut.security.oauth2.clients.loopback.client-secret", LoopbackOpenIdProvider.CLIENT_SECRET,
                "micronaut.security.oauth2.clients.loopback.openid.issuer", provider.issuer()));
        PersonAccounts accounts = app.context().getBean(PersonAccounts.class);
        accounts.add(PersonAccount.create("marie", "Marie Durand", "manager", Language.FR, Passwords.hash(PASSWORD)));
        accounts.add(PersonAccount.create("paul", "Paul Martin", "collector", Language.EN, Passwords.hash(PASSWORD)));
        PersonAccount zoe = PersonAccount.create("zoe", "Zoé Leroy", "manager", Language.FR, Passwords.hash(PASSWORD));
        accounts.add(zoe);
        accounts.update(zoe.withDisabled(true), new AccountChange(Instant.parse("2026-03-01T10:00:00Z"),
                "marie", "zoe", AccountChange.Kind.DISABLED, ""));
    }

    @AfterAll
    void stop() {
        app.close();
        provider.close();
    }

    @Test
    void the_sign_in_page_offers_the_provider() {
        HttpResponse<String> form = new CookieKeepingBrowser().open(app.uri("/sign-in"));

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("href=\"/oauth/login/loopback\"").contains("Loopback");
    }

    @Test
    void a_known_identity_signs_in_with_its_accounts_role_and_language_and_the_session_works_as_with_a_password() {
        provider.signsIn(Map.of("sub", "4f1c-paul", "preferred_username", "Paul", "name", "Paul M."));
        CookieKeepingBrowser browser = new CookieKeepingBrowser();

        HttpResponse<String> landed = browser.open(app.uri("/oauth/login/loopback"));

        assertThat(browser.visited()).anyMatch(uri -> uri.toString().startsWith(provider.issuer() + "/authorize"))
                .anyMatch(uri -> uri.getPath().equals("/oauth/callback/loopback"));
        assertThat(landed.statusCode()).as(landed.body()).isEqualTo(200);
        assertThat(landed.uri().getPath()).isEqualTo("/home");
        assertThat(landed.body()).contains("Paul Martin").contains("collector").contains("Sign out");
        assertThat(browser.cookie("amicable_session")).isPresent();
        assertThat(app.context().getBean(PersonAccounts.class).find("paul").orElseThrow().lastSignedIn()).isPresent();

        // The session is an ordinary one: a change needs the session's CSRF token.
        String token = CookieKeepingBrowser.csrf(landed.body());
        HttpResponse<String> withoutToken = browser.post(app.uri("/sign-out"), Map.of());
        HttpResponse<String> signedOut = browser.post(app.uri("/sign-out"), Map.of("_csrf", token));

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(signedOut.uri().getPath()).as(signedOut.statusCode() + signedOut.body()).isEqualTo("/sign-in");
        assertThat(browser.cookie("amicable_session")).isEmpty();
        // The API's bearer tokens are untouched.
        assertThat(app.get("/disputes").statusCode()).isEqualTo(200);
    }

    @Test
    void a_session_is_signed_by_this_application_alone() {
        CookieKeepingBrowser browser = new CookieKeepingBrowser();
        browser.post(app.uri("/sign-in"), Map.of("login", "marie", "password", PASSWORD));
        String session = browser.cookie("amicable_session").orElseThrow();
        String header = new String(Base64.getUrlDecoder().decode(session.split("\\.")[0]), StandardCharsets.UTF_8);
        String claims = session.split("\\.")[1];
        String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}"
                .getBytes(StandardCharsets.UTF_8)) + "." + claims + ".";
        String byTheProvider = provider.idToken(Map.of("sub", "marie", "preferred_username", "marie",
                "roles", List.of("manager"), "person", "Marie Durand", "role", "manager", "language", "FR",
                "sid", "forged"));

        assertThat(header).contains("HS256");
        assertThat(status(page("/home").header("Cookie", "amicable_session=" + session))).isEqualTo(200);
        assertThat(status(page("/home").header("Cookie", "amicable_session=" + unsigned))).isEqualTo(303);
        assertThat(status(page("/home").header("Cookie", "amicable_session=" + byTheProvider))).isEqualTo(303);
        assertThat(status(HttpRequest.newBuilder(app.uri("/disputes")).header("Authorization", "Bearer " + byTheProvider)))
                .isEqualTo(401);
    }

    @Test
    void a_manager_signs_in_in_french() {
        provider.signsIn(Map.of("sub", "77-marie", "preferred_username", "marie"));
        CookieKeepingBrowser browser = new CookieKeepingBrowser();

        HttpResponse<String> landed = browser.open(app.uri("/oauth/login/loopback"));

        assertThat(landed.uri().getPath()).as(browser.visited() + " " + browser.cookie("amicable_session")).isEqualTo("/home");
        assertThat(landed.body()).contains("Marie Durand").contains("lang=\"fr\"");
    }

    @Test
    void an_unknown_identity_or_a_disabled_account_is_refused_on_a_page_that_says_so_without_a_session() {
        for (String username : new String[] {"mallory", "zoe"}) {
            provider.signsIn(Map.of("sub", "x-" + username, "preferred_username", username));
            CookieKeepingBrowser browser = new CookieKeepingBrowser();

            HttpResponse<String> refused = browser.open(app.uri("/oauth/login/loopback"));

            assertThat(refused.uri().getPath()).as(username).isEqualTo("/sign-in/refused");
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("id=\"problem\"");
            assertThat(browser.cookie("amicable_session")).as(username).isEmpty();
            assertThat(browser.open(app.uri("/home")).uri().getPath()).isEqualTo("/sign-in");
        }
        assertThat(app.context().getBean(PersonAccounts.class).find("mallory")).isEmpty();
    }

    @Test
    void an_identity_without_the_claim_is_refused() {
        provider.signsIn(Map.of("sub", "no-username"));
        CookieKeepingBrowser browser = new CookieKeepingBrowser();

        HttpResponse<String> refused = browser.open(app.uri("/oauth/login/loopback"));

        assertThat(refused.uri().getPath()).isEqualTo("/sign-in/refused");
        assertThat(browser.cookie("amicable_session")).isEmpty();
    }

    @Test
    void without_a_provider_configured_there_is_no_client_no_route_no_offer_and_sessions_are_still_signed() {
        try (RunningApp plain = RunningApp.start(Databases.H2, Map.of())) {
            CookieKeepingBrowser browser = new CookieKeepingBrowser();

            HttpResponse<String> form = browser.open(plain.uri("/sign-in"));
            HttpResponse<String> login = browser.open(plain.uri("/oauth/login/loopback"));

            assertThat(plain.context().getBeansOfType(OauthClient.class)).isEmpty();
            assertThat(form.body()).doesNotContain("/oauth/login");
            assertThat(login.uri().getPath()).isEqualTo("/sign-in");
            assertThat(browser.visited()).allMatch(uri -> uri.getPort() == plain.uri("/").getPort());

            // With no provider's keys beside it, the session is still signed, and an unsigned one refused.
            plain.context().getBean(PersonAccounts.class).add(PersonAccount.create("marie", "Marie Durand", "manager",
                    Language.FR, Passwords.hash(PASSWORD)));
            browser.post(plain.uri("/sign-in"), Map.of("login", "marie", "password", PASSWORD));
            String session = browser.cookie("amicable_session").orElseThrow();
            String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}"
                    .getBytes(StandardCharsets.UTF_8)) + "." + session.split("\\.")[1] + ".";
            assertThat(new String(Base64.getUrlDecoder().decode(session.split("\\.")[0]), StandardCharsets.UTF_8))
                    .contains("HS256");
            assertThat(status(HttpRequest.newBuilder(plain.uri("/home")).header("Accept", "text/html")
                    .header("Cookie", "amicable_session=" + session))).isEqualTo(200);
            assertThat(status(HttpRequest.newBuilder(plain.uri("/home")).header("Accept", "text/html")
                    .header("Cookie", "amicable_session=" + unsigned))).isEqualTo(303);
        }
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(app.uri(path)).header("Accept", "text/html");
    }

    private static int status(HttpRequest.Builder request) {
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
