-- Design Lab schema, version 1. Append-only: never edit a shipped migration, add a new one.
-- Limits here back the validation in the core (src/limits.rs); keep the two in step.

CREATE TABLE lab (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 200),
    date        TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    start_time  TEXT CHECK (start_time IS NULL OR start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
    end_time    TEXT CHECK (end_time IS NULL OR end_time GLOB '[0-2][0-9]:[0-5][0-9]'),
    venue       TEXT NOT NULL DEFAULT '' CHECK (length(venue) <= 500),
    description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE stakeholder_role (
    id       TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    lab_id   TEXT NOT NULL REFERENCES lab (id) ON DELETE CASCADE,
    name     TEXT NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 200),
    position INTEGER NOT NULL,
    -- Lets an input's (lab_id, role_id) reference a role of its own lab only.
    UNIQUE (lab_id, id)
) STRICT;

CREATE TABLE challenge (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    lab_id      TEXT NOT NULL REFERENCES lab (id) ON DELETE CASCADE,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 200),
    description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
    stage       TEXT NOT NULL CHECK (stage IN ('planning', 'tender_award', 'development_customisation',
                                               'deployment_contract_management', 'oversight')),
    position    INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (lab_id, id)
) STRICT;

CREATE TABLE input (
    id           TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    lab_id       TEXT NOT NULL,
    challenge_id TEXT NOT NULL,
    role_id      TEXT NOT NULL,
    stage        TEXT NOT NULL CHECK (stage IN ('planning', 'tender_award', 'development_customisation',
                                                'deployment_contract_management', 'oversight')),
    kind         TEXT NOT NULL CHECK (kind IN ('concern', 'idea', 'question', 'evidence', 'action')),
    text         TEXT NOT NULL CHECK (length(trim(text)) > 0 AND length(text) <= 10000),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    FOREIGN KEY (lab_id, challenge_id) REFERENCES challenge (lab_id, id) ON DELETE CASCADE,
    -- NO ACTION (checked at the end of the statement) rather than RESTRICT, so that deleting a
    -- lab can cascade through challenges, inputs and roles in one statement.
    FOREIGN KEY (lab_id, role_id) REFERENCES stakeholder_role (lab_id, id)
) STRICT;

CREATE INDEX input_by_challenge ON input (challenge_id, created_at);
CREATE INDEX input_by_role ON input (lab_id, role_id);
CREATE INDEX challenge_by_lab ON challenge (lab_id, position);
CREATE INDEX role_by_lab ON stakeholder_role (lab_id, position);

-- Preferences of this installation (the interface language, for now). Never lab data.
CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;
