-- Design Lab schema, version 5: capture. Append-only: never edit a shipped migration.

-- A confidential note is kept for the room's own memory but left out of every export.
ALTER TABLE input ADD COLUMN confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1));

-- Tags typed inline as #words, lower-cased; the text keeps them as typed.
CREATE TABLE input_tag (
    input_id TEXT NOT NULL REFERENCES input (id) ON DELETE CASCADE,
    lab_id   TEXT NOT NULL REFERENCES lab (id) ON DELETE CASCADE,
    tag      TEXT NOT NULL CHECK (length(tag) BETWEEN 1 AND 50),
    position INTEGER NOT NULL,
    PRIMARY KEY (input_id, tag)
) STRICT;

CREATE INDEX tag_by_lab ON input_tag (lab_id, tag);

-- The note being typed on a capture screen, kept as it is typed so a crash loses at most the
-- last moment of typing. Saving the note removes it in the same transaction.
CREATE TABLE input_draft (
    challenge_id TEXT PRIMARY KEY NOT NULL REFERENCES challenge (id) ON DELETE CASCADE,
    text         TEXT NOT NULL CHECK (length(text) <= 20000),
    updated_at   TEXT NOT NULL
) STRICT;
