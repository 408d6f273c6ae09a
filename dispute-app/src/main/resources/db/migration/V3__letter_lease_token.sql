-- The fencing token of a letter's lease: each claim writes a new one, and a dispatcher sends or puts
-- back a letter only while the token it was given is still there.
ALTER TABLE outbox_letter ADD COLUMN lease_token UUID;
