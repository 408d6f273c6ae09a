package org.amicable.dispute.adapter.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.amicable.dispute.domain.model.DisputeException;
import org.amicable.dispute.domain.model.DisputeNotFoundException;
import org.amicable.dispute.domain.model.EvidenceAlteredException;
import org.amicable.dispute.domain.model.InvalidCommandException;
import org.amicable.dispute.domain.model.InvalidValueException;
import org.amicable.dispute.domain.model.LetterNotPrintableException;
import org.amicable.dispute.domain.model.TransitionNotAllowedException;
import org.amicable.dispute.domain.model.VersionConflictException;

import java.time.DateTimeException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Maps the domain's errors, and the invalid values it refuses, to problem responses. */
final class ErrorHandlers {

    private static final System.Logger LOG = System.getLogger(ErrorHandlers.class.getName());

    private ErrorHandlers() {
    }

    /** The domain's refusals: each has its status. */
    @Singleton
    static class DisputeExceptionHandler implements ExceptionHandler<DisputeException, HttpResponse<?>> {

        private final Problems problems;

        DisputeExceptionHandler(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, DisputeException exception) {
            if (exception instanceof EvidenceAlteredException altered) {
                // The storage was altered: never served silently; someone must look at it.
                LOG.log(System.Logger.Level.ERROR, "evidence altered, letter {0}: {1}", altered.letterId(),
                        altered.getMessage());
                return problems.response(request, HttpStatus.INTERNAL_SERVER_ERROR, Problems.TYPE_BASE + "evidence-altered",
                        exception.getMessage(), List.of(), null);
            }
            if (exception instanceof DisputeNotFoundException) {
                return problems.response(request, HttpStatus.NOT_FOUND, exception.getMessage(), List.of());
            }
            if (exception instanceof TransitionNotAllowedException transition) {
                return problems.response(request, HttpStatus.CONFLICT, Problems.TYPE_BASE + "transition-not-allowed",
                        exception.getMessage(), List.of(), transition.currentState());
            }
            if (exception instanceof VersionConflictException conflict) {
                if (request.getHeaders().contains(HttpHeaders.IF_MATCH)) {
                    return problems.response(request, HttpStatus.PRECONDITION_FAILED, exception.getMessage(), List.of())
                            .header(HttpHeaders.ETAG, ETags.of(conflict.actual()));
                }
                return problems.response(request, HttpStatus.CONFLICT, Problems.TYPE_BASE + "version-conflict",
                        exception.getMessage(), List.of(), null);
            }
            if (exception instanceof InvalidValueException invalid) {
                return problems.response(request, HttpStatus.BAD_REQUEST, exception.getMessage(),
                        List.of(new ProblemBody.FieldProblem(invalid.field(), invalid.problem())));
            }
            if (exception instanceof LetterNotPrintableException unprintable) {
                return problems.response(request, HttpStatus.UNPROCESSABLE_ENTITY, exception.getMessage(),
                        List.of(new ProblemBody.FieldProblem(unprintable.field(), exception.getMessage())));
            }
            InvalidCommandException invalid = (InvalidCommandException) exception;
            return problems.response(request, HttpStatus.BAD_REQUEST, exception.getMessage(),
                    List.of(new ProblemBody.FieldProblem(invalid.field(), exception.getMessage())));
        }
    }

    /** An Idempotency-Key reused for another request, or while its request runs. */
    @Singleton
    static class IdempotencyHandler implements ExceptionHandler<IdempotencyKeyReusedException, HttpResponse<?>> {

        private final Problems problems;

        IdempotencyHandler(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, IdempotencyKeyReusedException exception) {
            HttpStatus status = exception instanceof IdempotencyKeyReusedException.InProgress
                    ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
            return problems.response(request, status, exception.getMessage(),
                    List.of(new ProblemBody.FieldProblem(IdempotentRequests.HEADER, exception.getMessage())));
        }
    }

    /**
     * Anything else is a bug, not a client's mistake: a 500 that says nothing of its cause but gives an error
     * id, the same as the log line that holds the stack trace.
     */
    @Singleton
    static class UnexpectedHandler implements ExceptionHandler<RuntimeException, HttpResponse<?>> {

        private final Problems problems;

