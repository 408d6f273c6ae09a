package org.amicable.dispute.app;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.transaction.exceptions.TransactionException;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.UUID;
import org.amicable.dispute.adapter.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A database that cannot be reached answers 503 "database unavailable" with a Retry-After, fast (the
 * pool waits two seconds for a connection, not thirty), instead of a generic 500; the pool reconnects
 * by itself when the database is back. Any other storage failure stays a 500, logged with an error id.
 */
final class DatabaseUnavailable {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailable.class);
    static final String RETRY_AFTER_SECONDS = "5";

    private DatabaseUnavailable() {
    }

    /** Whether the failure is the database being out of reach: connection refused, lost or timed out. */
    static boolean isUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectionException || cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    static HttpResponse<?> respond(Problems problems, HttpRequest<?> request, Throwable failure) {
        if (isUnreachable(failure)) {
            LOG.warn("database unavailable: {} {}: {}", request.getMethod(), request.getPath(), failure.toString());
            return problems.response(request, HttpStatus.SERVICE_UNAVAILABLE,
                    "database unavailable; retry in a few seconds", List.of())
                    .header("Retry-After", RETRY_AFTER_SECONDS);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.error("storage failure {} on {} {}", errorId, request.getMethod(), request.getPath(), failure);
        return problems.response(request, HttpStatus.INTERNAL_SERVER_ERROR,
                "the server could not handle the request (error " + errorId + ")", List.of());
    }

    /** One handler per kind of failure (Micronaut picks a handler by the exception's type), all answering alike. */
    abstract static class Handler<E extends Throwable> implements ExceptionHandler<E, HttpResponse<?>> {
        private final Problems problems;

        Handler(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, E exception) {
            return respond(problems, request, exception);
        }
    }

    /** Failures of the connection layer. */
    @Singleton
    static final class ConnectionHandler extends Handler<ConnectionException> {
        ConnectionHandler(Problems problems) {
            super(problems);
        }
    }

    /** No connection could be had from the pool. */
    @Singleton
    static final class NoConnectionHandler extends Handler<CannotGetJdbcConnectionException> {
        NoConnectionHandler(Problems problems) {
            super(problems);
        }
    }

    /** Failures to begin, commit or roll back a transaction. */
    @Singleton
    static final class TransactionHandler extends Handler<TransactionException> {
        TransactionHandler(Problems problems) {
            super(problems);
        }
    }

    /** The driver's own failures, which the transaction manager rethrows as they are. */
    @Singleton
    static final class SqlHandler extends Handler<SQLException> {
        SqlHandler(Problems problems) {
            super(problems);
        }
    }
}
