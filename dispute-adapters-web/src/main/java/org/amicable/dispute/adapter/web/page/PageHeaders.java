package org.amicable.dispute.adapter.web.page;

import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * What every page says to the browser: scripts, styles and images from this site only and no inline script
 * (a content security policy), forms posted to this site only, never framed, never cached, never sniffed,
 * no referrer sent to another site (same-origin, not no-referrer: with no-referrer, Chrome sends
 * {@code Origin: null} with the forms, which the origin check must refuse).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class PageHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @ResponseFilter
    void protect(MutableHttpResponse<?> response) {
        boolean page = response.getContentType().filter(type -> type.matches(MediaType.TEXT_HTML_TYPE)).isPresent();
        if (!page) {
            return;
        }
        response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.header("X-Content-Type-Options", "nosniff");
        response.header("X-Frame-Options", "DENY");
        response.header("Referrer-Policy", "same-origin");
        response.header("Cache-Control", "no-store");
    }
}
