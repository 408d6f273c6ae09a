package org.amicable.dispute.adapter.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Refuses forged requests from other sites. A request that changes something and carries no bearer token (a
 * browser's) must come from this site's own pages: its {@code Origin}, when the browser sends one, is this
 * server's (or one of {@code amicable.web.origins}); and when a person's session cookie authenticates it, it
 * must bring the session's CSRF token, in the form's {@value FormTokens#FIELD} field (a part of its own in a
 * form that uploads a file) or the {@value FormTokens#HEADER} header. Requests with a bearer token are not the
 * browser's and pass untouched.
 */
@ServerFilter(value = ServerFilter.MATCH_ALL_PATTERN,
        methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE})
final class CrossSiteRequestGuard implements Ordered {

    private final FormTokens tokens;
    private final Problems problems;
    private final List<String> origins;

    CrossSiteRequestGuard(FormTokens tokens, Problems problems,
            @Value("${amicable.web.origins:}") List<String> origins) {
        this.tokens = tokens;
        this.problems = problems;
        this.origins = origins.stream().map(origin -> origin.strip().toLowerCase(Locale.ROOT))
                .filter(origin -> !origin.isEmpty()).toList();
    }

    /** After the security filter, which has authenticated the request. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request, @Body @Nullable byte[] body) {
        if (request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            return null;
        }
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin != null && !sameSite(request, origin)) {
            return refuse(request, "the request comes from another site (" + origin + ")");
        }
        Authentication authentication = request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class)
                .orElse(null);
        if (authentication == null || !authentication.getAttributes().containsKey(FormTokens.SESSION)) {
            return null;
        }
        String presented = Optional.ofNullable(request.getHeaders().get(FormTokens.HEADER))
                .orElseGet(() -> formField(request, body));
        if (!tokens.matches(authentication, presented)) {
            return refuse(request, "the form's CSRF token (" + FormTokens.FIELD + ") is missing or not this session's");
        }
        return null;
    }

    private boolean sameSite(HttpRequest<?> request, String origin) {
        String lower = origin.strip().toLowerCase(Locale.ROOT);
        if (origins.contains(lower)) {
            return true;
        }
        String host = request.getHeaders().get(HttpHeaders.HOST);
        try {
            URI uri = URI.create(lower);
            return host != null && uri.getRawAuthority() != null && uri.getRawAuthority().equals(host.toLowerCase(Locale.ROOT))
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static String formField(HttpRequest<?> request, byte[] body) {
        Optional<MediaType> multipart = request.getContentType()
                .filter(type -> type.matches(MediaType.MULTIPART_FORM_DATA_TYPE));
        if (multipart.isPresent() && body != null) {
            return multipartField(multipart.get(), body);
        }
        boolean form = request.getContentType().filter(type -> type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE))
                .isPresent();
        if (!form || body == null) {
            return null;
        }
        String prefix = FormTokens.FIELD + "=";
        for (String pair : new String(body, StandardCharsets.US_ASCII).split("&")) {
            if (pair.startsWith(prefix)) {
                try {
                    return URLDecoder.decode(pair.substring(prefix.length()), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException malformed) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The token of a form that uploads a file: the value of its part named {@value FormTokens#FIELD}. */
    private static String multipartField(MediaType type, byte[] body) {
        Optional<String> boundary = type.getParameters().get("boundary")
                .map(value -> value.replaceAll("^\"|\"$", "")).filter(value -> !value.isEmpty());
        if (boundary.isEmpty()) {
            return null;
        }
        // ISO-8859-1 maps every byte to one char: a file's bytes cannot break the search.
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "\r\n--" + boundary.get();
        String header = "Content-Disposition: form-data; name=\"" + FormTokens.FIELD + "\"";
        int part = text.indexOf("--" + boundary.get() + "\r\n" + header + "\r\n");
        int start = part < 0 ? -1 : text.indexOf("\r\n\r\n", part);
        int end = start < 0 ? -1 : text.indexOf(delimiter, start + 4);
        return end < 0 ? null : text.substring(start + 4, end);
    }

    private HttpResponse<?> refuse(HttpRequest<?> request, String detail) {
        return problems.response(request, HttpStatus.FORBIDDEN, detail, List.of());
    }
}
