-- Design Lab schema, version 14: a series of labs. Append-only: never edit a shipped migration.

-- The earlier lab this one follows: plain text, no foreign key, since the earlier lab may be
-- on another laptop or deleted; a link to a lab not here reads as none.
ALTER TABLE lab ADD COLUMN follows_lab_id TEXT;

-- For an action brought forward from the earlier lab: the id of the action it continues there.
ALTER TABLE lab_action ADD COLUMN carried_from TEXT;

CREATE INDEX lab_by_follows ON lab (follows_lab_id);
