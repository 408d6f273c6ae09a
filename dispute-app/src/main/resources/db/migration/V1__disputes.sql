-- One row per dispute: the summary that queries and the escalation's index read.
CREATE TABLE dispute (
    id                 UUID         NOT NULL PRIMARY KEY,
    track              VARCHAR(16)  NOT NULL,
    state              VARCHAR(32)  NOT NULL,
    is_open            BOOLEAN      NOT NULL,
    customer_reference VARCHAR(64)  NOT NULL,
    customer_name      VARCHAR(200) NOT NULL,
    invoice_number     VARCHAR(64),
    due_on             DATE,
    version            BIGINT       NOT NULL,
    opened_on          DATE         NOT NULL
);
-- The escalation reads only the disputes due on or before a date.
CREATE INDEX dispute_due ON dispute (due_on, id);
CREATE INDEX dispute_customer ON dispute (customer_reference, invoice_number);

-- The append-only timeline: no code path updates or deletes a row.
CREATE TABLE timeline_entry (
    dispute_id    UUID         NOT NULL REFERENCES dispute (id),
    sequence      BIGINT       NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    event_type    VARCHAR(64)  NOT NULL,
    hash          CHAR(64)     NOT NULL,
    entry         VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (dispute_id, sequence)
);

-- Letters decided and not yet sent (and those sent or failed, for the record).
CREATE TABLE outbox_letter (
    letter_id     UUID         NOT NULL PRIMARY KEY,
    dispute_id    UUID         NOT NULL REFERENCES dispute (id),
    status        VARCHAR(16)  NOT NULL,
    attempts      INT          NOT NULL,
    not_before    TIMESTAMP WITH TIME ZONE NOT NULL,
    leased_until  TIMESTAMP WITH TIME ZONE,
    last_error    VARCHAR(2000),
    sent_at       TIMESTAMP WITH TIME ZONE,
    letter        VARCHAR(1000000) NOT NULL
);
CREATE INDEX outbox_letter_pending ON outbox_letter (status, not_before);

-- Idempotency keys of the HTTP API: the first response to a key is replayed for the same request.
CREATE TABLE idempotency_key (
    idempotency_key VARCHAR(200)  NOT NULL,
    principal       VARCHAR(200)  NOT NULL,
    request_hash    CHAR(64)      NOT NULL,
    status          INT           NOT NULL,
    headers         VARCHAR(4000) NOT NULL,
    body            VARCHAR(1000000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (idempotency_key, principal)
);
