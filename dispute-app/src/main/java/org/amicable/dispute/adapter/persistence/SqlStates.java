package org.amicable.dispute.adapter.persistence;

import java.sql.SQLException;

/** What a failed statement's SQLSTATE says, the same on PostgreSQL and H2. */
final class SqlStates {

    private static final String UNIQUE_VIOLATION = "23505";

    private SqlStates() {
    }

    /** Whether the failure, or one of its causes, is a unique constraint refusing a second row. */
    static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
