package org.amicable.dispute.adapter.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.util.List;

/**
 * Keeps every request body but an import's within {@code amicable.web.max-body-size} (6 MB, a scan of an
 * AR card being the largest): the server's own limit is set for imports of 100,000 rows, which no other
 * request needs. Read from Content-Length, before the body is; a body sent without one is measured once read.
 */
@ServerFilter(value = ServerFilter.MATCH_ALL_PATTERN, methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH})
final class BodyLimit implements Ordered {

    private final Problems problems;
    private final long maxBodySize;

    BodyLimit(Problems problems, @Value("${amicable.web.max-body-size:6291456}") long maxBodySize) {
        this.problems = problems;
        this.maxBodySize = maxBodySize;
    }

    /** Before the filters that read the body. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after() - 1;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        return within(request, request.getContentLength());
    }

    /** A body sent without a Content-Length (chunked) is measured once it has been read. */
    @RequestFilter
    @Nullable
    HttpResponse<?> checkRead(HttpRequest<?> request, @Body @Nullable byte[] body) {
        return body == null ? null : within(request, body.length);
    }

    private HttpResponse<?> within(HttpRequest<?> request, long size) {
        if (request.getPath().startsWith("/imports/") || size <= maxBodySize) {
            return null;
        }
        return problems.response(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "the body is larger than "
                + maxBodySize + " bytes", List.of());
    }
}
