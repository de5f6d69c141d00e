-- Design Lab schema, version 2: planning. The details the organisers' website shows for an
-- event, and the agenda. Append-only: never edit a shipped migration.

-- Guiding prompts for a challenge's discussion, as a JSON array of strings.
ALTER TABLE challenge ADD COLUMN prompts TEXT NOT NULL DEFAULT '[]'
    CHECK (json_valid(prompts) AND json_type(prompts) = 'array' AND length(prompts) <= 20000);

-- A retired role is no longer offered for new input, but stays on the input it was given.
ALTER TABLE stakeholder_role ADD COLUMN retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1));

-- Lists (partner projects, topics) are JSON arrays of strings.
ALTER TABLE lab ADD COLUMN address TEXT NOT NULL DEFAULT '' CHECK (length(address) <= 500);
ALTER TABLE lab ADD COLUMN organisers TEXT NOT NULL DEFAULT '' CHECK (length(organisers) <= 500);
ALTER TABLE lab ADD COLUMN author TEXT NOT NULL DEFAULT '' CHECK (length(author) <= 200);
ALTER TABLE lab ADD COLUMN partner_projects TEXT NOT NULL DEFAULT '[]'
    CHECK (json_valid(partner_projects) AND json_type(partner_projects) = 'array' AND length(partner_projects) <= 10000);
ALTER TABLE lab ADD COLUMN topics TEXT NOT NULL DEFAULT '[]'
    CHECK (json_valid(topics) AND json_type(topics) = 'array' AND length(topics) <= 10000);
ALTER TABLE lab ADD COLUMN category TEXT CHECK (category IS NULL OR category IN ('organising', 'speaking', 'attending'));
ALTER TABLE lab ADD COLUMN ground_rules TEXT NOT NULL DEFAULT '' CHECK (length(ground_rules) <= 10000);

CREATE TABLE agenda_segment (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    lab_id      TEXT NOT NULL REFERENCES lab (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('welcome', 'talk', 'breakout', 'plenary', 'break', 'voting', 'close')),
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 200),
    minutes     INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 1440),
    notes       TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 10000),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (lab_id, id)
) STRICT;

CREATE INDEX segment_by_lab ON agenda_segment (lab_id, position);

-- The challenges a segment works on; both must belong to the same lab.
CREATE TABLE agenda_segment_challenge (
    lab_id       TEXT NOT NULL,
    segment_id   TEXT NOT NULL,
    challenge_id TEXT NOT NULL,
    PRIMARY KEY (segment_id, challenge_id),
    FOREIGN KEY (lab_id, segment_id) REFERENCES agenda_segment (lab_id, id) ON DELETE CASCADE,
    FOREIGN KEY (lab_id, challenge_id) REFERENCES challenge (lab_id, id) ON DELETE CASCADE
) STRICT;
