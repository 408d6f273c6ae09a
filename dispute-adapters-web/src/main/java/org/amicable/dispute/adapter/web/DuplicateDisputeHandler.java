package org.amicable.dispute.adapter.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.inject.Singleton;
import org.amicable.dispute.domain.model.DuplicateDisputeException;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A dispute opened about a subject that already has an open one: 409, with the open dispute's location
 * in the {@code Location} header and in the body, so that the caller goes on with that one.
 */
@Singleton
class DuplicateDisputeHandler implements ExceptionHandler<DuplicateDisputeException, HttpResponse<?>> {

    static final String TYPE = Problems.TYPE_BASE + "already-open";

    private final JsonMapper json;

    DuplicateDisputeHandler(JsonMapper json) {
        this.json = json;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, DuplicateDisputeException exception) {
        String location = "/disputes/" + exception.existing();
        AlreadyOpen body = new AlreadyOpen(TYPE, HttpStatus.CONFLICT.getReason(), HttpStatus.CONFLICT.getCode(),
                exception.getMessage(), request == null ? null : request.getPath(), exception.existing().toString(),
                location);
        try {
            return HttpResponse.status(HttpStatus.CONFLICT).header(HttpHeaders.LOCATION, location)
                    .body(json.writeValueAsBytes(body)).contentType(MediaType.of(Problems.MEDIA_TYPE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The problem, with the open dispute.
     *
     * @param existingId the open dispute about the same subject
     * @param existing   its location
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "AlreadyOpenProblem", description = "An RFC 9457 problem naming the open dispute about the same subject")
    record AlreadyOpen(String type, String title, int status, String detail, @Nullable String instance,
            String existingId, String existing) {
    }
}
