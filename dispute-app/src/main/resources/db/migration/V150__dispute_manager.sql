-- The manager assigned to each dispute, kept with its summary by every save, so that the lists filter by
-- assignee without replaying timelines. NULL: nobody assigned yet. V151 fills it for the stored disputes.
ALTER TABLE dispute ADD COLUMN manager VARCHAR(100);
CREATE INDEX dispute_manager ON dispute (manager, id);
