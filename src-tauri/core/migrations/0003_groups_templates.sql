-- Design Lab schema, version 3: challenges on several stages, breakout groups, participants,
-- saved templates, and the agenda's undo history. Append-only: never edit a shipped migration.

-- A challenge's main stage stays in challenge.stage (input defaults to it); the further stages
-- it concerns are listed here, in order.
CREATE TABLE challenge_other_stage (
    lab_id       TEXT NOT NULL,
    challenge_id TEXT NOT NULL,
    stage        TEXT NOT NULL CHECK (stage IN ('planning', 'tender_award', 'development_customisation',
                                                'deployment_contract_management', 'oversight')),
    position     INTEGER NOT NULL,
    PRIMARY KEY (challenge_id, stage),
    FOREIGN KEY (lab_id, challenge_id) REFERENCES challenge (lab_id, id) ON DELETE CASCADE
) STRICT;

CREATE TABLE breakout_group (
    id           TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    lab_id       TEXT NOT NULL REFERENCES lab (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 200),
    location     TEXT NOT NULL DEFAULT '' CHECK (length(location) <= 200),
    -- The core checks that the challenge is of the same lab; a removed challenge leaves the
    -- group without one.
    challenge_id TEXT REFERENCES challenge (id) ON DELETE SET NULL,
    note_taker   TEXT NOT NULL DEFAULT '' CHECK (length(note_taker) <= 200),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (lab_id, id)
) STRICT;

CREATE INDEX group_by_lab ON breakout_group (lab_id, position);

-- How many people of each role sit in a group: counts only, no personal data.
CREATE TABLE breakout_group_role (
    lab_id       TEXT NOT NULL,
    group_id     TEXT NOT NULL,
    role_id      TEXT NOT NULL,
    participants INTEGER NOT NULL CHECK (participants BETWEEN 1 AND 1000),
    PRIMARY KEY (group_id, role_id),
    FOREIGN KEY (lab_id, group_id) REFERENCES breakout_group (lab_id, id) ON DELETE CASCADE,
    FOREIGN KEY (lab_id, role_id) REFERENCES stakeholder_role (lab_id, id) ON DELETE CASCADE
) STRICT;

-- Optional list of who came. Without consent a participant is only ever shown by role.
CREATE TABLE participant (
    id           TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    lab_id       TEXT NOT NULL REFERENCES lab (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 200),
    organisation TEXT NOT NULL DEFAULT '' CHECK (length(organisation) <= 200),
    role_id      TEXT NOT NULL,
    consent_to_be_named INTEGER NOT NULL DEFAULT 0 CHECK (consent_to_be_named IN (0, 1)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    FOREIGN KEY (lab_id, role_id) REFERENCES stakeholder_role (lab_id, id)
) STRICT;

CREATE INDEX participant_by_lab ON participant (lab_id, position);
CREATE INDEX participant_by_role ON participant (lab_id, role_id);

-- Saved templates, each the versioned JSON document that export writes and import reads.
CREATE TABLE template (
    id         TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 200),
    language   TEXT NOT NULL CHECK (language IN ('en', 'cy')),
    body       TEXT NOT NULL CHECK (json_valid(body) AND length(body) <= 2000000),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

-- Snapshots of a lab's agenda taken before each edit (stack 'undo') and before each undo
-- (stack 'redo'); the newest has the highest seq.
CREATE TABLE agenda_history (
    seq      INTEGER PRIMARY KEY,
    lab_id   TEXT NOT NULL REFERENCES lab (id) ON DELETE CASCADE,
    stack    TEXT NOT NULL CHECK (stack IN ('undo', 'redo')),
    snapshot TEXT NOT NULL CHECK (json_valid(snapshot))
) STRICT;

CREATE INDEX history_by_lab ON agenda_history (lab_id, stack, seq);
