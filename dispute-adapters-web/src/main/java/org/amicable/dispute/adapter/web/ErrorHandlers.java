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
import org.amicable.dispute.domain.model.LetterNotPrintableException;
import org.amicable.dispute.domain.model.TransitionNotAllowedException;
import org.amicable.dispute.domain.model.VersionConflictException;

import java.time.DateTimeException;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps the domain's errors, and the invalid values it refuses, to problem responses. */
final class ErrorHandlers {

    private static final System.Logger LOG = System.getLogger(ErrorHandlers.class.getName());

    /** "customer.reference is required" names the field first: take it when it looks like a field path. */
    private static final Pattern LEADING_FIELD = Pattern.compile("^([a-zA-Z][a-zA-Z0-9]*(?:\\.[a-zA-Z][a-zA-Z0-9]*|\\[\\d+])*)\\b[ :].*");

    private ErrorHandlers() {
    }

    static String leadingField(String message) {
        if (message == null) {
            return "request";
        }
        Matcher matcher = LEADING_FIELD.matcher(message);
        return matcher.matches() ? matcher.group(1) : "request";
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

    /** Values the domain's constructors refuse, with a message that starts with the field's name. */
    @Singleton
    static class IllegalArgumentHandler implements ExceptionHandler<IllegalArgumentException, HttpResponse<?>> {

        private final Problems problems;

        IllegalArgumentHandler(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, IllegalArgumentException exception) {
            String message = exception.getMessage() == null ? "invalid value" : exception.getMessage();
            return problems.response(request, HttpStatus.BAD_REQUEST, message,
                    List.of(new ProblemBody.FieldProblem(leadingField(message), message)));
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

    /** A query or path value of the wrong type (a bad date, an unknown enum, a non-number). */
    @Singleton
    @Replaces(io.micronaut.http.server.exceptions.ConversionErrorHandler.class)
    static class ConversionHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {

        private final Problems problems;

        ConversionHandler(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ConversionErrorException exception) {
            String field = exception.getArgument().getName();
            Exception cause = exception.getConversionError().getCause();
            String why = cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage().lines().findFirst().orElse("");
            String message = "cannot be read as " + exception.getArgument().getType().getSimpleName()
                    + (why.length() > 300 ? why.substring(0, 300) + "…" : why);
            Matcher property = PROPERTY.matcher(why);
            if (property.find()) {
                field = property.group(1);
            }
            return problems.response(request, HttpStatus.BAD_REQUEST, field + " " + message,
                    List.of(new ProblemBody.FieldProblem(field, message)));
        }
    }

    /** Serde names the property it could not read: "property [LocalDate receivedOn]", "Unknown property [zz]". */
    private static final Pattern PROPERTY = Pattern.compile("property \\[(?:[^\\]\\s]+ )?([A-Za-z0-9_]+)\\]");

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
