-- Webhook messages waiting to go out to each endpoint, queued in the transaction that stores the
-- timeline entries they tell about (the outbox), and kept once delivered or failed, for the log.
-- message_id is the webhook-id: the same on every attempt, shared by the endpoints of one event.
CREATE TABLE webhook_delivery (
    message_id    VARCHAR(64)   NOT NULL,
    endpoint      VARCHAR(100)  NOT NULL,
    event_type    VARCHAR(64)   NOT NULL,
    dispute_id    UUID          NOT NULL,
    payload       VARCHAR(1000000) NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    attempts      INT           NOT NULL,
    not_before    TIMESTAMP WITH TIME ZONE NOT NULL,
    leased_until  TIMESTAMP WITH TIME ZONE,
    lease_token   UUID,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (message_id, endpoint)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (status, not_before);
CREATE INDEX webhook_delivery_endpoint ON webhook_delivery (endpoint, created_at);

-- Each attempt to deliver a message: when, and what the endpoint answered (or why nothing came back).
CREATE TABLE webhook_attempt (
    message_id    VARCHAR(64)   NOT NULL,
    endpoint      VARCHAR(100)  NOT NULL,
    attempt       INT           NOT NULL,
    attempted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    status_code   INT,
    error         VARCHAR(2000),
    PRIMARY KEY (message_id, endpoint, attempt)
);
