package org.amicable.dispute.adapter.web;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the errors Micronaut raises itself (no route, wrong method, wrong content type, body too large,
 * unreadable JSON, authentication) into problem bodies, so that every error of the API has one shape.
 */
@Primary
@Singleton
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<byte[]> {

    private final Problems problems;

    public ProblemErrorResponseProcessor(Problems problems) {
        this.problems = problems;
    }

    @Override
    public MutableHttpResponse<byte[]> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        List<ProblemBody.FieldProblem> fields = new ArrayList<>();
        String detail = null;
        for (Error error : context.getErrors()) {
            if (error.getPath().isPresent()) {
                fields.add(new ProblemBody.FieldProblem(error.getPath().get(), error.getMessage()));
            }
            if (detail == null) {
                detail = error.getMessage();
            }
        }
        detail = describe(status, detail);
        ProblemBody body = new ProblemBody(Problems.type(status), status.getReason(), status.getCode(), detail,
                context.getRequest().getPath(), fields, null);
        return problems.write(response, body);
    }

    /** Server errors say nothing of their cause; client errors say what was wrong. */
    private static String describe(HttpStatus status, String detail) {
        if (status.getCode() >= 500) {
            return "the server could not handle the request";
        }
        if (status == HttpStatus.UNAUTHORIZED) {
            return "a valid bearer token is required";
        }
        if (status == HttpStatus.FORBIDDEN) {
            return "this token's role may not do this";
        }
        if (detail == null || detail.isBlank()) {
            return status.getReason();
        }
        return detail.length() > 500 ? detail.substring(0, 500) + "…" : detail;
    }
}
