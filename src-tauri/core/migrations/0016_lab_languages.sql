-- Design Lab schema, version 16: the languages a lab's room used, for the report's details and
-- the Welsh Language Standards' question in its invitations. Append-only: never edit a shipped
-- migration.

-- A JSON array of 'cy' and 'en', in the order the organiser gave them; empty when not said.
ALTER TABLE lab ADD COLUMN languages TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages));
