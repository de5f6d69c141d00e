-- Design Lab schema, version 7: every change to a note is kept. Append-only: never edit a
-- shipped migration.

-- A deleted note is kept, out of sight, so its deletion can be undone; a role that only deleted
-- notes use can still be removed (those notes go with it).
ALTER TABLE input ADD COLUMN deleted_at TEXT;

-- The note as it was after each change.
CREATE TABLE input_revision (
    seq          INTEGER PRIMARY KEY,
    input_id     TEXT NOT NULL REFERENCES input (id) ON DELETE CASCADE,
    change       TEXT NOT NULL CHECK (change IN ('created', 'edited', 'deleted', 'restored')),
    role_id      TEXT NOT NULL,
    kind         TEXT NOT NULL,
    stage        TEXT NOT NULL,
    text         TEXT NOT NULL,
    confidential INTEGER NOT NULL,
    at           TEXT NOT NULL
) STRICT;

CREATE INDEX revision_by_input ON input_revision (input_id, seq);

-- Notes written before this version start their history here.
INSERT INTO input_revision (input_id, change, role_id, kind, stage, text, confidential, at)
SELECT id, 'created', role_id, kind, stage, text, confidential, created_at FROM input;
