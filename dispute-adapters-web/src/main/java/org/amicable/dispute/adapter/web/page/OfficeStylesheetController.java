package org.amicable.dispute.adapter.web.page;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The back-office's stylesheet, the only style its pages may load (the content security policy allows no inline style). */
@Hidden
@Controller("/office/assets")
@Secured(SecurityRule.IS_ANONYMOUS)
class OfficeStylesheetController {

    private final String stylesheet;

    OfficeStylesheetController() {
        try (InputStream in = OfficeStylesheetController.class.getResourceAsStream("/office/office.css")) {
            if (in == null) {
                throw new IllegalStateException("the back-office stylesheet is missing from the jar");
            }
            this.stylesheet = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get(value = "/office.css", produces = "text/css")
    HttpResponse<String> stylesheet() {
        return HttpResponse.ok(stylesheet).contentType("text/css; charset=utf-8")
                .header(HttpHeaders.CACHE_CONTROL, "max-age=3600").header("X-Content-Type-Options", "nosniff");
    }
}