        UnexpectedHandler(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
            String errorId = UUID.randomUUID().toString();
            LOG.log(System.Logger.Level.ERROR, "unexpected error " + errorId + " on " + request.getMethod() + " "
                    + request.getPath(), exception);
            return problems.response(request, HttpStatus.INTERNAL_SERVER_ERROR,
                    "the server could not handle the request (error " + errorId + ")", List.of());
        }
    }

    /** A body that is not JSON at all: where the reader stopped (the parser's own words name its internals). */
    @Singleton
    @Replaces(io.micronaut.http.server.exceptions.JsonExceptionHandler.class)
    static class JsonSyntaxHandler implements ExceptionHandler<io.micronaut.json.JsonSyntaxException, HttpResponse<?>> {

        private final Problems problems;

        JsonSyntaxHandler(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, io.micronaut.json.JsonSyntaxException exception) {
            String detail = "the body is not valid JSON";
            for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof com.fasterxml.jackson.core.JsonProcessingException parsing) {
                    var where = parsing.getLocation();
                    detail += where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
                    break;
                }
            }
            return problems.response(request, HttpStatus.BAD_REQUEST, detail,
                    List.of(new ProblemBody.FieldProblem("body", "is not valid JSON")));
        }
    }

    /** Impossible dates built from parts, and the like. */
    @Singleton
    static class DateTimeHandler implements ExceptionHandler<DateTimeException, HttpResponse<?>> {

        private final Problems problems;

        DateTimeHandler(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, DateTimeException exception) {
            return problems.response(request, HttpStatus.BAD_REQUEST, "invalid date: " + exception.getMessage(), List.of());
        }
    }

    @Singleton
    static class InvalidRequestHandler implements ExceptionHandler<InvalidRequestException, HttpResponse<?>> {

        private final Problems problems;

        InvalidRequestHandler(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, InvalidRequestException exception) {
            return problems.response(request, HttpStatus.BAD_REQUEST, exception.field() + ": " + exception.getMessage(),
                    List.of(new ProblemBody.FieldProblem(exception.field(), exception.getMessage())));
        }
    }

    /**
     * A body, query or path value that cannot be read as the type the route wants: the field is found from
     * the reader's typed exceptions, and what was expected is said from the expected type, never with a
     * Java type's name.
     */
    @Singleton
    @Replaces(io.micronaut.http.server.exceptions.ConversionErrorHandler.class)
    static class ConversionHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {

        private final Problems problems;

        ConversionHandler(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ConversionErrorException exception) {
            Unreadable unreadable = Unreadable.of(exception.getArgument(), exception.getConversionError().getCause());
            return problems.response(request, HttpStatus.BAD_REQUEST, unreadable.field() + " " + unreadable.problem(),
                    List.of(new ProblemBody.FieldProblem(unreadable.field(), unreadable.problem())));
        }
    }

    /** Bean validation of request bodies and parameters: every invalid field, named as the client sent it. */
    @Singleton
    @Replaces(ConstraintExceptionHandler.class)
    @Requires(classes = ConstraintExceptionHandler.class)
    static class ConstraintHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<?>> {

        private final Problems problems;

        ConstraintHandler(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ConstraintViolationException exception) {
            List<ProblemBody.FieldProblem> fields = exception.getConstraintViolations().stream()
                    .map(violation -> new ProblemBody.FieldProblem(fieldOf(violation), violation.getMessage()))
                    .sorted(Comparator.comparing(ProblemBody.FieldProblem::field))
                    .toList();
            String detail = fields.stream().map(field -> field.field() + " " + field.message())
                    .reduce((a, b) -> a + "; " + b).orElse("invalid request");
            return problems.response(request, HttpStatus.BAD_REQUEST, detail, fields);
        }

        /** The path without the method and the parameter holding the body: {@code customer.address.city}. */
        static String fieldOf(ConstraintViolation<?> violation) {
            StringBuilder path = new StringBuilder();
            boolean bodyParameter = false;
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                    continue;
                }
                if (node.getKind() == ElementKind.PARAMETER) {
                    bodyParameter = "body".equals(node.getName()) || "request".equals(node.getName());
                    if (!bodyParameter) {
                        path.append(node.getName());
                    }
                    continue;
                }
                if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                    continue;
                }
                if (node.getName() == null) {
                    continue;
                }
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(node.getName());
                if (node.getIndex() != null) {
                    path.append('[').append(node.getIndex()).append(']');
                }
            }
            return path.isEmpty() ? "request" : path.toString();
        }
    }
}
