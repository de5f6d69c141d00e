-- Design Lab schema, version 4: running a lab live. Append-only: never edit a shipped migration.

-- The live run of a lab: its current segment and whether its clock is going. The clock is kept
-- as wall-clock instants, so a crash or restart resumes with the right time left.
CREATE TABLE lab_run (
    lab_id      TEXT PRIMARY KEY NOT NULL REFERENCES lab (id) ON DELETE CASCADE,
    segment_id  TEXT REFERENCES agenda_segment (id) ON DELETE SET NULL,
    status      TEXT NOT NULL CHECK (status IN ('running', 'paused', 'finished')),
    -- When the clock last started going; set exactly while running.
    resumed_at  TEXT,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    CHECK ((status = 'running') = (resumed_at IS NOT NULL))
) STRICT;

-- What happened to each segment on the day: when it first started and last ended, the time it
-- has had on the clock before the current stretch, and the minutes it was extended by.
CREATE TABLE segment_run (
    segment_id    TEXT PRIMARY KEY NOT NULL REFERENCES agenda_segment (id) ON DELETE CASCADE,
    lab_id        TEXT NOT NULL REFERENCES lab (id) ON DELETE CASCADE,
    started_at    TEXT NOT NULL,
    ended_at      TEXT,
    used_seconds  INTEGER NOT NULL DEFAULT 0 CHECK (used_seconds >= 0),
    extra_seconds INTEGER NOT NULL DEFAULT 0 CHECK (extra_seconds BETWEEN 0 AND 86400)
) STRICT;

CREATE INDEX segment_run_by_lab ON segment_run (lab_id);
