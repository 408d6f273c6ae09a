-- Bench only (never in the application): the table of the bare transactional insert baseline.
CREATE TABLE bench_payment (
    id           UUID          NOT NULL PRIMARY KEY,
    dispute_id   UUID          NOT NULL,
    received_on  DATE          NOT NULL,
    amount       DECIMAL(19,4) NOT NULL,
    currency     CHAR(3)       NOT NULL,
    reference    VARCHAR(100)  NOT NULL
);
