package org.amicable.dispute.adapter.web;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Optional;

/**
 * Serves the OpenAPI document and the Swagger UI generated at compile time under {@code META-INF/swagger},
 * without asking the application for static-resource configuration. Access: see {@link OpenEndpointsRule}.
 */
@Controller(DocsController.PATH)
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
class DocsController {

    static final String PATH = "/swagger";
    static final String SPEC = "amicable-api-1.0.yml";

    private final ResourceResolver resources;

    DocsController(ResourceResolver resources) {
        this.resources = resources;
    }

    @Get("/{+path}")
    HttpResponse<byte[]> file(@PathVariable String path) {
        if (path.contains("..") || path.contains("\\") || path.startsWith("/") || path.length() > 200) {
            return HttpResponse.notFound();
        }
        Optional<URL> url = resources.getResource("classpath:META-INF/swagger/" + path);
        if (url.isEmpty() || url.get().getPath().endsWith("/")) {
            return HttpResponse.notFound();
        }
        try (InputStream in = url.get().openStream()) {
            return HttpResponse.ok(in.readAllBytes()).contentType(mediaType(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String mediaType(String path) {
        if (path.endsWith(".yml") || path.endsWith(".yaml")) {
            return "application/yaml";
        }
        return MediaType.forFilename(path).toString();
    }
}
