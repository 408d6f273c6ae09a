package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.amicable.dispute.adapter.web.Passwords;
import org.amicable.dispute.adapter.web.port.PersonAccount;
import org.amicable.dispute.adapter.web.port.PersonAccounts;
import org.amicable.dispute.domain.model.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * People sign in to the pages over HTTP, as a browser would: the form, the session cookie and what it
 * carries, the lock-out after repeated failures and its end, the CSRF token and origin every change needs,
 * the roles of collectors and auditors, and the person named as the actor of the entries they make. The
 * bearer-token API is untouched beside them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SignInTest {

    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("Europe/Paris"));
    static final String PASSWORD = "correct horse battery staple";

    @Factory
    @Requires(property = "sign-in-test.clock", value = "mutable")
    static class TestClockFactory {
        @Singleton
        @Replaces(bean = Clock.class, factory = ClockFactory.class)
        Clock clock() {
            return CLOCK;
        }
    }

    private RunningApp app;
    private final HttpClient browser = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    abstract Databases database();

    @BeforeAll
    void start() {
        app = RunningApp.start(database(), Map.of("sign-in-test.clock", "mutable",
                "amicable.sign-in.max-failures", "3", "amicable.sign-in.lock-out", "10m"));
        PersonAccounts accounts = app.context().getBean(PersonAccounts.class);
        accounts.add(PersonAccount.create("marie", "Marie Durand", "manager", Language.FR, Passwords.hash(PASSWORD)));
        accounts.add(PersonAccount.create("paul", "Paul Martin", "collector", Language.EN, Passwords.hash(PASSWORD)));
        accounts.add(PersonAccount.create("alice", "Alice Bernard", "auditor", Language.EN, Passwords.hash(PASSWORD)));
        accounts.add(PersonAccount.create("luc", "Luc Petit", "collector", Language.FR, Passwords.hash(PASSWORD)));
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void the_right_password_sets_a_secure_session_cookie_and_opens_the_landing_page_in_the_persons_language() {
        HttpResponse<String> form = send(page("/sign-in").header("Accept-Language", "fr-FR,fr;q=0.9"));
        HttpResponse<String> signedIn = signIn("marie", PASSWORD);
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        HttpResponse<String> home = send(page("/home").header("Cookie", session(signedIn)));

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Connexion à Amicable", "name=\"password\"");
        assertThat(form.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'"));
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).contains("/home");
        assertThat(cookie).startsWith("amicable_session=").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("Secure").containsIgnoringCase("SameSite=Strict");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Marie Durand", "gestionnaire", "Se déconnecter");
        assertThat(home.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(send(page("/home").header("Cookie", session(signIn("paul", PASSWORD)))).body())
                .contains("Paul Martin", "collector", "Sign out");
    }

    @Test
    void a_page_opened_without_a_session_goes_to_the_sign_in_form_while_the_api_still_answers_401() {
        HttpResponse<String> page = send(page("/home"));
        HttpResponse<String> forged = send(page("/home").header("Cookie", "amicable_session=eyJhbGciOiJub25lIn0.e30."));
        HttpResponse<String> api = send(HttpRequest.newBuilder(app.uri("/disputes")).header("Accept", "application/json"));

        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).contains("/sign-in");
        assertThat(forged.statusCode()).isEqualTo(303);
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void a_wrong_password_or_an_unknown_login_shows_the_form_again_without_a_session() {
        HttpResponse<String> wrong = signIn("alice", "not her password at all");
        HttpResponse<String> unknown = signIn("nobody", PASSWORD);
        HttpResponse<String> empty = signIn("alice", "");

        for (HttpResponse<String> refused : java.util.List.of(wrong, unknown)) {
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("Set-Cookie")).isEmpty();
            assertThat(refused.body()).contains("Identifiant ou mot de passe incorrect.");
        }
        assertThat(wrong.body()).contains("value=\"alice\"");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(send(form("/sign-in", Map.of("login", "alice", "password", "wrong")).header("Accept-Language", "en"))
                .body()).contains("Wrong login or password.");
        assertThat(signIn(" Alice ", PASSWORD).statusCode()).isEqualTo(303);
    }

    @Test
    void repeated_failures_lock_the_account_even_for_the_right_password_until_the_lock_out_ends() {
        HttpResponse<String> first = signIn("luc", "wrong password number 1");
        signIn("luc", "wrong password number 2");
        HttpResponse<String> third = signIn("luc", "wrong password number 3");
        HttpResponse<String> rightButLocked = signIn("luc", PASSWORD);
        CLOCK.advance(Duration.ofMinutes(9));
        HttpResponse<String> stillLocked = signIn("luc", PASSWORD);
        CLOCK.advance(Duration.ofMinutes(1));
        HttpResponse<String> afterwards = signIn("luc", PASSWORD);
        PersonAccount account = app.context().getBean(PersonAccounts.class).find("luc").orElseThrow();

        assertThat(first.body()).contains("Identifiant ou mot de passe incorrect");
        assertThat(third.statusCode()).isEqualTo(401);
        assertThat(third.body()).contains("ce compte est bloqué");
        assertThat(rightButLocked.statusCode()).isEqualTo(401);
        assertThat(rightButLocked.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(stillLocked.statusCode()).isEqualTo(401);
        assertThat(afterwards.statusCode()).isEqualTo(303);
        assertThat(account.failedAttempts()).isZero();
        assertThat(account.lockedUntil()).isEmpty();
    }

    @Test
    void a_form_posted_without_or_with_a_wrong_csrf_token_or_from_another_site_is_refused_and_changes_nothing() {
        String cookie = session(signIn("marie", PASSWORD));
        String token = csrf(cookie);
        String other = csrf(session(signIn("marie", PASSWORD)));

        HttpResponse<String> without = send(form("/sign-out", Map.of()).header("Cookie", cookie));
        HttpResponse<String> wrong = send(form("/sign-out", Map.of("_csrf", other)).header("Cookie", cookie));
        HttpResponse<String> elsewhere = send(form("/sign-out", Map.of("_csrf", token)).header("Cookie", cookie)
                .setHeader("Origin", "https://evil.example"));
        // Micronaut itself refuses a foreign origin on loopback; another port of the same host is for this guard.
        HttpResponse<String> otherPort = send(form("/sign-out", Map.of("_csrf", token)).header("Cookie", cookie)
                .setHeader("Origin", "http://localhost:1"));
        HttpResponse<String> stillIn = send(page("/home").header("Cookie", cookie));
        HttpResponse<String> signedOut = send(form("/sign-out", Map.of("_csrf", token)).header("Cookie", cookie));

        assertThat(other).isNotEqualTo(token);
        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(without.body()).contains("CSRF token");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        assertThat(otherPort.statusCode()).isEqualTo(403);
        assertThat(otherPort.body()).contains("another site");
        assertThat(stillIn.statusCode()).isEqualTo(200);
        assertThat(signedOut.statusCode()).isEqualTo(303);
        assertThat(signedOut.headers().firstValue("Location")).contains("/sign-in");
        assertThat(signedOut.headers().firstValue("Set-Cookie")).hasValueSatisfying(cleared ->
                assertThat(cleared).startsWith("amicable_session=").containsIgnoringCase("Max-Age=0"));
    }

    @Test
    void a_change_to_a_dispute_made_with_the_session_needs_the_token_and_is_signed_by_the_person() {
        String id = openClaim("SIGN-1");
        String cookie = session(signIn("paul", PASSWORD));
        String payment = "{\"receivedOn\":\"2026-03-02\",\"amount\":{\"amount\":\"100.00\",\"currency\":\"EUR\"},"
                + "\"reference\":\"VIR-PAUL\"}";

        HttpResponse<String> withoutToken = send(json("/disputes/" + id + "/payments", payment).header("Cookie", cookie));
        String timelineBefore = app.get("/disputes/" + id + "/timeline").body();
        HttpResponse<String> paid = send(json("/disputes/" + id + "/payments", payment).header("Cookie", cookie)
                .header("X-CSRF-Token", csrf(cookie)));
        String timeline = app.get("/disputes/" + id + "/timeline").body();

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(timelineBefore).doesNotContain("VIR-PAUL");
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        assertThat(timeline).contains("\"kind\":\"person\"", "\"name\":\"paul\"", "\"role\":\"collector\"",
                "Paul Martin (paul, collector)");
        assertThat(timeline).contains("\\\"actor\\\":{\\\"kind\\\":\\\"person\\\",\\\"login\\\":\\\"paul\\\","
                + "\\\"name\\\":\\\"Paul Martin\\\",\\\"role\\\":\\\"collector\\\"}");
    }

    @Test
    void a_collector_records_calls_promises_payments_and_answers_but_may_not_write_off() {
        String id = openClaim("SIGN-2");
        String cookie = session(signIn("paul", PASSWORD));
        String token = csrf(cookie);

        HttpResponse<String> promise = send(json("/disputes/" + id + "/promises",
                "{\"on\":\"2026-03-02\",\"promisedFor\":\"2026-03-20\",\"amount\":{\"amount\":\"1200.00\",\"currency\":\"EUR\"}}")
                .header("Cookie", cookie).header("X-CSRF-Token", token));
        HttpResponse<String> writeOff = send(json("/disputes/" + id + "/write-off",
                "{\"on\":\"2026-03-02\",\"reason\":\"Le client a disparu\"}").header("Cookie", cookie)
                .header("X-CSRF-Token", token));
        HttpResponse<String> read = send(HttpRequest.newBuilder(app.uri("/disputes/" + id)).header("Cookie", cookie));

        assertThat(promise.statusCode()).as(promise.body()).isEqualTo(200);
        assertThat(writeOff.statusCode()).isEqualTo(403);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(app.get("/disputes/" + id + "/timeline").body()).doesNotContain("written-off")
                .contains("promise-to-pay-recorded");
    }

    @Test
    void an_auditor_reads_but_any_change_it_posts_is_refused_and_changes_nothing() {
        String id = openClaim("SIGN-3");
        String cookie = session(signIn("alice", PASSWORD));
        String before = app.get("/disputes/" + id + "/timeline").body();

        HttpResponse<String> payment = send(json("/disputes/" + id + "/payments",
                "{\"receivedOn\":\"2026-03-02\",\"amount\":{\"amount\":\"10.00\",\"currency\":\"EUR\"},\"reference\":\"A\"}")
                .header("Cookie", cookie).header("X-CSRF-Token", csrf(cookie)));
        HttpResponse<String> read = send(HttpRequest.newBuilder(app.uri("/disputes/" + id + "/timeline"))
                .header("Cookie", cookie));

        assertThat(payment.statusCode()).isEqualTo(403);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(app.get("/disputes/" + id + "/timeline").body()).isEqualTo(before);
    }

    // ---- a browser's requests ----

    private String openClaim(String reference) {
        HttpResponse<String> opened = app.postJson("/disputes/unpaid-claims", "{\"customer\":" + RunningApp.business(reference)
                + ",\"invoice\":" + RunningApp.invoice("F-" + reference, "2026-01-31", "1200.00") + "}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return opened.body().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
    }

    private HttpResponse<String> signIn(String login, String password) {
        return send(form("/sign-in", Map.of("login", login, "password", password)));
    }

    /** The session cookie a sign-in set, as a browser sends it back. */
    private static String session(HttpResponse<String> signedIn) {
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(303);
        return signedIn.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
    }

    /** The CSRF token of the session, from the sign-out form of the landing page. */
    private String csrf(String cookie) {
        String home = send(page("/home").header("Cookie", cookie)).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(home);
        assertThat(token.find()).as(home).isTrue();
        return token.group(1);
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(app.uri(path)).header("Accept", "text/html,application/xhtml+xml");
    }

    private HttpRequest.Builder form(String path, Map<String, String> fields) {
        String body = new LinkedHashMap<>(fields).entrySet().stream().map(field -> field.getKey() + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(app.uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin()).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpRequest.Builder json(String path, String body) {
        return HttpRequest.newBuilder(app.uri(path)).header("Content-Type", "application/json")
                .header("Origin", origin()).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private String origin() {
        return app.uri("/").toString().replaceAll("/$", "");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return browser.send(request.timeout(Duration.ofMinutes(1)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
