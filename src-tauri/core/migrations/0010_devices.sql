-- Note-takers' own phones and laptops, joined to a lab through the device hub. A device is
-- known by a random token that only the device holds; the database keeps its SHA-256.
CREATE TABLE device (
    id           TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    lab_id       TEXT NOT NULL REFERENCES lab (id) ON DELETE CASCADE,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 80),
    -- The breakout group it captures for; the core checks the group is of the same lab.
    group_id     TEXT REFERENCES breakout_group (id) ON DELETE SET NULL,
    language     TEXT NOT NULL CHECK (language IN ('en', 'cy')),
    token_hash   TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
    joined_at    TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    -- Set when the facilitator revokes it: its next request is refused; its notes stay.
    revoked_at   TEXT
) STRICT;

CREATE INDEX device_by_lab ON device (lab_id, joined_at);

-- The device a note came from, so that it alone may edit it and the device list can count.
ALTER TABLE input ADD COLUMN device_id TEXT REFERENCES device (id) ON DELETE SET NULL;

CREATE INDEX input_by_device ON input (device_id) WHERE device_id IS NOT NULL;
