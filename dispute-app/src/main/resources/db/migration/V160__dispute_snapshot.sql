-- The state of each dispute as its timeline left it (DisputeSnapshot), written by every save with the row's
-- version, so that reading a dispute replays no timeline. NULL: not taken yet, or the personal data erased;
-- the dispute is then rebuilt from its timeline, which stays the evidence.
ALTER TABLE dispute ADD COLUMN snapshot VARCHAR(1000000);
