package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser sends to the back-office pages, without a browser: the sign-in form, the session's cookie and
 * CSRF token, pages asked as HTML and forms posted from the application's own origin. Redirects are not followed,
 * so that a test sees each answer as it is.
 */
final class OfficeRequests {

    private final RunningApp app;
    private final String password;
    private final HttpClient browser = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Requests to the running application, signing in with {@code password} for every login. */
    OfficeRequests(RunningApp app, String password) {
        this.app = app;
        this.password = password;
    }

    /** The session cookie of a sign-in, as a browser sends it back. */
    String session(String login) {
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(app.uri("/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin())
                .POST(HttpRequest.BodyPublishers.ofString("login=" + login + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8))));
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(303);
        return signedIn.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
    }

    /** The CSRF token of the session, from the sign-out form every page carries. */
    String csrf(String cookie) {
        String tasks = send(page("/office/tasks").header("Cookie", cookie)).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(tasks);
        assertThat(token.find()).as(tasks).isTrue();
        return token.group(1);
    }

    HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(app.uri(path)).header("Accept", "text/html,application/xhtml+xml");
    }

    /** A form posted with the session's CSRF token. */
    HttpRequest.Builder form(String path, String cookie, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf(cookie));
        return formWithout(path, cookie, all);
    }

    /** A form posted with exactly these fields (no token added). */
    HttpRequest.Builder formWithout(String path, String cookie, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(app.uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").header("Origin", origin()).header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** The application's origin, as a browser names it in the Origin header. */
    String origin() {
        return app.uri("/").toString().replaceAll("/$", "");
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
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
