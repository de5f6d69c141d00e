-- Design Lab schema, version 15: the language a note was said in, so a screen reader reads it
-- in its own voice and a report marks it. Append-only: never edit a shipped migration.

-- 'en' or 'cy'; none when it was never said and the words did not tell (a name, a number).
ALTER TABLE input ADD COLUMN language TEXT CHECK (language IS NULL OR language IN ('en', 'cy'));
