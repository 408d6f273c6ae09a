-- The dated movements of each unpaid claim's principal still owed (BalanceMovement): its opening (+1 claim,
-- the invoice's amount), its payments and corrected amounts, its closing (-1 claim, what it still owed).
-- Rewritten in the transaction of a save that changes them, written nowhere else. The aged balance of a day
-- is one aggregate of the movements dated on or before it, grouped by currency, customer kind and age band:
-- the claims then open and what they owed that day. V153 fills it for the stored claims.
CREATE TABLE claim_movement (
    dispute_id    UUID         NOT NULL,
    sequence      INTEGER      NOT NULL,
    customer_kind VARCHAR(16)  NOT NULL,
    currency      CHAR(3)      NOT NULL,
    due_on        DATE         NOT NULL,
    moved_on      DATE         NOT NULL,
    claims        SMALLINT     NOT NULL,
    amount_minor  BIGINT       NOT NULL,
    PRIMARY KEY (dispute_id, sequence)
);
-- Covers the aggregate: a past day reads the movements up to it from the index alone.
CREATE INDEX claim_movement_aged ON claim_movement (moved_on, currency, customer_kind, due_on, claims, amount_minor);
