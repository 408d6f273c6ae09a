-- The letters of one customer, kind and day go out as one: the outbox claims them together by their
-- group (Letter.groupKey, a SHA-256 in hex; NULL for a letter that goes out alone). Rows queued
-- before have none, and go out alone as they always did.
ALTER TABLE outbox_letter ADD COLUMN group_key CHAR(64);
CREATE INDEX outbox_letter_group ON outbox_letter (group_key);

-- A letter of a group issued by the escalation is gathered: it is not claimed while an escalation run
-- is under way, so that a customer's letters of the day are all there when the dispatcher claims them.
ALTER TABLE outbox_letter ADD COLUMN gathered BOOLEAN DEFAULT FALSE NOT NULL;

-- The escalation runs under way, one row each from its start to its end, renewed as the run goes; a
-- run that died holds the gathered letters until its row's time has passed (a minute after it was
-- last renewed).
CREATE TABLE outbox_gathering (
    run_id  UUID NOT NULL PRIMARY KEY,
    until   TIMESTAMP WITH TIME ZONE NOT NULL
);
