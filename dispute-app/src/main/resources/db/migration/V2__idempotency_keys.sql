-- Idempotency keys of the HTTP API, shared by every instance. A key is reserved (status NULL) before
-- the request runs and holds the response once it completes; keys older than the retention are purged.
DROP TABLE idempotency_key;
CREATE TABLE idempotency_key (
    idempotency_key VARCHAR(400)     NOT NULL PRIMARY KEY,
    fingerprint     VARCHAR(200)     NOT NULL,
    status          INT,
    headers         VARCHAR(4000),
    body            VARCHAR(1000000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
