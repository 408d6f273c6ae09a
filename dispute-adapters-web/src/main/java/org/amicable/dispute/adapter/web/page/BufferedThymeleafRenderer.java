package org.amicable.dispute.adapter.web.page;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;

/**
 * Micronaut's Thymeleaf renderer, writing through a buffer. Thymeleaf writes a page in thousands of small
 * pieces (a tag, an attribute, an escaped text); straight into the response's character encoder each piece
 * paid for its own encoding call, which was the largest single cost of rendering a back-office page. Into
 * the response's bytes the page is written whole: its text gathered, then encoded at once, which is far
 * quicker than a character encoder fed piece by piece (French text takes the encoder's slow path).
 */
@Singleton
@Replaces(ThymeleafViewsRenderer.class)
final class BufferedThymeleafRenderer<T> extends ThymeleafViewsRenderer<T> {

    private static final int BUFFER = 16 * 1024;
    private static final int PAGE = 32 * 1024;

    BufferedThymeleafRenderer(AbstractConfigurableTemplateResolver templateResolver, TemplateEngine engine,
            ClassPathResourceLoader resourceLoader, HttpLocaleResolver httpLocaleResolver) {
        super(templateResolver, engine, resourceLoader, httpLocaleResolver);
    }

    @Override
    public Writable render(String viewName, T data, HttpRequest<?> request) {
        Writable page = super.render(viewName, data, request);
        return new Writable() {
            @Override
            public void writeTo(Writer writer) throws IOException {
                BufferedWriter buffered = new BufferedWriter(writer, BUFFER);
                page.writeTo(buffered);
                buffered.flush();
            }

            @Override
            public void writeTo(OutputStream out, @Nullable Charset charset) throws IOException {
                Text text = new Text();
                page.writeTo(text);
                out.write(text.toString().getBytes(charset == null ? StandardCharsets.UTF_8 : charset));
            }
        };
    }

    /** A page's text as Thymeleaf writes it; unlike a StringWriter, it takes no lock on each piece. */
    private static final class Text extends Writer {

        private final StringBuilder text = new StringBuilder(PAGE);

        @Override
        public void write(char[] characters, int offset, int length) {
            text.append(characters, offset, length);
        }

        @Override
        public void write(String piece, int offset, int length) {
            text.append(piece, offset, offset + length);
        }

        @Override
        public void write(int character) {
            text.append((char) character);
        }

        @Override
        public Writer append(CharSequence piece) {
            text.append(piece);
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
