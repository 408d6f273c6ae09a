package org.amicable.dispute.adapter.web;

import io.micronaut.context.ExecutionHandleLocator;
import io.micronaut.context.annotation.Executable;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.DefaultRouteBuilder;
import io.micronaut.web.router.RouteBuilder;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import org.amicable.dispute.adapter.web.port.Roles;

/**
 * A bug is not the client's mistake: an IllegalArgumentException or a NullPointerException that escapes
 * a request is a 500 problem that says nothing of its cause, with an error id that the log line holding
 * the stack trace also has.
 */
@MicronautTest(environments = UnexpectedErrorTest.ENVIRONMENT)
class UnexpectedErrorTest {

    static final String ENVIRONMENT = "unexpected-errors";

    /**
     * Routes that fail the way a bug does, only in this test's environment. Built in code rather than by a
     * {@code @Controller}, which would make the OpenAPI processor write a second document for the tests.
     */
    @Singleton
    @Requires(env = ENVIRONMENT)
    static class FailingRoutes extends DefaultRouteBuilder {

        FailingRoutes(ExecutionHandleLocator locator, RouteBuilder.UriNamingStrategy naming, Failing failing) {
            super(locator, naming);
            GET("/failing/illegal-argument", failing, "illegalArgument");
            GET("/failing/null-pointer", failing, "nullPointer");
        }
    }

    @Singleton
    @Requires(env = ENVIRONMENT)
    @Secured(Roles.MANAGER)
    static class Failing {

        @Executable
        String illegalArgument() {
            throw new IllegalArgumentException("customer.name secret internal detail");
        }

        @Executable
        String nullPointer() {
            throw new NullPointerException("secret internal detail");
        }
    }

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

    @Test
    void anUnexpectedExceptionIsA500WithAnErrorIdAndNoDetailOfItsCause() {
        Api api = new Api(http.toBlocking(), json);
        List<LogRecord> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        Logger errors = Logger.getLogger(ErrorHandlers.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        errors.addHandler(capture);
        try {
            for (String path : List.of("/failing/illegal-argument", "/failing/null-pointer")) {
                Api.Answer answer = api.send(HttpRequest.GET(path), Api.MANAGER);

                assertThat(answer.status()).as(answer.toString()).isEqualTo(500);
                assertThat(answer.contentType()).startsWith(Problems.MEDIA_TYPE);
                String detail = (String) answer.map().get("detail");
                assertThat(detail).doesNotContain("secret", "customer.name")
                        .matches("the server could not handle the request \\(error [0-9a-f-]{36}\\)");
                String errorId = detail.substring(detail.indexOf("error ") + 6, detail.length() - 1);
                assertThat(logged).anySatisfy(record -> {
                    assertThat(record.getMessage()).contains(errorId);
                    assertThat(record.getThrown()).isNotNull();
                });
            }
        } finally {
            errors.removeHandler(capture);
        }
    }
}
