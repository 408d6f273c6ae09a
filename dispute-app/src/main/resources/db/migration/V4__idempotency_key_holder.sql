-- Who holds a reserved idempotency key: a reservation whose request never completed lapses after a
-- lease and may be taken by the next request with the key; the lapsed holder can then no longer
-- complete it.
ALTER TABLE idempotency_key ADD COLUMN holder VARCHAR(64);
