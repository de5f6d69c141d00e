-- Design Lab schema, version 9: how the organiser sets up a lab's report. Append-only: never
-- edit a shipped migration.

-- The short summary the organiser writes for the report's cover, and which sections it holds
-- (a JSON object of booleans; a section not named is included).
CREATE TABLE report_setup (
    lab_id     TEXT PRIMARY KEY NOT NULL REFERENCES lab (id) ON DELETE CASCADE,
    summary    TEXT NOT NULL DEFAULT '' CHECK (length(summary) <= 5000),
    sections   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(sections)),
    updated_at TEXT NOT NULL
) STRICT;
