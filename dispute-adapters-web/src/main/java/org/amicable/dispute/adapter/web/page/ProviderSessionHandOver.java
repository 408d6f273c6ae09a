package org.amicable.dispute.adapter.web.page;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.net.URI;
import org.thymeleaf.util.StringUtils;

/**
 * The provider's redirect back to {@code /oauth/callback/...} is a navigation from another site: a browser
 * would not send the new session cookie (SameSite=Strict) with a redirect that ends that navigation, and the
 * person would land on the sign-in form again. So the callback's redirect within this site is answered with a
 * page that moves on by itself (a meta refresh, no script), which starts a navigation from this site.
 */
@ServerFilter("/oauth/callback/**")
final class ProviderSessionHandOver {

    @ResponseFilter
    MutableHttpResponse<?> handOver(MutableHttpResponse<?> response) {
        String location = response.getHeaders().get(HttpHeaders.LOCATION);
        if (response.code() < 300 || response.code() >= 400 || location == null || !isWithinThisSite(location)) {
            return response;
        }
        String target = StringUtils.escapeXml(location);
        String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"refresh\" content=\"0;url=" + target + "\"><title>Amicable</title></head>"
                + "<body><p><a id=\"continue\" href=\"" + target + "\">Amicable</a></p></body></html>";
        response.getHeaders().remove(HttpHeaders.LOCATION);
        return response.status(HttpStatus.OK).contentType(MediaType.TEXT_HTML_TYPE).body(page);
    }

    /** A path of this site, not a URL of another (an open redirect is no business of this page). */
    private static boolean isWithinThisSite(String location) {
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        return uri.getScheme() == null && uri.getRawAuthority() == null && location.startsWith("/")
                && !location.startsWith("//");
    }
}
