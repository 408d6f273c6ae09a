-- The reports of past escalation runs, one row each, written right after the run: its date, when it
-- ran, and what it decided (canonical JSON of the counts by event and, dispute by dispute, the events'
-- stable names). No personal data: names and addresses stay in the timelines, where they are erased.
CREATE TABLE escalation_run (
    run_id    UUID         NOT NULL PRIMARY KEY,
    run_date  DATE         NOT NULL,
    ran_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    examined  INT          NOT NULL,
    changed   INT          NOT NULL,
    complete  BOOLEAN      NOT NULL,
    report    VARCHAR(1000000) NOT NULL
);
CREATE INDEX escalation_run_latest ON escalation_run (ran_at DESC, run_id);
