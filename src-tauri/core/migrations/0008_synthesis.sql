-- Design Lab schema, version 8: notes taken per breakout group, and the plenary's synthesis:
-- themes, votes and actions. Append-only: never edit a shipped migration.

-- The breakout group a note was taken in; none for a note taken for the whole room. Removing a
-- group keeps its notes.
ALTER TABLE input ADD COLUMN group_id TEXT REFERENCES breakout_group (id) ON DELETE SET NULL;

CREATE INDEX input_by_group ON input (group_id, created_at);

-- A draft per capture screen, which is a challenge and the group it is taken for, so several
-- note-takers sharing a laptop each keep their own half-typed note.
CREATE TABLE capture_draft (
    challenge_id TEXT NOT NULL REFERENCES challenge (id) ON DELETE CASCADE,
    group_id     TEXT REFERENCES breakout_group (id) ON DELETE CASCADE,
    text         TEXT NOT NULL CHECK (length(text) <= 20000),
    updated_at   TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX draft_per_screen ON capture_draft (challenge_id, ifnull(group_id, ''));
CREATE INDEX draft_by_group ON capture_draft (group_id);

INSERT INTO capture_draft (challenge_id, group_id, text, updated_at)
SELECT challenge_id, NULL, text, updated_at FROM input_draft;

DROP TABLE input_draft;

-- Themes: the clusters notes are grouped into in plenary, per challenge.
CREATE TABLE theme (
    id           TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    lab_id       TEXT NOT NULL,
    challenge_id TEXT NOT NULL,
    position     INTEGER NOT NULL,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 200),
    summary      TEXT NOT NULL DEFAULT '' CHECK (length(summary) <= 2000),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    FOREIGN KEY (lab_id, challenge_id) REFERENCES challenge (lab_id, id) ON DELETE CASCADE,
    UNIQUE (challenge_id, id)
) STRICT;

CREATE INDEX theme_by_challenge ON theme (challenge_id, position);

-- Which theme a note is in (at most one), and where in it. The composite key keeps a note in a
-- theme of its own challenge.
CREATE TABLE theme_input (
    input_id     TEXT PRIMARY KEY NOT NULL REFERENCES input (id) ON DELETE CASCADE,
    challenge_id TEXT NOT NULL,
    theme_id     TEXT NOT NULL,
    position     INTEGER NOT NULL,
    FOREIGN KEY (challenge_id, theme_id) REFERENCES theme (challenge_id, id) ON DELETE CASCADE
) STRICT;

CREATE INDEX theme_input_by_theme ON theme_input (theme_id, position);

-- How a challenge's priorities are chosen: dots within a budget, or a 1-5 rating.
CREATE TABLE challenge_voting (
    challenge_id TEXT PRIMARY KEY NOT NULL REFERENCES challenge (id) ON DELETE CASCADE,
    method       TEXT NOT NULL CHECK (method IN ('dots', 'rating'))
) STRICT;

-- The dots a group (or, with no group, the whole room) may give on a challenge.
CREATE TABLE vote_budget (
    challenge_id TEXT NOT NULL REFERENCES challenge (id) ON DELETE CASCADE,
    group_id     TEXT REFERENCES breakout_group (id) ON DELETE CASCADE,
    dots         INTEGER NOT NULL CHECK (dots BETWEEN 0 AND 1000)
) STRICT;

CREATE UNIQUE INDEX budget_per_voter ON vote_budget (challenge_id, ifnull(group_id, ''));
CREATE INDEX budget_by_group ON vote_budget (group_id);

-- A group's dots on, or rating of, one theme or one note. Dots and ratings are kept apart, so
-- switching the method loses neither.
CREATE TABLE vote (
    challenge_id TEXT NOT NULL REFERENCES challenge (id) ON DELETE CASCADE,
    method       TEXT NOT NULL CHECK (method IN ('dots', 'rating')),
    group_id     TEXT REFERENCES breakout_group (id) ON DELETE CASCADE,
    theme_id     TEXT REFERENCES theme (id) ON DELETE CASCADE,
    input_id     TEXT REFERENCES input (id) ON DELETE CASCADE,
    value        INTEGER NOT NULL CHECK (value BETWEEN 1 AND 1000),
    CHECK ((theme_id IS NULL) <> (input_id IS NULL)),
    CHECK (method = 'dots' OR value BETWEEN 1 AND 5)
) STRICT;

CREATE UNIQUE INDEX one_vote ON vote (method, ifnull(group_id, ''), ifnull(theme_id, input_id));
CREATE INDEX vote_by_challenge ON vote (challenge_id, method);
-- For the cascades when a group, theme or note goes.
CREATE INDEX vote_by_group ON vote (group_id);
CREATE INDEX vote_by_theme ON vote (theme_id);
CREATE INDEX vote_by_input ON vote (input_id);

-- Agreed next steps: what, which role owns it, by when, and the theme it comes from.
CREATE TABLE lab_action (
    id            TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    lab_id        TEXT NOT NULL,
    challenge_id  TEXT NOT NULL,
    position      INTEGER NOT NULL,
    text          TEXT NOT NULL CHECK (length(trim(text)) > 0 AND length(text) <= 2000),
    owner_role_id TEXT REFERENCES stakeholder_role (id) ON DELETE SET NULL,
    due_date      TEXT CHECK (due_date IS NULL OR due_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    theme_id      TEXT REFERENCES theme (id) ON DELETE SET NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    FOREIGN KEY (lab_id, challenge_id) REFERENCES challenge (lab_id, id) ON DELETE CASCADE
) STRICT;

CREATE INDEX action_by_challenge ON lab_action (challenge_id, position);
CREATE INDEX action_by_theme ON lab_action (theme_id);
CREATE INDEX action_by_owner ON lab_action (owner_role_id);
