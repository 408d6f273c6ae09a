package org.amicable.dispute.adapter.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Builds every error response of the API: one shape, {@code application/problem+json}. */
@Singleton
public class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://amicable.org/problems/";

    private final JsonMapper json;

    public Problems(JsonMapper json) {
        this.json = json;
    }

    /** The problem's type URI for a status (and, for 409, a finer reason). */
    static String type(HttpStatus status) {
        return TYPE_BASE + switch (status) {
            case BAD_REQUEST -> "invalid-request";
            case UNAUTHORIZED -> "unauthenticated";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case CONFLICT -> "conflict";
            case PRECONDITION_FAILED -> "precondition-failed";
            case REQUEST_ENTITY_TOO_LARGE -> "body-too-large";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case UNPROCESSABLE_ENTITY -> "unprocessable";
            case PRECONDITION_REQUIRED -> "precondition-required";
            default -> status.getCode() >= 500 ? "server-error" : "client-error";
        };
    }

    /** A problem response with the type derived from the status. */
    public MutableHttpResponse<byte[]> response(HttpRequest<?> request, HttpStatus status, String detail,
            List<ProblemBody.FieldProblem> errors) {
        return response(request, status, type(status), detail, errors, null);
    }

    public MutableHttpResponse<byte[]> response(HttpRequest<?> request, HttpStatus status, String type, String detail,
            List<ProblemBody.FieldProblem> errors, String currentState) {
        ProblemBody body = new ProblemBody(type, status.getReason(), status.getCode(), detail,
                request == null ? null : request.getPath(), List.copyOf(errors), currentState);
        return write(HttpResponse.status(status), body);
    }

    /** Puts the problem in the response, as bytes, so that no codec has to know the problem media type. */
    public MutableHttpResponse<byte[]> write(MutableHttpResponse<?> response, ProblemBody body) {
        try {
            byte[] bytes = json.writeValueAsBytes(body);
            @SuppressWarnings("unchecked")
            MutableHttpResponse<byte[]> typed = (MutableHttpResponse<byte[]>) response;
            return typed.body(bytes).contentType(MediaType.of(MEDIA_TYPE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
