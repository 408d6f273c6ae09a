package org.amicable.dispute.domain.port.in;

/** Told how a long escalation run advances, page by page, so that the caller can log or measure it. */
@FunctionalInterface
public interface EscalationProgress {

    /** Says nothing. */
    EscalationProgress SILENT = (examined, due) -> { };

    /**
     * @param examined how many due disputes were read so far
     * @param due      how many were due when the run started
     */
    void advanced(long examined, long due);

    /**
     * Asked between two disputes: {@code true} stops the run there (the application is shutting
     * down). Each dispute is stored on its own, so what is left simply stays due for the next run.
     */
    default boolean stopRequested() {
        return false;
    }
}
