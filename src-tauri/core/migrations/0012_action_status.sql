-- Design Lab schema, version 12: what became of an action agreed at a lab. Append-only: never
-- edit a shipped migration.

ALTER TABLE lab_action ADD COLUMN status TEXT NOT NULL DEFAULT 'open'
    CHECK (status IN ('open', 'done', 'dropped'));
ALTER TABLE lab_action ADD COLUMN status_note TEXT NOT NULL DEFAULT ''
    CHECK (length(status_note) <= 2000);
-- The day, on the venue's calendar, the status was last set; none while it never was.
ALTER TABLE lab_action ADD COLUMN status_on TEXT;
