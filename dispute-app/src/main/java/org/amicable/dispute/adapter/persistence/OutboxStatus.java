package org.amicable.dispute.adapter.persistence;

import org.amicable.dispute.domain.model.LetterStatus;

/** What the outbox's status column holds: a {@link LetterStatus}, or {@code REVIEW} for a letter a manager must approve first. */
enum OutboxStatus {
    PENDING, REVIEW, SENT, FAILED;

    /** A letter in review is pending: it goes out once a manager approves it. */
    LetterStatus letterStatus() {
        return this == REVIEW ? LetterStatus.PENDING : LetterStatus.valueOf(name());
    }

    /** The status as an SQL literal, for the queries that always select the same one. */
    String literal() {
        return "'" + name() + "'";
    }
}
