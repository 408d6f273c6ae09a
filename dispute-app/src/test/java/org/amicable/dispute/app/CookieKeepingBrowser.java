package org.amicable.dispute.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser reduced to HTTP, for tests: it keeps the cookies it is given (every server is on loopback, where
 * a browser sends a host's cookies to all its ports), follows redirects and a page's meta refresh, and posts
 * forms with this site's Origin. It remembers every address it went through.
 */
final class CookieKeepingBrowser {

    private static final Pattern REFRESH = Pattern.compile("http-equiv=\"refresh\" content=\"0;url=([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final List<URI> visited = new ArrayList<>();

    /** Opens a page and follows where it leads; the last answer. */
    HttpResponse<String> open(URI uri) {
        return follow(HttpRequest.newBuilder(uri).GET());
    }

    /** Posts a form, as its page would, and follows where it leads; the last answer. */
    HttpResponse<String> post(URI uri, Map<String, String> fields) {
        return follow(formRequest(uri, fields));
    }

    private static HttpRequest.Builder formRequest(URI uri, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(field -> field.getKey() + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", uri.getScheme() + "://" + uri.getRawAuthority())
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** Posts a form and gives its answer, without following it. */
    HttpResponse<String> postOnly(URI uri, Map<String, String> fields) {
        return send(formRequest(uri, fields));
    }

    Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    List<URI> visited() {
        return visited;
    }

    /** The CSRF token of the first form of a page. */
    static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new AssertionError("no CSRF token in " + page);
        }
        return token.group(1);
    }

    private HttpResponse<String> follow(HttpRequest.Builder first) {
        HttpRequest.Builder request = first;
        for (int hop = 0; hop < 12; hop++) {
            HttpResponse<String> response = send(request);
            Optional<String> location = response.headers().firstValue("Location");
            Matcher refresh = REFRESH.matcher(response.statusCode() == 200 ? response.body() : "");
            URI next;
            if (response.statusCode() >= 300 && response.statusCode() < 400 && location.isPresent()) {
                next = response.uri().resolve(location.get());
            } else if (refresh.find()) {
                next = response.uri().resolve(refresh.group(1).replace("&amp;", "&"));
            } else {
                return response;
            }
            request = HttpRequest.newBuilder(next).GET();
        }
        throw new AssertionError("too many redirects: " + visited);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").timeout(Duration.ofMinutes(1));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpRequest built = request.build();
            visited.add(built.uri());
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String set : response.headers().allValues("Set-Cookie")) {
                String[] pair = set.split(";", 2)[0].split("=", 2);
                boolean expired = set.toLowerCase().contains("max-age=0") || pair.length < 2 || pair[1].isEmpty();
                if (expired) {
                    cookies.remove(pair[0].strip());
                } else {
                    cookies.put(pair[0].strip(), pair[1].strip());
                }
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
