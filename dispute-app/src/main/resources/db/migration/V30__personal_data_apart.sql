-- The personal values of an entry, kept beside its hashed line so that they can be erased while the
-- chain still verifies (canonical JSON {"salt":…,"values":{…}}; NULL when none, or once erased).
ALTER TABLE timeline_entry ADD COLUMN personal VARCHAR(1000000);
-- The day a dispute's personal data was erased.
ALTER TABLE dispute ADD COLUMN erased_on DATE;
-- The hash an entry had before its personal values were moved out of its line (V31), so that a copy
-- exported earlier can still be matched to its entry.
ALTER TABLE timeline_entry ADD COLUMN hash_before_sealing CHAR(64);
