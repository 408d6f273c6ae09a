package org.amicable.dispute.adapter.web.page;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.io.Writable;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import java.io.BufferedWriter;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;

/**
 * Micronaut's Thymeleaf renderer, writing through a buffer. Thymeleaf writes a page in thousands of small
 * pieces (a tag, an attribute, an escaped text); straight into the response's character encoder each piece
 * paid for its own encoding call, which was the largest single cost of rendering a back-office page.
 */
@Singleton
@Replaces(ThymeleafViewsRenderer.class)
final class BufferedThymeleafRenderer<T> extends ThymeleafViewsRenderer<T> {

    private static final int BUFFER = 16 * 1024;

    BufferedThymeleafRenderer(AbstractConfigurableTemplateResolver templateResolver, TemplateEngine engine,
            ClassPathResourceLoader resourceLoader, HttpLocaleResolver httpLocaleResolver) {
        super(templateResolver, engine, resourceLoader, httpLocaleResolver);
    }

    @Override
    public Writable render(String viewName, T data, HttpRequest<?> request) {
        Writable page = super.render(viewName, data, request);
        return writer -> {
            BufferedWriter buffered = new BufferedWriter(writer, BUFFER);
            page.writeTo(buffered);
            buffered.flush();
        };
    }
}
