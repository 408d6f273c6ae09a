-- The letters of one customer, kind and day go out as one: the outbox claims them together by their
-- group (Letter.groupKey, a SHA-256 in hex; NULL for a letter that goes out alone). Rows queued
-- before have none, and go out alone as they always did.
ALTER TABLE outbox_letter ADD COLUMN group_key CHAR(64);
CREATE INDEX outbox_letter_group ON outbox_letter (group_key);
