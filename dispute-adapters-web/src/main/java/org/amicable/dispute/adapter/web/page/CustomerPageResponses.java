package org.amicable.dispute.adapter.web.page;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import java.util.LinkedHashMap;
import java.util.Map;
import org.amicable.dispute.domain.model.Language;

/**
 * The headers every answer of the customer's page carries (a Content-Security-Policy that allows the page's
 * own stylesheet and nothing else, no referrer to another site, no caching), and the one page that answers
 * a link that opens nothing.
 */
final class CustomerPageResponses {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private CustomerPageResponses() {
    }

    static MutableHttpResponse<?> notFound(String lang) {
        Map<String, Object> model = new LinkedHashMap<>();
        Language language = "en".equals(lang) ? Language.EN : Language.FR;
        PageWords words = new PageWords(language);
        PageWords other = new PageWords(language == Language.FR ? Language.EN : Language.FR);
        model.put("lang", language.name().toLowerCase());
        model.put("title", words.say("notFound.title"));
        model.put("text", words.say("notFound.text"));
        model.put("otherTitle", other.say("notFound.title"));
        model.put("otherText", other.say("notFound.text"));
        return secured(HttpResponse.status(HttpStatus.NOT_FOUND).body(new ModelAndView<>("customer/not-found", model)));
    }

    static <T> MutableHttpResponse<T> secured(MutableHttpResponse<T> response) {
        return response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                // Same-origin, not no-referrer: with no referrer a browser posts forms with "Origin: null".
                .header("Referrer-Policy", "same-origin")
                .header("X-Frame-Options", "DENY")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
