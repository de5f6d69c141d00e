-- Design Lab schema, version 16: the languages a lab's room used, for the report's details.
-- Append-only: never edit a shipped migration.

-- A JSON array of 'cy' and 'en', in the order the organiser gave them; empty when not said.
-- A key this build does not know is skipped when read, so a later build may add one.
ALTER TABLE lab ADD COLUMN languages TEXT NOT NULL DEFAULT '[]'
    CHECK (json_valid(languages) AND json_type(languages) = 'array' AND length(languages) <= 100);
